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

/**
 * Worker threads drawing cards from one queue, a batch at a time, so threads can join while
 * it drains: one while Astro renders pages, one per core once it has finished.
 */
class CardPool {
	readonly #queue: Job[];
	readonly #worker: string;
	#threads = 0;
	#drawn = 0;
	#failed: Error | undefined;
	#finish: () => void = () => undefined;
	/** Resolves to the number of cards drawn; rejects if a thread failed. */
	readonly done: Promise<number>;

	constructor(jobs: Job[], worker: string) {
		this.#queue = [...jobs];
		this.#worker = worker;
		const finished = new Promise<void>((resolve) => (this.#finish = resolve));
		this.done = finished.then(() => {
			if (this.#failed) throw this.#failed;
			return this.#drawn;
		});
		if (jobs.length === 0) this.#finish();
	}

	/** Adds threads, up to `threads`, while there is work for them. */
	grow(threads: number): void {
		while (this.#threads < threads && this.#queue.length > this.#threads * batchSize) this.#spawn();
	}

	#spawn(): void {
		this.#threads++;
		const thread = new Worker(this.#worker, { execArgv: ['--experimental-strip-types', '--no-warnings'] });
		const stop = () => {
			void thread.terminate();
			if (--this.#threads === 0) this.#finish();
		};
		const next = () => {
			const batch = this.#queue.splice(0, batchSize);
			if (batch.length > 0 && !this.#failed) thread.postMessage(batch);
			else stop();
		};
		thread.on('message', (count: number) => {
			this.#drawn += count;
			next();
		});
		thread.once('error', (error) => {
			this.#failed = error;
			stop();
		});
		next();
	}
}

const started = Symbol.for('conference-notes.card-rendering');
type Global = typeof globalThis & { [started]?: CardPool };

/**
 * Starts drawing the missing cards in the background, once, when the first page renders, on
 * all cores but one: Astro is rendering pages on that one. The pool lives on `globalThis`
 * because the pages that call this and the integration that waits for it are bundled
 * separately. `list` is a thunk so later calls cost nothing.
 */
export function startCardRendering(list: () => CardList, root: string): void {
	const global = globalThis as Global;
	if (global[started] || !existsSync(cardWorker(root))) return;
	const pool = new CardPool(missing(list(), cardCacheDir(root)), cardWorker(root));
	// Failures surface when `renderCards` awaits it.
	pool.done.catch(() => undefined);
	pool.grow(Math.max(1, os.availableParallelism() - 1));
	global[started] = pool;
}

/** Finishes drawing on every core, draws anything left, and copies every card into `dist`. */
export async function renderCards(dist: string, root: string): Promise<CardStats> {
	const begin = performance.now();
	const list = JSON.parse(await readFile(path.join(dist, 'og', 'cards.json'), 'utf8')) as CardList;
	const global = globalThis as Global;
	const early = global[started];
	delete global[started];
	early?.grow(os.availableParallelism());
	const drawnEarly = early ? await early.done : 0;
	// Whatever the early pool did not cover (all of it when no page started one).
	const late = new CardPool(missing(list, cardCacheDir(root)), cardWorker(root));
	late.grow(os.availableParallelism());
	const rendered = drawnEarly + (await late.done);
	for (const { path: cardPath, card } of list) {
		const target = path.join(dist, cardPath);
		await mkdir(path.dirname(target), { recursive: true });
		await copyFile(cacheFile(cardCacheDir(root), card), target);
	}
	return { cards: list.length, rendered, cached: list.length - rendered, ms: performance.now() - begin };
}
