/**
 * Hosting anywhere, and URLs that never break: a copy of the site built for
 * https://wiki.example.org/kb/ after an editor retitled one talk and renamed another's slug.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Element } from 'hast';
import { select } from 'hast-util-select';
import { expect, test } from '@playwright/test';
import { fileFor, readPages } from './support/dist.ts';
import { useBuiltSite } from './support/temp-site.ts';

const base = '/kb/';
const origin = 'https://wiki.example.org';
const built = useBuiltSite(
	(site) => {
		const edit = (file: string, change: (text: string) => string) => {
			const full = path.join(site.root, 'content/talks', file);
			writeFileSync(full, change(readFileSync(full, 'utf8')));
		};
		// A retitle: the URL is stored in `slug`, so it must not move.
		edit('kubecon-na-2019/helm-3-deep-dive.mdx', (text) => text.replace(/^title: .*$/m, 'title: "Helm 3: a deep dive into the Tiller-less release"'));
		// A deliberate rename: the old path becomes an alias and must redirect.
		edit('kubecon-na-2019/zero-to-operator.mdx', (text) =>
			text.replace(/^slug: zero-to-operator$/m, 'slug: zero-to-operator-workshop\naliases:\n  - talks/kubecon-na-2019/zero-to-operator/'),
		);
	},
	{ env: { SITE_URL: origin, BASE_PATH: base }, base },
);

test('every internal link, asset and canonical URL is under the sub-folder', () => {
	const pages = readPages(built.site().dist, base);
	const problems: string[] = [];
	for (const page of pages) {
		for (const link of page.links) {
			if (/^(https?:)?\/\//.test(link.value) && !link.value.startsWith(origin)) continue;
			if (link.value.startsWith('#') || link.value.startsWith('mailto:')) continue;
			const url = new URL(link.value, `${origin}${page.url}`);
			if (url.origin === origin && !url.pathname.startsWith(base)) problems.push(`${page.url}: ${link.attribute} ${link.value}`);
		}
		const canonical = (select('link[rel=canonical]', page.tree) as Element | undefined)?.properties.href;
		if (canonical !== undefined && !String(canonical).startsWith(`${origin}${base}`)) problems.push(`${page.url}: canonical ${String(canonical)}`);
	}
	expect(problems).toEqual([]);
	const sitemap = readFileSync(path.join(built.site().dist, 'sitemap-0.xml'), 'utf8');
	expect(sitemap).toContain(`<loc>${origin}${base}talks/kubecon-na-2019/helm-3-deep-dive/</loc>`);
	expect(readFileSync(path.join(built.site().dist, 'rss.xml'), 'utf8')).toContain(`<link>${origin}${base}talks/`);
	const talks = JSON.parse(readFileSync(path.join(built.site().dist, 'api/talks.json'), 'utf8')) as { talks: { url: string }[] };
	expect(talks.talks.every((talk) => talk.url.startsWith(`${origin}${base}`))).toBe(true);
});

test('every published URL still resolves under the sub-folder after the retitle and the rename', () => {
	const published = readFileSync(path.resolve('tests/published-urls.txt'), 'utf8').split('\n').filter(Boolean);
	const missing = published.filter((url) => !fileFor(built.site().dist, base, `${base}${url.slice(1)}`));
	expect(missing).toEqual([]);
});

test('the retitled talk keeps its URL, and the renamed one redirects from the old URL', async ({ page }) => {
	await page.goto(`${built.origin()}${base}talks/kubecon-na-2019/helm-3-deep-dive/`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Helm 3: a deep dive into the Tiller-less release');
	await page.goto(`${built.origin()}${base}talks/kubecon-na-2019/zero-to-operator/`);
	await expect(page).toHaveURL(`${built.origin()}${base}talks/kubecon-na-2019/zero-to-operator-workshop/`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Zero to Operator');
	const redirect = readFileSync(path.join(built.site().dist, 'talks/kubecon-na-2019/zero-to-operator/index.html'), 'utf8');
	expect(redirect).toContain(`<link rel="canonical" href="${origin}${base}talks/kubecon-na-2019/zero-to-operator-workshop/">`);
});

test('search works under the sub-folder and links into it', async ({ page }) => {
	await page.goto(`${built.origin()}${base}search/?q=tiller`);
	const first = page.getByRole('list', { name: 'Results' }).locator('a.result-title').first();
	await expect(first).toHaveAttribute('href', `${base}talks/kubecon-na-2019/helm-3-deep-dive/?highlight=tiller`);
	await first.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Helm 3: a deep dive into the Tiller-less release');
});
