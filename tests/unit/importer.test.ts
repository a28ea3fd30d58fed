/**
 * The import command end to end on a temporary content folder: merges across recaps,
 * repeatable runs, kept edits, refusals that write nothing, dry runs, new conferences.
 */
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { main } from '../../src/cli/import.ts';

const project = path.resolve(import.meta.dirname, '../..');
const recaps = path.join(project, 'content/recaps/raw');
const recap000 = path.join(recaps, '000_a04c095625f89009.txt');
const recap003 = path.join(recaps, '003_42e269af5f1b8e88.txt');
const fixtures = path.join(import.meta.dirname, 'fixtures');

let content: string;

beforeEach(async () => {
	content = await mkdtemp(path.join(os.tmpdir(), 'notes-content-'));
	for (const dir of ['conferences', 'projects', 'patterns']) {
		await cp(path.join(project, 'content', dir), path.join(content, dir), { recursive: true });
	}
});
afterEach(async () => {
	await rm(content, { recursive: true, force: true });
});

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
	const out: string[] = [];
	const err: string[] = [];
	const code = await main([...args, '--content', content], (line) => out.push(line), (line) => err.push(line));
	return { code, out: out.join('\n'), err: err.join('\n') };
}

/** A hash of every file under the content folder: path and bytes. */
async function snapshot(): Promise<string> {
	const hash = createHash('sha256');
	const files = (await readdir(content, { recursive: true })).sort();
	for (const file of files) {
		const data = await readFile(path.join(content, file)).catch(() => undefined);
		if (data) hash.update(file).update(data);
	}
	return hash.digest('hex');
}

const talkFile = (conference: string, slug: string) => path.join(content, 'talks', conference, `${slug}.mdx`);

describe('npm run import', () => {
	test('two recaps of the same talk become one entry crediting both', async () => {
		expect((await run(recap000, '--author', 'Matt Messinger')).code).toBe(0);
		const second = await run(recap003, '--conference', 'kubecon-na-2019');
		expect(second.code).toBe(0);
		expect(second.out).toMatch(/⇢ content\/talks\/kubecon-na-2019\/kubernetes-at-reddit-tales-from-production\.mdx/);
		const reddit = await readFile(talkFile('kubecon-na-2019', 'kubernetes-at-reddit-tales-from-production'), 'utf8');
		expect(reddit).toContain('<Notes recap="kubecon-cloudnativecon-recap">');
		expect(reddit).toContain('<Notes recap="kubecon-2019-follow-up">');
		const weaveworks = await readFile(talkFile('kubecon-na-2019', 'the-gotchas-of-zero-downtime-traffic-w-kubernetes'), 'utf8');
		expect(weaveworks).toContain('<Notes recap="kubecon-2019-follow-up" attended />');
		expect(weaveworks).toMatch(/kind: attended/);
		const copy = await readFile(path.join(content, 'recaps/raw/000_a04c095625f89009.txt'));
		expect(copy.equals(await readFile(recap000))).toBe(true);
	});

	test('running the same import twice changes no file', async () => {
		await run(recap000);
		const before = await snapshot();
		const again = await run(recap000);
		expect(again.code).toBe(0);
		expect(again.out).toContain('Wrote 0 files');
		expect(await snapshot()).toBe(before);
	});

	test("re-importing keeps a person's edits to title, speakers, summary and extra sections", async () => {
		await run(recap000);
		const file = talkFile('kubecon-na-2019', '10-weird-ways-to-blow-up-your-kubernetes');
		const edited = (await readFile(file, 'utf8'))
			.replace('title: 10 Weird Ways to Blow Up Your Kubernetes', 'title: "10 Weird Ways to Blow Up Your Kubernetes (edited)"\nsummary: Airbnb on outages.')
			.replace(/\n$/, '\n\n## Our follow-ups\n\nTry the ECR cleaner.\n');
		await writeFile(file, edited.replace('companies:\n  - Airbnb', 'speakers:\n  - Ada Lovelace\ncompanies:\n  - Airbnb'));
		const before = await snapshot();
		expect((await run(recap000)).code).toBe(0);
		expect(await snapshot()).toBe(before);
		const after = await readFile(file, 'utf8');
		expect(after).toContain('(edited)');
		expect(after).toContain('Ada Lovelace');
		expect(after).toContain('summary: Airbnb on outages.');
		expect(after).toContain('## Our follow-ups');
	});

	test('a refusal names file and line, and writes nothing at all', async () => {
		await run(recap000);
		const before = await snapshot();
		const empty = path.join(content, '..', `empty-${path.basename(content)}.txt`);
		await writeFile(empty, '');
		const result = await run(recap003, '--conference', 'kubecon-na-2019', empty);
		await rm(empty);
		expect(result.code).toBe(1);
		expect(result.err).toContain(`${empty}:1  Expected recap text, found an empty file.`);
		expect(result.err).toContain('No files were written.');
		expect(await snapshot()).toBe(before);
	});

	test('a recap that does not name its conference asks for --conference', async () => {
		const result = await run(recap003);
		expect(result.code).toBe(1);
		expect(result.err).toMatch(/Fix: pass --conference <slug> \(known: kubecon-eu-2019, kubecon-na-2019\)/);
	});

	test('--dry-run reports and writes nothing', async () => {
		const before = await snapshot();
		const result = await run(recap000, '--dry-run');
		expect(result.code).toBe(0);
		expect(result.out).toContain('4 talks: 4 new');
		expect(result.out).toMatch(/Dry run: 6 files would be written/);
		expect(await snapshot()).toBe(before);
	});

	test('a recap in a format nobody planned for, at a conference nobody knew, is imported', async () => {
		const result = await run(path.join(fixtures, 'recaps/kubecon-eu-2023-amsterdam.txt'), '--author', 'Team');
		expect(result.code).toBe(0);
		expect(result.out).toContain('kubecon-eu-2023, new conference');
		const conference = await readFile(path.join(content, 'conferences/kubecon-eu-2023.yaml'), 'utf8');
		expect(conference).toContain('name: KubeCon + CloudNativeCon Europe 2023');
		expect(conference).toContain('city: Amsterdam');
		const linkerd = await readFile(talkFile('kubecon-eu-2023', 'scaling-linkerd-without-tears'), 'utf8');
		expect(linkerd).toMatch(/companies:\n {2}- Acme Corp/);
		expect(linkerd).toMatch(/projects:\n {2}- linkerd/);
		expect(linkerd).toContain('text: Always pin the proxy version during upgrades');
		const argo = await readFile(talkFile('kubecon-eu-2023', 'argo-cd-at-scale'), 'utf8');
		expect(argo).toMatch(/speakers:\n {2}- Jane Doe/);
		expect(argo).toContain('- sharding the application controller\n  - 10 shards, one per 300 apps');
	});

	test('--help prints usage', async () => {
		const out: string[] = [];
		expect(await main(['--help'], (line) => out.push(line))).toBe(0);
		expect(out.join('\n')).toContain('Usage: npm run import -- <file>...');
	});
});
