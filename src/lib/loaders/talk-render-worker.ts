/** Worker thread: renders the talk bodies it is sent (see talk-render.ts), a batch at a time. */
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
