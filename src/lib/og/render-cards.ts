/**
 * Renders preview cards into a cache keyed by each card's content, on worker threads, and
 * copies them into `dist/og/`. Rendering starts while Astro is still rendering pages (from the
 * first page rendered, see `startCardRendering`), so it uses the core Astro leaves idle;
 * after the build, `renderCards` adds a thread per core to finish, then copies.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { WorkerPool } from '../worker-pool.ts';
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
type Job = { card: Card; files: string[] };

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

/** The cards of `list` missing from the cache, each once. */
function missing(list: CardList, cacheDir: string): Job[] {
	const seen = new Set<string>();
	const misses: Job[] = [];
	for (const { card } of list) {
		const file = cacheFile(cacheDir, card);
		if (seen.has(file) || existsSync(file)) continue;
		seen.add(file);
		misses.push({ card, files: [file] });
	}
	return misses;
}

/** Cards a thread draws between asking for more. */
const batchSize = 25;

/** A pool drawing `jobs`; each result is the number of files one card was written to. */
function cardPool(jobs: Job[], root: string): WorkerPool<Job, number> {
	return new WorkerPool<Job, number>(cardWorker(root), jobs, { batchSize });
}

const started = Symbol.for('conference-notes.card-rendering');
type Global = typeof globalThis & { [started]?: WorkerPool<Job, number> };

/**
 * Starts drawing the missing cards in the background, once, when the first page renders, on
 * all cores but one: Astro is rendering pages on that one. The pool lives on `globalThis`
 * because the pages that call this and the integration that waits for it are bundled
 * separately. `list` is a thunk so later calls cost nothing.
 */
export function startCardRendering(list: () => CardList, root: string): void {
	const global = globalThis as Global;
	if (global[started] || !existsSync(cardWorker(root))) return;
	const pool = cardPool(missing(list(), cardCacheDir(root)), root).grow(Math.max(1, os.availableParallelism() - 1));
	// Failures surface when `renderCards` awaits it.
	pool.done.catch(() => undefined);
	global[started] = pool;
}

/** Finishes drawing on every core, draws anything left, and copies every card into `dist`. */
export async function renderCards(dist: string, root: string): Promise<CardStats> {
	const begin = performance.now();
	const list = JSON.parse(await readFile(path.join(dist, 'og', 'cards.json'), 'utf8')) as CardList;
	const global = globalThis as Global;
	const early = global[started];
	delete global[started];
	const drawnEarly = early ? (await early.grow(os.availableParallelism()).done).length : 0;
	// Whatever the early pool did not cover (all of it when no page started one).
	const late = cardPool(missing(list, cardCacheDir(root)), root).grow(os.availableParallelism());
	const rendered = drawnEarly + (await late.done).length;
	for (const { path: cardPath, card } of list) {
		const target = path.join(dist, cardPath);
		await mkdir(path.dirname(target), { recursive: true });
		await copyFile(cacheFile(cardCacheDir(root), card), target);
	}
	return { cards: list.length, rendered, cached: list.length - rendered, ms: performance.now() - begin };
}
