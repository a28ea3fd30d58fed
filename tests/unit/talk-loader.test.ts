/**
 * The talks collection's loader on a temporary project: bodies rendered at sync, unchanged
 * talks skipped, recap changes re-rendered, refusals named by file and line, and the same
 * HTML from worker threads when there are many talks.
 */
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { talkLoader } from '../../src/lib/loaders/talk-loader.ts';

type Stored = { id: string; data: Record<string, unknown>; digest?: string; rendered?: { html: string } };

let root: string;
let store: Map<string, Stored>;
let writes: number;

const context = () =>
	({
		collection: 'talks',
		config: { root: pathToFileURL(`${root}/`), base: '/' },
		store: {
			get: (id: string) => store.get(id),
			set: (entry: Stored) => {
				writes++;
				store.set(entry.id, entry);
				return true;
			},
			keys: () => [...store.keys()],
			delete: (id: string) => void store.delete(id),
		},
		parseData: async ({ data }: { data: Record<string, unknown> }) => data,
		generateDigest: (data: string) => createHash('sha1').update(data).digest('hex'),
		logger: { error: () => undefined },
	}) as unknown as LoaderContext;

const talk = (title: string, notes: string) => `---\ntitle: ${title}\n---\n\n<Notes recap="recap-a">\n\n${notes}\n\n</Notes>\n`;

async function write(file: string, text: string): Promise<void> {
	await mkdir(path.dirname(path.join(root, file)), { recursive: true });
	await writeFile(path.join(root, file), text);
}

const load = () => talkLoader({ base: './content/talks', recaps: './content/recaps' }).load(context());

beforeEach(async () => {
	root = await mkdtemp(path.join(os.tmpdir(), 'notes-talks-'));
	store = new Map();
	writes = 0;
	await write('content/recaps/recap-a.yaml', 'title: Recap A\nauthors: [Ann]\n');
	await write('content/talks/conf/one.mdx', talk('One', 'First **talk**.'));
	await write('content/talks/conf/two.mdx', talk('Two', 'Second talk.'));
});
afterEach(async () => {
	await rm(root, { recursive: true, force: true });
});

test('renders each talk at sync, skips unchanged ones, re-renders when a recap changes', async () => {
	await load();
	expect([...store.keys()].sort()).toEqual(['conf/one', 'conf/two']);
	expect(store.get('conf/one')?.data.title).toBe('One');
	expect(store.get('conf/one')?.rendered?.html).toContain('<h2 id="notes-recap-a">Notes from Ann</h2>');
	expect(store.get('conf/one')?.rendered?.html).toContain('<p>First <strong>talk</strong>.</p>');
	expect(writes).toBe(2);

	await load();
	expect(writes).toBe(2);

	await write('content/recaps/recap-a.yaml', 'title: Recap A\nauthors: [Ann, Bo]\n');
	await load();
	expect(writes).toBe(4);
	expect(store.get('conf/two')?.rendered?.html).toContain('Notes from Ann and Bo');

	await rm(path.join(root, 'content/talks/conf/two.mdx'));
	await load();
	expect([...store.keys()]).toEqual(['conf/one']);
});

test('a body with code is refused with its file and line, and the other talks still load', async () => {
	await write('content/talks/conf/bad.mdx', talk('Bad', 'Fine.\n\nCosts {price} dollars.'));
	await expect(load()).rejects.toThrow(
		'content/talks/conf/bad.mdx:9  Expected Markdown text, found a {…} expression\n' +
			'  Fix: talk entries hold text, never code: escape it (\\{, \\<) or remove it.\nFound 1 problem in 1 file.',
	);
	expect([...store.keys()].sort()).toEqual(['conf/one', 'conf/two']);
});

test('many talks render on worker threads to the same HTML, refusals included', async () => {
	await load();
	const inline = store.get('conf/one')?.rendered?.html;
	store.clear();
	for (let index = 0; index < 600; index++) await write(`content/talks/many/t${index}.mdx`, talk(`T${index}`, `Talk number ${index}.`));
	await write('content/talks/many/zz-bad.mdx', talk('Bad', '<Chart />'));
	await expect(load()).rejects.toThrow('content/talks/many/zz-bad.mdx:7  Expected Markdown text, found <Chart>');
	expect(store.size).toBe(602);
	expect(store.get('conf/one')?.rendered?.html).toBe(inline);
	expect(store.get('many/t599')?.rendered?.html).toContain('<p>Talk number 599.</p>');
});
