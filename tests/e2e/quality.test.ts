/** Gates an organisation's review asks for: accessibility, valid HTML, security, keyboard use. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { HtmlValidate } from 'html-validate/node';
import { readPages } from './support/dist.ts';

const pageKinds: [string, string][] = [
	['home', '/'],
	['talk list', '/talks/'],
	['talk', '/talks/kubecon-eu-2019/ten-ways-datadogs-kubernetes-clusters-broke-in-production/'],
	['project list', '/projects/'],
	['project', '/projects/helm/'],
	['pattern list', '/patterns/'],
	['pattern', '/patterns/daemonset-scale-overload/'],
	['conference list', '/conferences/'],
	['conference', '/conferences/kubecon-na-2019/'],
	['lessons', '/lessons/'],
	['recap list', '/recaps/'],
	['recap', '/recaps/kubecon-2019-follow-up/'],
	['people', '/people/'],
	['person', '/people/liz-rice/'],
	['company', '/companies/datadog/'],
	['search with results', '/search/?q=dns'],
	['not found', '/404.html'],
];

for (const scheme of ['light', 'dark'] as const) {
	test.describe(`axe in ${scheme} mode`, () => {
		test.use({ colorScheme: scheme });
		for (const [kind, url] of pageKinds) {
			test(`${kind} has no accessibility violations`, async ({ page }) => {
				await page.goto(url);
				if (url.startsWith('/search/')) await expect(page.locator('.result').first()).toBeVisible();
				const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
				const violations = results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 5).join(', ')}`);
				expect(violations).toEqual([]);
			});
		}
	});
}

test('all of dist/ is valid HTML under html-validate:standard', async () => {
	const validator = new HtmlValidate({ extends: ['html-validate:standard'] });
	const pages = readPages(path.resolve('dist'));
	const problems: string[] = [];
	for (const page of pages) {
		const report = await validator.validateFile(path.join('dist', page.file));
		for (const result of report.results) {
			for (const message of result.messages) problems.push(`${page.file}:${message.line}:${message.column} ${message.ruleId} ${message.message}`);
		}
	}
	expect(problems).toEqual([]);
});

test('every page sends a Content-Security-Policy without unsafe-inline scripts', () => {
	for (const page of readPages(path.resolve('dist'))) {
		const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(readFileSync(path.join('dist', page.file), 'utf8'))?.[1];
		expect(csp, page.file).toBeDefined();
		const scriptSrc = csp!.split(';').find((directive) => directive.trim().startsWith('script-src'))!;
		expect(scriptSrc).not.toContain('unsafe-inline');
		expect(scriptSrc).toContain("'wasm-unsafe-eval'");
	}
});

test('no request leaves the site, and search works under the CSP', async ({ page, baseURL }) => {
	const origins = new Set<string>();
	const blocked: string[] = [];
	page.on('request', (request) => origins.add(new URL(request.url()).origin));
	page.on('console', (message) => {
		if (/Content Security Policy|Refused to/i.test(message.text())) blocked.push(message.text());
	});
	for (const [, url] of pageKinds) await page.goto(url);
	await page.goto('/search/?q=ndots');
	await expect(page.locator('.result').first()).toBeVisible();
	await page.locator('.result a.result-title').first().click();
	await expect(page.locator('#main mark').first()).toBeVisible();
	expect([...origins]).toEqual([new URL(baseURL!).origin]);
	expect(blocked).toEqual([]);
});

test('keyboard: the skip link comes first and moves focus to the content; focus is visible', async ({ page }) => {
	await page.goto('/talks/kubecon-na-2019/helm-3-deep-dive/');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to content' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeInViewport();
	await page.keyboard.press('Enter');
	await expect(page.locator('#main')).toBeFocused();
	await page.keyboard.press('Tab');
	const focused = page.locator(':focus');
	await expect(focused).toHaveText('Talks');
	const outline = await focused.evaluate((element) => getComputedStyle(element).outlineStyle);
	expect(outline).not.toBe('none');
});
