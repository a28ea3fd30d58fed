/**
 * `npm run bench`: builds synthetic corpora of talks (default 100, 1,000 and 5,000 talks;
 * `BENCH_SIZES=200,2000` overrides) and prints per size: build ms per page, Pagefind index ms
 * per page, dist size, HTML+CSS and JavaScript bytes of a talk page; for the largest size,
 * search bytes fetched and ms from keystroke to first results in Chromium. Then it times
 * the importer on recaps up to 2 MB. Figures, not assertions: it always prints.
 */
import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { loadContent } from '../src/lib/import/load.ts';
import { planImport } from '../src/lib/import/run.ts';
import { serveStatic } from '../tests/e2e/support/static-server.ts';
import { syntheticRecap, writeCorpus } from './bench/corpus.ts';

const project = path.resolve(import.meta.dirname, '..');
const sizes = (process.env.BENCH_SIZES ?? '100,1000,5000').split(',').map(Number).filter((size) => size > 0);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function dirSize(dir: string): Promise<number> {
	let total = 0;
	for (const entry of (await readdir(dir, { recursive: true, withFileTypes: true })) as { isFile(): boolean; parentPath: string; name: string }[]) {
		if (entry.isFile()) total += (await stat(path.join(entry.parentPath, entry.name))).size;
	}
	return total;
}

async function prepare(size: number): Promise<string> {
	const root = await mkdtemp(path.join(os.tmpdir(), `notes-bench-${size}-`));
	for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public']) {
		await cp(path.join(project, entry), path.join(root, entry), { recursive: true });
	}
	for (const dir of ['conferences', 'projects', 'patterns']) {
		await cp(path.join(project, 'content', dir), path.join(root, 'content', dir), { recursive: true });
	}
	await mkdir(path.join(root, 'content', 'talks'), { recursive: true });
	await symlink(path.join(project, 'node_modules'), path.join(root, 'node_modules'), 'dir');
	const projects = (await readdir(path.join(root, 'content/projects'))).map((file) => file.replace(/\.yaml$/, ''));
	const patterns = (await readdir(path.join(root, 'content/patterns'))).map((file) => file.replace(/\.mdx$/, ''));
	await writeCorpus(path.join(root, 'content'), size, projects, patterns);
	return root;
}

/** Bytes a page loads, split by type, before anyone touches it. */
async function pageWeight(origin: string, url: string) {
	const browser = await chromium.launch(launchOptions());
	const page = await browser.newPage();
	const sizes = { html: 0, css: 0, js: 0 };
	page.on('response', async (response) => {
		const type = response.request().resourceType();
		const length = (await response.body().catch(() => Buffer.alloc(0))).length;
		if (type === 'document') sizes.html += length;
		else if (type === 'stylesheet') sizes.css += length;
		else if (type === 'script') sizes.js += length;
	});
	await page.goto(`${origin}${url}`, { waitUntil: 'networkidle' });
	await browser.close();
	return sizes;
}

function launchOptions() {
	return {
		executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
		args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
	};
}

/**
 * Keystroke to first results on /search/, in two ways: typed (a key every 80 ms, timed from
 * the last key) and pasted (the whole query at once into a cold page). Bytes are everything
 * the page fetched from navigation to the first results, and the part that was Pagefind's.
 */
async function searchTimings(origin: string, queries: string[]) {
	const browser = await chromium.launch(launchOptions());
	const results: { query: string; typedMs: number; pastedMs: number; bytes: number; pagefindBytes: number }[] = [];
	const firstResults = (page: import('@playwright/test').Page, term: string) =>
		page.evaluate(
			(term) =>
				new Promise<number>((resolve) => {
					const list = document.querySelector<HTMLElement>('[data-search-results]')!;
					const input = document.querySelector<HTMLInputElement>('#search-q')!;
					let last = performance.now();
					input.addEventListener('input', () => (last = performance.now()));
					const done = () => list.dataset.query === term && list.children.length > 0;
					new MutationObserver((_, observer) => {
						if (done()) {
							observer.disconnect();
							resolve(performance.now() - last);
						}
					}).observe(list, { childList: true, attributes: true });
				}),
			term,
		);
	for (const query of queries) {
		const page = await browser.newPage();
		let bytes = 0;
		let pagefindBytes = 0;
		page.on('requestfinished', async (request) => {
			const sizes = await request.sizes();
			const size = sizes.responseBodySize + sizes.responseHeadersSize;
			bytes += size;
			if (request.url().includes('/pagefind/')) pagefindBytes += size;
		});
		await page.goto(`${origin}/search/`, { waitUntil: 'networkidle' });
		const pasted = firstResults(page, query);
		await page.evaluate((term) => {
			const input = document.querySelector<HTMLInputElement>('#search-q')!;
			input.value = term;
			input.dispatchEvent(new Event('input', { bubbles: true }));
		}, query);
		const pastedMs = await pasted;
		const firstBytes = bytes;
		const firstPagefind = pagefindBytes;
		const typedPage = await browser.newPage();
		await typedPage.goto(`${origin}/search/`, { waitUntil: 'networkidle' });
		const typed = firstResults(typedPage, query);
		await typedPage.locator('#search-q').pressSequentially(query, { delay: 80 });
		const typedMs = await typed;
		results.push({ query, typedMs, pastedMs, bytes: firstBytes, pagefindBytes: firstPagefind });
		await page.close();
		await typedPage.close();
	}
	await browser.close();
	return results;
}

async function benchSite(size: number, last: boolean) {
	const root = await prepare(size);
	const timings = path.join(root, 'timings.json');
	const cardCache = path.join(root, 'card-cache');
	const started = performance.now();
	execFileSync(process.execPath, [path.join(project, 'node_modules/astro/bin/astro.mjs'), 'build'], {
		cwd: root,
		env: { ...process.env, CONFERENCE_NOTES_TIMINGS: timings, CONFERENCE_NOTES_CARD_CACHE: cardCache, ASTRO_TELEMETRY_DISABLED: '1' },
		stdio: 'pipe',
		maxBuffer: 1 << 28,
	});
	const buildMs = performance.now() - started;
	const dist = path.join(root, 'dist');
	const post = JSON.parse(await readFile(timings, 'utf8')) as { searchMs: number; cardsMs: number; pages: number };
	const pages = (await readdir(dist, { recursive: true })).filter((file) => String(file).endsWith('.html')).length;
	const server = await serveStatic(dist);
	const talkDir = (await readdir(path.join(dist, 'talks/kubecon-na-2019')))[0];
	const weight = await pageWeight(server.origin, `/talks/kubecon-na-2019/${talkDir}/`);
	// "notes" is on every talk page ("Notes from …"): the worst case, Pagefind scores every page.
	const search = last ? await searchTimings(server.origin, ['etcd', 'dns probes', 'canary rollout', 'notes']) : [];
	await server.close();
	const result = {
		size,
		pages,
		buildMs,
		buildPerPage: buildMs / pages,
		indexPerPage: post.searchMs / pages,
		cardsMs: post.cardsMs,
		dist: await dirSize(dist),
		weight,
		search,
	};
	await rm(root, { recursive: true, force: true });
	return result;
}

async function benchImporter() {
	const snapshot = await loadContent(path.join(project, 'content'));
	const rows: { bytes: number; ms: number; talks: number }[] = [];
	for (const bytes of [256 * 1024, 512 * 1024, 1024 * 1024, 2 * 1024 * 1024]) {
		const text = syntheticRecap(bytes);
		const started = performance.now();
		const plan = await planImport([{ file: `synthetic-${bytes}.txt`, bytes: Buffer.from(text) }], snapshot, { authors: ['Bench'] });
		rows.push({ bytes: text.length, ms: performance.now() - started, talks: plan.reports[0]?.talks.length ?? 0 });
	}
	return rows;
}

console.log(`Conference Notes benchmark on ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
const results = [];
for (const [index, size] of sizes.entries()) {
	const result = await benchSite(size, index === sizes.length - 1);
	results.push(result);
	console.log(
		`${String(size).padStart(5)} talks: ${result.pages} pages built in ${(result.buildMs / 1000).toFixed(1)} s ` +
			`(${result.buildPerPage.toFixed(1)} ms/page; Pagefind ${result.indexPerPage.toFixed(2)} ms/page; cards ${(result.cardsMs / 1000).toFixed(1)} s, beside Pagefind), ` +
			`dist ${(result.dist / 2 ** 20).toFixed(1)} MB, talk page HTML+CSS ${kb(result.weight.html + result.weight.css)}, JS ${kb(result.weight.js)}`,
	);
	for (const search of result.search) {
		console.log(
			`       search "${search.query}": first results ${search.typedMs.toFixed(0)} ms after the last key typed, ${search.pastedMs.toFixed(0)} ms after a paste into a cold page; ` +
				`${kb(search.bytes)} fetched from opening /search/ to first results (${kb(search.pagefindBytes)} of it Pagefind: script, WebAssembly, index chunks, fragments)`,
		);
	}
	if (result.search.length > 0) {
		const fast = result.search.filter((search) => search.typedMs < 100).length;
		const small = result.search.filter((search) => search.pagefindBytes < 150 * 1024).length;
		console.log(
			`       search goals (under 100 ms after the last key; under 150 KB of Pagefind for a first query): ` +
				`${fast} and ${small} of ${result.search.length} queries ("notes" is on every talk page, the worst case)`,
		);
	}
}
if (results.length > 1) {
	const first = results[0]!;
	const last = results.at(-1)!;
	const ratio = last.buildPerPage / first.buildPerPage;
	console.log(
		`Build cost per page ${ratio > 1.25 ? 'grows' : 'does not grow'} with corpus size: ${first.buildPerPage.toFixed(1)} ms/page at ${first.size} talks, ${last.buildPerPage.toFixed(1)} ms/page at ${last.size} (×${ratio.toFixed(2)}).`,
	);
}
const importer = await benchImporter();
for (const row of importer) {
	console.log(`importer: ${kb(row.bytes)} recap, ${row.talks} talks, planned in ${row.ms.toFixed(0)} ms (${(row.ms / (row.bytes / 1024)).toFixed(2)} ms/KB)`);
}
const small = importer[0]!;
const big = importer.at(-1)!;
const linear = big.ms / big.bytes <= (small.ms / small.bytes) * 1.5;
console.log(
	`Importer time per KB ${linear ? 'stays flat (linear in input size)' : 'grows (worse than linear)'} from ${kb(small.bytes)} to ${kb(big.bytes)}; 2 MB target under 2 s: ${big.ms < 2000 ? 'met' : 'missed'}.`,
);
