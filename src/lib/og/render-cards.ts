/**
 * Renders the cards listed in `dist/og/cards.json` into `dist/og/`, on worker threads, with a
 * cache keyed by each card's content so unchanged cards are copied, not drawn again.
 */
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
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

/**
 * Renders every card; `cacheDir` keeps PNGs between builds.
 * @param worker Path of `render-worker.ts`, run with Node's own TypeScript support.
 */
export async function renderCards(dist: string, cacheDir: string, worker: string): Promise<CardStats> {
	const started = performance.now();
	const list = JSON.parse(await readFile(path.join(dist, 'og', 'cards.json'), 'utf8')) as { path: string; card: Card }[];
	await mkdir(cacheDir, { recursive: true });
	const misses: { card: Card; files: string[] }[] = [];
	let cached = 0;
	for (const { path: cardFile, card } of list) {
		const target = path.join(dist, cardFile);
		const key = createHash('sha256').update(design).update(JSON.stringify(card)).digest('hex').slice(0, 32);
		const cacheFile = path.join(cacheDir, `${key}.png`);
		if (existsSync(cacheFile)) {
			await mkdir(path.dirname(target), { recursive: true });
			await copyFile(cacheFile, target);
			cached++;
		} else misses.push({ card, files: [target, cacheFile] });
	}
	const threads = Math.max(1, Math.min(os.availableParallelism(), Math.ceil(misses.length / 25)));
	const chunks = Array.from({ length: threads }, (_, index) => misses.filter((_, job) => job % threads === index));
	await Promise.all(
		chunks.map(
			(jobs) =>
				new Promise<void>((resolve, reject) => {
					if (jobs.length === 0) return resolve();
					const thread = new Worker(worker, {
						execArgv: ['--experimental-strip-types', '--no-warnings'],
					});
					thread.once('message', () => {
						void thread.terminate();
						resolve();
					});
					thread.once('error', reject);
					thread.postMessage(jobs);
				}),
		),
	);
	return { cards: list.length, rendered: misses.length, cached, ms: performance.now() - started };
}
