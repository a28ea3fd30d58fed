/** Worker thread (see worker-pool.ts): renders each batch of talk bodies it is sent (see talk-render.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import type { RecapCredit } from '../remark/notes-sections.ts';
import { createTalkRenderer, type RenderJob } from './talk-render.ts';

const { credits, base } = workerData as { credits: [string, RecapCredit][]; base: string };
const render = createTalkRenderer(new Map(credits), base);

parentPort!.on('message', async (jobs: RenderJob[]) => {
	const results = [];
	for (const job of jobs) results.push(await render(job));
	parentPort!.postMessage(results);
});
