/** Links pasted into wikis: copy buttons, preview tags, permanent URLs, feeds and JSON. */
import { readFileSync, existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { expect, test } from '@playwright/test';
import { fileFor, readPages } from './support/dist.ts';

const dist = path.resolve('dist');
const publishedList = path.resolve('tests/published-urls.txt');

test('"Copy link" puts the absolute URL with the anchor on the clipboard', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/talks/kubecon-eu-2019/ten-ways-datadogs-kubernetes-clusters-broke-in-production/');
	const canonical = await page.locator('link[rel=canonical]').getAttribute('href');
	const heading = page.getByRole('heading', { name: /#3 I Can't Kubectl/ });
	await heading.hover();
	const copy = page.getByRole('button', { name: /Copy link to section: #3 I Can't Kubectl/ });
	await expect(copy).toBeVisible();
	await copy.click();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${canonical}#3-i-cant-kubectl`);

	await page.getByRole('button', { name: 'Copy link to lesson: Be careful with exec probes!' }).focus();
	await page.keyboard.press('Enter');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${canonical}#lesson-be-careful-with-exec-probes`);

	await page.getByRole('button', { name: 'Copy as Markdown link' }).click();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
		`[Ten ways Datadog's Kubernetes clusters broke in production](${canonical})`,
	);
	await page.getByRole('button', { name: 'Copy as HTML link' }).click();
	const html = await page.evaluate(async () => {
		const [item] = await navigator.clipboard.read();
		return item!.getType('text/html').then((blob) => blob.text());
	});
	expect(html).toBe(`<a href="${canonical}">Ten ways Datadog's Kubernetes clusters broke in production</a>`);
});

test('every page has a unique title, a description, canonical and preview tags, and its card exists', () => {
	const pages = readPages(dist).filter((page) => !page.file.startsWith('404') && !/moved/i.test(String(select('title', page.tree)?.children[0] && (select('title', page.tree)!.children[0] as { value: string }).value)));
	const titles = new Map<string, string>();
	const problems: string[] = [];
	for (const page of pages) {
		const meta = (key: string) =>
			(selectAll('meta', page.tree) as Element[]).find((node) => node.properties.property === key || node.properties.name === key)?.properties.content as string | undefined;
		const title = (select('title', page.tree)?.children[0] as { value?: string } | undefined)?.value ?? '';
		if (titles.has(title)) problems.push(`${page.url}: title "${title}" also on ${titles.get(title)}`);
		titles.set(title, page.url);
		for (const key of ['description', 'og:title', 'og:description', 'og:url', 'og:type', 'og:image', 'twitter:card', 'twitter:image']) {
			if (!meta(key)) problems.push(`${page.url}: no ${key}`);
		}
		const canonical = (select('link[rel=canonical]', page.tree) as Element | undefined)?.properties.href;
		if (canonical !== `http://localhost:4321${page.url}`) problems.push(`${page.url}: canonical ${String(canonical)}`);
		const image = new URL(meta('og:image') ?? 'http://x/');
		const card = fileFor(dist, '/', image.pathname);
		if (!card || readFileSync(card).subarray(1, 4).toString() !== 'PNG') problems.push(`${page.url}: card ${image.pathname} missing`);
	}
	expect(problems).toEqual([]);
	expect(pages.length).toBeGreaterThan(150);
});

test('every published URL still resolves (UPDATE=1 adds new pages to tests/published-urls.txt)', () => {
	const published = readFileSync(publishedList, 'utf8').split('\n').filter(Boolean);
	const missing = published.filter((url) => !fileFor(dist, '/', url));
	expect(missing).toEqual([]);
	if (process.env.UPDATE) {
		const current = readPages(dist).map((page) => page.url).filter((url) => url !== '/404.html');
		const merged = [...new Set([...published, ...current])].sort();
		writeFileSync(publishedList, `${merged.join('\n')}\n`);
	}
});

test('the feed, sitemap, robots.txt and JSON exports parse and use absolute URLs', async ({ request }) => {
	const rss = await (await request.get('/rss.xml')).text();
	expect(rss).toMatch(/^<\?xml/);
	expect(rss.match(/<item>/g)?.length).toBeGreaterThan(40);
	expect(rss).toContain('<link>http://localhost:4321/talks/');
	const sitemap = await (await request.get('/sitemap-0.xml')).text();
	expect(sitemap).toContain('<loc>http://localhost:4321/talks/kubecon-na-2019/helm-3-deep-dive/</loc>');
	expect(sitemap).not.toContain('/search/');
	expect(await (await request.get('/robots.txt')).text()).toContain('Sitemap: http://localhost:4321/sitemap-index.xml');
	const talks = (await (await request.get('/api/talks.json')).json()) as { talks: { url: string; lessons: { url: string }[] }[] };
	expect(talks.talks.length).toBeGreaterThan(40);
	expect(talks.talks.every((talk) => talk.url.startsWith('http://localhost:4321/talks/'))).toBe(true);
	const projects = (await (await request.get('/api/projects.json')).json()) as { projects: { id: string; maturity: string }[] };
	expect(projects.projects.find((project) => project.id === 'helm')?.maturity).toBe('graduated');
	const patterns = (await (await request.get('/api/patterns.json')).json()) as { patterns: { talks: string[] }[] };
	expect(patterns.patterns.length).toBeGreaterThanOrEqual(15);
	const graph = (await (await request.get('/api/graph.json')).json()) as { nodes: { id: string; url: string }[]; edges: { source: string; target: string }[] };
	const ids = new Set(graph.nodes.map((node) => node.id));
	expect(graph.edges.every((edge) => ids.has(edge.source) && ids.has(edge.target))).toBe(true);
	expect(existsSync(path.join(dist, 'api/lessons.json'))).toBe(true);
});
