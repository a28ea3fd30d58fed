/** Reads the built site from disk: every HTML page, its ids and the links it makes. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

export interface Page {
	/** URL path, `/talks/x/`. */
	url: string;
	file: string;
	ids: Set<string>;
	links: { attribute: string; value: string }[];
	tree: ReturnType<typeof fromHtml>;
}

const linkAttributes: Record<string, string[]> = {
	a: ['href'],
	link: ['href'],
	script: ['src'],
	img: ['src'],
	source: ['src'],
	form: ['action'],
	meta: ['content'],
};

/** Parses every page under `dist`. */
export function readPages(dist: string, base = '/'): Page[] {
	const files = (readdirSync(dist, { recursive: true }) as string[]).filter((file) => file.endsWith('.html'));
	return files.map((file) => {
		const html = readFileSync(path.join(dist, file), 'utf8');
		const tree = fromHtml(html);
		const ids = new Set<string>();
		const links: Page['links'] = [];
		visit(tree, 'element', (node: Element) => {
			const id = node.properties.id;
			if (typeof id === 'string') ids.add(id);
			for (const attribute of linkAttributes[node.tagName] ?? []) {
				const name = attribute === 'content' ? 'content' : attribute;
				const value = node.properties[name === 'href' ? 'href' : name === 'src' ? 'src' : name];
				if (typeof value !== 'string') continue;
				if (node.tagName === 'meta' && !/^(og:url|og:image|twitter:image)$/.test(String(node.properties.property ?? node.properties.name ?? ''))) continue;
				links.push({ attribute: `${node.tagName}[${attribute}]`, value });
			}
		});
		const url = `${base}${file.replace(/index\.html$/, '').replace(/\\/g, '/')}`;
		return { url, file, ids, links, tree };
	});
}

/** The file a site path resolves to, or undefined. */
export function fileFor(dist: string, base: string, pathname: string): string | undefined {
	if (!pathname.startsWith(base)) return undefined;
	const relative = decodeURIComponent(pathname.slice(base.length));
	const candidate = path.join(dist, relative);
	if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
	const index = path.join(candidate, 'index.html');
	return existsSync(index) ? index : undefined;
}
