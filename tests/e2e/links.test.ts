/** Crawls the built site: every internal link and anchor resolves; every page links back. */
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { Element } from 'hast';
import { selectAll } from 'hast-util-select';
import { fileFor, readPages, type Page } from './support/dist.ts';

function visitLinks(page: Page, each: (href: string, rel: string[]) => void): void {
	for (const link of selectAll('a[href]', page.tree) as Element[]) {
		const rel = link.properties.rel;
		each(String(link.properties.href), Array.isArray(rel) ? rel.map(String) : []);
	}
}

const dist = path.resolve('dist');

test('no internal link or anchor in dist/ is broken', () => {
	const pages = readPages(dist);
	const byFile = new Map(pages.map((page) => [path.join(dist, page.file), page]));
	expect(pages.length).toBeGreaterThan(100);
	const broken: string[] = [];
	for (const page of pages) {
		for (const link of page.links) {
			const url = new URL(link.value, `http://site.test${page.url}`);
			if (url.origin !== 'http://site.test' && !url.href.startsWith('http://localhost:4321/')) continue;
			const pathname = url.origin === 'http://site.test' ? url.pathname : new URL(url.href).pathname;
			const file = fileFor(dist, '/', pathname);
			if (!file) {
				broken.push(`${page.url}: ${link.attribute} ${link.value} (no such page)`);
				continue;
			}
			const id = decodeURIComponent(url.hash.slice(1));
			if (id && file.endsWith('.html') && !byFile.get(file)?.ids.has(id)) {
				broken.push(`${page.url}: ${link.attribute} ${link.value} (no element with id "${id}")`);
			}
		}
	}
	expect(broken).toEqual([]);
});

test('every project and pattern page lists at least one talk, and 8+ patterns cite two or more', () => {
	const pages = readPages(dist);
	const talksLinked = (url: string) =>
		new Set(
			pages
				.find((page) => page.url === url)!
				.links.filter((link) => /^\/talks\/[^/]+\/[^/]+\/$/.test(link.value))
				.map((link) => link.value),
		).size;
	const projects = pages.filter((page) => /^\/projects\/[^/]+\/$/.test(page.url));
	const patterns = pages.filter((page) => /^\/patterns\/[^/]+\/$/.test(page.url));
	expect(projects.length).toBeGreaterThan(20);
	expect(patterns.length).toBeGreaterThanOrEqual(15);
	for (const page of [...projects, ...patterns]) expect(talksLinked(page.url), page.url).toBeGreaterThan(0);
	expect(patterns.filter((page) => talksLinked(page.url) >= 2).length).toBeGreaterThanOrEqual(8);
});

test('every link that leaves the site carries rel="noopener noreferrer"', () => {
	const problems: string[] = [];
	for (const page of readPages(dist)) {
		visitLinks(page, (href, rel) => {
			if (/^https?:\/\//.test(href) && !href.startsWith('http://localhost:4321/')) {
				if (!rel.includes('noopener') || !rel.includes('noreferrer')) problems.push(`${page.url}: ${href}`);
			}
		});
	}
	expect(problems).toEqual([]);
});
