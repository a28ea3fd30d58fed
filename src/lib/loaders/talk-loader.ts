/**
 * Content loader for the `talks` collection: every `.mdx` file under `base`, with its body
 * rendered to HTML during content sync, the way Astro renders `.md` entries, instead of
 * compiled into one JavaScript module per talk (talk-render.ts: MDX syntax, the site's
 * Markdown pipeline, `<Notes>` blocks as credited sections). On 5,000 talks this takes MDX
 * compilation, the largest single cost, out of the build; many talks render on worker
 * threads; an unchanged file (same text, same recap credits) is not rendered again.
 * Patterns stay ordinary compiled MDX.
 */
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Loader, LoaderContext } from 'astro/loaders';
import { RecapError, formatProblems } from '../errors.ts';
import { WorkerPool } from '../worker-pool.ts';
import type { RecapCredit } from '../remark/notes-sections.ts';
import { readRecapRecords } from './recap-loader.ts';
import { createTalkRenderer, type RenderJob, type RenderResult } from './talk-render.ts';

/** Files read at once. */
const readBatch = 64;
/** Below this many talks to render, worker threads cost more than they save. */
const talksPerThread = 250;

/** Title and authors of each recap record, as the notes headings show them. */
async function readCredits(dir: string): Promise<Map<string, RecapCredit>> {
	const credits = new Map<string, RecapCredit>();
	for (const [id, { record }] of await readRecapRecords(dir)) {
		const authors = Array.isArray(record.authors) ? record.authors.map(String) : [];
		credits.set(id, { title: typeof record.title === 'string' ? record.title : id, authors });
	}
	return credits;
}

/** Renders every job, on worker threads when there are many. */
async function renderAll(jobs: RenderJob[], credits: Map<string, RecapCredit>, base: string): Promise<RenderResult[]> {
	const worker = fileURLToPath(new URL('./talk-render-worker.ts', import.meta.url));
	const threads = Math.min(os.availableParallelism(), Math.floor(jobs.length / talksPerThread));
	if (threads < 2 || !existsSync(worker)) {
		const render = createTalkRenderer(credits, base);
		const results: RenderResult[] = [];
		for (const job of jobs) results.push(await render(job));
		return results;
	}
	const workerData = { credits: [...credits], base };
	return new WorkerPool<RenderJob, RenderResult>(worker, jobs, { batchSize: 100, workerData }).grow(threads).done;
}

/**
 * @param base Folder of the talk MDX files, relative to the project root; ids are paths
 *   without the extension ("kubecon-na-2019/some-talk").
 * @param recaps Folder of the recap records the `<Notes>` blocks name.
 */
export function talkLoader({ base, recaps }: { base: string; recaps: string }): Loader {
	const sync = async ({ config, store, parseData, generateDigest }: LoaderContext) => {
		const root = fileURLToPath(config.root);
		const dir = path.resolve(root, base);
		const credits = await readCredits(path.resolve(root, recaps));
		// A talk's HTML depends on its file, the recaps' titles and authors, and the base path.
		const dependsOn = JSON.stringify([config.base, ...credits]);
		const names = (await readdir(dir, { recursive: true })).filter((name) => name.endsWith('.mdx')).sort();
		const files: { id: string; filePath: string; relativePath: string; text: string }[] = [];
		// Read a batch at a time: all at once would be faster still, but 5,000 open files at
		// once is past many systems' limit.
		for (let start = 0; start < names.length; start += readBatch) {
			const batch = names.slice(start, start + readBatch).map(async (name) => {
				const filePath = path.join(dir, name);
				const text = await readFile(filePath, 'utf8');
				const id = name.split(path.sep).join('/').replace(/\.mdx$/, '');
				return { id, filePath, relativePath: path.relative(root, filePath).split(path.sep).join('/'), text };
			});
			files.push(...(await Promise.all(batch)));
		}
		const ids = new Set(files.map((file) => file.id));
		for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
		const changed = files
			.map((file) => ({ ...file, digest: generateDigest(file.text + dependsOn) }))
			.filter((file) => store.get(file.id)?.digest !== file.digest)
			// Front matter blanked to spaces, so positions in the body are the file's lines.
			.map((file) => ({ ...file, ...parseFrontmatter(file.text, { frontmatter: 'empty-with-spaces' }) }));
		// Bodies render (on other threads when many) while this one checks the front matter.
		const rendering = renderAll(
			changed.map(({ id, content, filePath }) => ({ id, body: content, filePath })),
			credits,
			config.base,
		);
		// Observed here so a front-matter error below is the one reported.
		rendering.catch(() => undefined);
		const entries = new Map<string, (typeof changed)[number] & { data: Record<string, unknown> }>();
		for (const file of changed) {
			entries.set(file.id, { ...file, data: await parseData({ id: file.id, data: file.frontmatter, filePath: file.relativePath }) });
		}
		const problems: RecapError[] = [];
		for (const result of await rendering) {
			const { data, content, relativePath, digest } = entries.get(result.id)!;
			if ('error' in result) {
				store.delete(result.id);
				problems.push(new RecapError({ file: relativePath, ...result.error }));
				continue;
			}
			const rendered = { html: result.html, metadata: { headings: result.headings, imagePaths: [] } };
			store.set({ id: result.id, data, body: content, filePath: relativePath, digest, rendered });
		}
		if (problems.length > 0) throw new Error(formatProblems(problems));
	};
	let watching = false;
	return {
		name: 'talk-loader',
		async load(context) {
			await sync(context);
			if (watching || !context.watcher) return;
			watching = true;
			// In `astro dev`: a changed talk or recap record syncs again (unchanged talks are skipped).
			const root = fileURLToPath(context.config.root);
			const watched = [base, recaps].map((folder) => path.resolve(root, folder) + path.sep);
			const onChange = (changed: string) => {
				if (!watched.some((folder) => changed.startsWith(folder))) return;
				sync(context).catch((error: Error) => context.logger.error(error.message));
			};
			for (const event of ['add', 'change', 'unlink'] as const) context.watcher.on(event, onChange);
		},
	};
}
