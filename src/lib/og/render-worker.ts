/** Worker thread (see worker-pool.ts): draws each batch of cards it is sent and writes each PNG to its paths. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parentPort } from 'node:worker_threads';
import { renderCard, type Card } from './card.ts';

parentPort!.on('message', (jobs: { card: Card; files: string[] }[]) => {
	for (const job of jobs) {
		const png = renderCard(job.card);
		for (const file of job.files) {
			mkdirSync(path.dirname(file), { recursive: true });
			writeFileSync(file, png);
		}
	}
	parentPort!.postMessage(jobs.map((job) => job.files.length));
});
