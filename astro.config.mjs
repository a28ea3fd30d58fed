// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { readdirSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { unified } from '@astrojs/markdown-remark';
import { postBuild } from './src/integrations/post-build.ts';
import { markdownOptions } from './src/lib/markdown.ts';

/** Origin and sub-folder the site is published under; see README "Deploying". */
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';

/** Old talk paths (their `aliases`): redirect pages that stay out of the sitemap. */
function talkAliases() {
	const dir = new URL('./content/talks/', import.meta.url);
	const files = readdirSync(dir, { recursive: true }).filter((file) => String(file).endsWith('.mdx'));
	return new Set(
		files.flatMap((file) => {
			const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(new URL(String(file), dir), 'utf8'));
			// Most talks have no aliases: skip parsing their YAML (5,000 talks load in 2 s less).
			if (!front || !/^aliases:/m.test(front[1] ?? '')) return [];
			const aliases = parseYaml(front[1] ?? '')?.aliases ?? [];
			return aliases.map((/** @type {string} */ alias) => `${base.replace(/\/?$/, '/')}${alias}`);
		}),
	);
}
const aliases = talkAliases();

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	build: { format: 'directory' },
	markdown: {
		// Shiki's inline styles would need 'unsafe-inline' in the CSP; notes' code stays plain.
		syntaxHighlight: false,
		processor: unified(markdownOptions),
	},
	integrations: [
		mdx(),
		sitemap({
			filter: (page) => {
				const path = new URL(page).pathname;
				return !aliases.has(path) && !path.endsWith('/search/') && !path.includes('/og/');
			},
		}),
		postBuild(),
	],
	devToolbar: { enabled: false },
	security: {
		// A Content-Security-Policy <meta> on every page: scripts only from this origin (Astro
		// hashes its own), WebAssembly for Pagefind, nothing from any other origin.
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"connect-src 'self'",
				"font-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
			styleDirective: { resources: ["'self'"] },
		},
	},
});
