/**
 * Renders preview cards into a cache keyed by each card's content, on worker threads, and
 * copies them into `dist/og/`. Rendering starts while Astro is still rendering pages (from the
 * first page rendered, see `startCardRendering`), so it uses the core Astro leaves idle;
 * after the build, `renderCards` waits for it and copies, drawing only what is left.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Card } from './card.ts';

/** Bump when the card design changes, so cached cards are redrawn. */
const design = 'v2';

export interface CardStats {
	cards: number;
	rendered: number;
	cached: number;
	ms: number;
}

type CardList = { path: string; card: Card }[];

/** Where cards are cached between builds: `CONFERENCE_NOTES_CARD_CACHE` or node_modules/.cache. */
export function cardCacheDir(root: string): string {
	return process.env.CONFERENCE_NOTES_CARD_CACHE ?? path.join(root, 'node_modules', '.cache', 'conference-notes', 'og');
}

/** The worker script, run with Node's own TypeScript support. */
export function cardWorker(root: string): string {
	return path.join(root, 'src', 'lib', 'og', 'render-worker.ts');
}

function cacheFile(cacheDir: string, card: Card): string {
	const key = createHash('sha256').update(design).update(JSON.stringify(card)).digest('hex').slice(0, 32);
	return path.join(cacheDir, `${key}.png`);
}

/** Draws the cards missing from the cache, on up to `cores` worker threads. */
async function fillCache(list: CardList, cacheDir: string, worker: string, cores = os.availableParallelism()): Promise<number> {
	await mkdir(cacheDir, { recursive: true });
	const seen = new Set<string>();
	const misses: { card: Card; files: string[] }[] = [];
	for (const { card } of list) {
		const file = cacheFile(cacheDir, card);
		if (seen.has(file) || existsSync(file)) continue;
		seen.add(file);
		misses.push({ card, files: [file] });
	}
	const threads = Math.max(1, Math.min(cores, Math.ceil(misses.length / 25)));
	const chunks = Array.from({ length: threads }, (_, index) => misses.filter((_, job) => job % threads === index));
	await Promise.all(
		chunks.map(
			(jobs) =>
				new Promise<void>((resolve, reject) => {
					if (jobs.length === 0) return resolve();
					const thread = new Worker(worker, { execArgv: ['--experimental-strip-types', '--no-warnings'] });
					thread.once('message', () => {
						void thread.terminate();
						resolve();
					});
					thread.once('error', reject);
					thread.postMessage(jobs);
				}),
		),
	);
	return misses.length;
}

const started = Symbol.for('conference-notes.card-rendering');
type Global = typeof globalThis & { [started]?: Promise<number> };

/**
 * Starts filling the cache in the background, once, when the first page renders. The promise
 * lives on `globalThis` because the pages that call this and the integration that waits for
 * it are bundled separately. `list` is a thunk so later calls cost nothing.
 */
export function startCardRendering(list: () => CardList, root: string): void {
	const global = globalThis as Global;
	if (global[started] || !existsSync(cardWorker(root))) return;
	// One core short of all: Astro is still rendering pages on one of them.
	global[started] = fillCache(list(), cardCacheDir(root), cardWorker(root), Math.max(1, os.availableParallelism() - 1));
	// Failures surface when `renderCards` awaits it.
	global[started].catch(() => undefined);
}

/** Waits for background rendering, draws anything left, and copies every card into `dist`. */
export async function renderCards(dist: string, root: string): Promise<CardStats> {
	const begin = performance.now();
	const list = JSON.parse(await readFile(path.join(dist, 'og', 'cards.json'), 'utf8')) as CardList;
	const global = globalThis as Global;
	const early = global[started] ? await global[started] : 0;
	delete global[started];
	const late = await fillCache(list, cardCacheDir(root), cardWorker(root));
	for (const { path: cardPath, card } of list) {
		const target = path.join(dist, cardPath);
		await mkdir(path.dirname(target), { recursive: true });
		await copyFile(cacheFile(cardCacheDir(root), card), target);
	}
	const rendered = early + late;
	return { cards: list.length, rendered, cached: list.length - rendered, ms: performance.now() - begin };
}
