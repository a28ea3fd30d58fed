/**
 * After `astro build`: the Pagefind index and the link-preview cards, built side by side
 * (Pagefind runs in its own process, cards on worker threads).
 */
import { writeFile } from 'node:fs/promises';
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
				const timed = async <T>(run: () => Promise<T>) => {
					const start = performance.now();
					const value = await run();
					return { value, ms: performance.now() - start };
				};
				const [indexed, cardsTimed] = await Promise.all([
					timed(() => buildSearchIndex(dist, base)),
					timed(() => renderCards(dist, root)),
				]);
				const search = indexed.value;
				const cards = cardsTimed.value;
				// `npm run bench` reads these figures.
				if (process.env.CONFERENCE_NOTES_TIMINGS) {
					await writeFile(
						process.env.CONFERENCE_NOTES_TIMINGS,
						JSON.stringify({ searchMs: indexed.ms, cardsMs: cardsTimed.ms, ...search, cards }),
					);
				}
				logger.info(
					`Indexed ${search.pages} pages and ${search.lessons} lessons for search; ` +
						`${cards.cards} preview cards (${cards.rendered} drawn, ${cards.cached} cached) ` +
						`in ${(performance.now() - started).toFixed(0)} ms.`,
				);
			},
		},
	};
}
