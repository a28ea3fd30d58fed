/**
 * After `astro build`: the Pagefind index and the link-preview cards, built side by side
 * (Pagefind runs in its own process, cards on worker threads).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { renderCards } from '../lib/og/render-cards.ts';
import { buildSearchIndex } from './pagefind.ts';

export function postBuild(): AstroIntegration {
	let base = '/';
	let root = process.cwd();
	return {
		name: 'conference-notes:post-build',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
				root = fileURLToPath(config.root);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const dist = fileURLToPath(dir);
				const started = performance.now();
				const [search, cards] = await Promise.all([
					buildSearchIndex(dist, base),
					renderCards(
						dist,
						path.join(root, 'node_modules', '.cache', 'conference-notes', 'og'),
						path.join(root, 'src', 'lib', 'og', 'render-worker.ts'),
					),
				]);
				logger.info(
					`Indexed ${search.pages} pages and ${search.lessons} lessons for search; ` +
						`${cards.cards} preview cards (${cards.rendered} drawn, ${cards.cached} cached) ` +
						`in ${(performance.now() - started).toFixed(0)} ms.`,
				);
			},
		},
	};
}
