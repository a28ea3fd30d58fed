/** A recap nobody has seen before: import it into a copy of the content, build, and find it. */
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { useBuiltSite } from './support/temp-site.ts';

const recap = path.resolve('tests/unit/fixtures/recaps/kubecon-eu-2023-amsterdam.txt');
const hostile = path.resolve('tests/unit/fixtures/emit/hostile-markdown/input.txt');
const built = useBuiltSite((site) => {
	const report = site.importRecaps(recap, '--author', 'Platform team');
	expect(report).toContain('kubecon-eu-2023, new conference');
	site.importRecaps(hostile, '--conference', 'kubecon-eu-2023');
});

test('the imported talks have pages, linked from their conference and projects', async ({ page }) => {
	await page.goto(`${built.origin()}/talks/kubecon-eu-2023/argo-cd-at-scale/`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Argo CD at Scale');
	await expect(page.getByRole('link', { name: 'Jane Doe' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Notes from Platform team' })).toBeVisible();
	await expect(page.getByText('10 shards, one per 300 apps')).toBeVisible();
	await expect(page.locator('#lesson-be-careful-with-auto-sync-on-shared-clusters')).toBeVisible();

	await page.getByRole('link', { name: 'KubeCon + CloudNativeCon Europe 2023' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('KubeCon + CloudNativeCon Europe 2023');
	await expect(page.getByText('Amsterdam, Netherlands')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Scaling Linkerd Without Tears' })).toBeVisible();

	await page.goto(`${built.origin()}/projects/linkerd/`);
	await expect(page.getByRole('link', { name: 'Scaling Linkerd Without Tears' })).toBeVisible();
});

test('the imported notes are searchable', async ({ page }) => {
	await page.goto(`${built.origin()}/search/?q=sharding`);
	await expect(page.getByRole('list', { name: 'Results' }).getByRole('link', { name: 'Argo CD at Scale' })).toBeVisible();
});

test('hostile notes show as text: no script runs, no markup is injected, unsafe links are gone', async ({ page }) => {
	const dialogs: string[] = [];
	page.on('dialog', async (dialog) => {
		dialogs.push(dialog.message());
		await dialog.dismiss();
	});
	await page.goto(`${built.origin()}/talks/kubecon-eu-2023/a-talk-about-curly-braces/`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('A talk about {curly} braces');
	const notes = page.getByRole('region', { name: 'Notes from Mallory' });
	await expect(notes.getByText("<script>alert('xss')</script>")).toBeVisible();
	await expect(notes.getByText("import fs from 'node:fs'")).toBeVisible();
	await expect(notes.getByText('Text with {expressions} and <b>bold html</b> and a <Custom /> component.')).toBeVisible();
	await expect(notes.locator('script, b, img, custom')).toHaveCount(0);
	await expect(notes.locator('a[href^="javascript:"], a[href^="data:"]')).toHaveCount(0);
	await expect(notes.getByRole('link', { name: 'link', exact: true })).toHaveAttribute('rel', 'noopener noreferrer');
	await page.waitForTimeout(300);
	expect(dialogs).toEqual([]);
});
