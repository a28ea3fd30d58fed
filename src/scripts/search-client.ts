/**
 * The search client: loads Pagefind's JS API on first use, runs searches and renders results
 * as plain DOM (no HTML from the index is trusted except Pagefind's `<mark>` highlights).
 */

/** The subset of Pagefind's JS API this site uses. */
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	preload(term: string, options?: SearchOptions): Promise<void>;
	search(term: string | null, options?: SearchOptions): Promise<{ results: { id: string; data(): Promise<ResultData> }[] } | null>;
	debouncedSearch(term: string | null, options?: SearchOptions, ms?: number): Promise<{ results: { id: string; data(): Promise<ResultData> }[] } | null>;
	filters(): Promise<Record<string, Record<string, number>>>;
}

export interface SearchOptions {
	filters?: Record<string, string | string[]>;
	sort?: Record<string, 'asc' | 'desc'>;
}

export interface ResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
	sub_results: { title: string; url: string; excerpt: string; anchor?: { id: string } }[];
}

let loading: Promise<Pagefind> | undefined;
let loadingLessons: Promise<Pagefind> | undefined;

const base = () => document.documentElement.dataset.base ?? '/';

async function open(folder: string): Promise<Pagefind> {
	const pagefind = (await import(/* @vite-ignore */ `${base()}${folder}pagefind.js`)) as Pagefind;
	await pagefind.options({ baseUrl: base(), highlightParam: 'highlight', excerptLength: 24 });
	await pagefind.init();
	return pagefind;
}

const entries = new Map<string, Promise<string>>();
const tables = new Map<string, Promise<Map<string, string>>>();

/**
 * One of the build's tables (src/integrations/search-tables.ts) for the index in `folder`, as
 * result id → value, loaded once. Its name carries the index's hash from pagefind-entry.json,
 * the file Pagefind itself starts from, so the two always belong to the same build.
 */
function table(folder: string, name: 'site-kinds' | 'site-dates'): Promise<Map<string, string>> {
	const key = `${folder}${name}`;
	const cached = tables.get(key);
	if (cached) return cached;
	const loaded = (async () => {
		if (!entries.has(folder)) {
			const hash = fetch(`${base()}${folder}pagefind-entry.json`)
				.then((response) => response.json() as Promise<{ languages: Record<string, { hash: string }> }>)
				.then(({ languages }) => Object.values(languages)[0]?.hash ?? '');
			entries.set(folder, hash);
		}
		const file = `${name}.${await entries.get(folder)}.json`;
		const response = await fetch(`${base()}${folder}${file}`);
		if (!response.ok) throw new Error(`Search could not load ${file} (${response.status})`);
		const groups = (await response.json()) as Record<string, string[]>;
		return new Map(Object.entries(groups).flatMap(([value, ids]) => ids.map((id) => [id, value] as const)));
	})();
	tables.set(key, loaded);
	return loaded;
}

/** Loads and initialises Pagefind once; call on focus so typing never waits for it. */
export function loadPagefind(): Promise<Pagefind> {
	loading ??= Promise.all([open('pagefind/'), table('pagefind/', 'site-kinds')]).then(([pagefind]) => pagefind);
	return loading;
}

/** The separate index of lessons, loaded only when someone narrows results to lessons. */
function loadLessons(): Promise<Pagefind> {
	loadingLessons ??= open('pagefind/lessons/');
	return loadingLessons;
}

/** Kinds in the order results show them: notes first, then what they link to. */
const kindOrder = ['talk', 'pattern', 'project', 'conference', 'recap'];
/** How many results are shown before the rest of the page of results has loaded. */
const firstBatch = 4;

export interface SearchResults {
	total: number;
	results: ResultData[];
	/** False while only the first results are in. */
	complete: boolean;
}

type Found = { id: string; data(): Promise<ResultData> };

/** Orders results by the date table of the index in `folder`; undated results drop out. */
async function byDate(results: Found[], folder: string, sort: 'asc' | 'desc'): Promise<Found[]> {
	const dates = await table(folder, 'site-dates');
	const direction = sort === 'asc' ? 1 : -1;
	return results
		.filter((result) => dates.has(result.id))
		.map((result, index) => ({ result, index, date: dates.get(result.id)! }))
		.sort((a, b) => (a.date < b.date ? -direction : a.date > b.date ? direction : a.index - b.index))
		.map(({ result }) => result);
}

/**
 * Orders the pages index's results as the page shows them: narrowed to one kind if asked
 * (pages the kinds table does not list are talks); by date if asked; otherwise talks first,
 * then patterns, projects, conferences and recaps. Ties keep Pagefind's order.
 */
async function arrange(results: Found[], kind: string | undefined, sort: 'asc' | 'desc' | undefined): Promise<Found[]> {
	const kinds = await table('pagefind/', 'site-kinds');
	const kindOf = (result: Found) => kinds.get(result.id) ?? 'talk';
	const kept = kind ? results.filter((result) => kindOf(result) === kind) : results;
	if (sort) return byDate(kept, 'pagefind/', sort);
	if (kind) return kept;
	const rank = (result: Found) => kindOrder.indexOf(kindOf(result));
	return kept
		.map((result, index) => ({ result, index, rank: rank(result) }))
		.sort((a, b) => a.rank - b.rank || a.index - b.index)
		.map(({ result }) => result);
}

/**
 * Runs one Pagefind search and loads the data of the first `limit` results, arranged as
 * `arrange` says (lessons: in Pagefind's order, or by date). The first few are handed to `onFirst` as soon as their fragments arrive,
 * so first results never wait for the whole page of results.
 */
export async function runSearch(
	term: string,
	options: SearchOptions,
	limit: number,
	onFirst?: (first: SearchResults) => void,
	isCurrent: () => boolean = () => true,
): Promise<SearchResults | null> {
	const { kind, ...filters } = options.filters ?? {};
	const wanted = typeof kind === 'string' ? kind : undefined;
	const lessons = wanted === 'lesson';
	const pagefind = await (lessons ? loadLessons() : loadPagefind());
	// No words but a filter: every page the filters allow.
	const query = term.trim() || (wanted || Object.keys(filters).length > 0 ? null : '');
	const found = await pagefind.search(query, { filters });
	// A newer keystroke has started another search: fetch no fragments for this one.
	if (!found || !isCurrent()) return null;
	const sort = options.sort?.date;
	let results = found.results;
	if (!lessons) results = await arrange(results, wanted, sort);
	else if (sort) results = await byDate(results, 'pagefind/lessons/', sort);
	if (!isCurrent()) return null;
	const first = await Promise.all(results.slice(0, Math.min(firstBatch, limit)).map((result) => result.data()));
	if (!isCurrent()) return null;
	if (first.length > 0 && results.length > first.length) onFirst?.({ total: results.length, results: first, complete: false });
	const rest = await Promise.all(results.slice(first.length, limit).map((result) => result.data()));
	return { total: results.length, results: [...first, ...rest], complete: true };
}

/**
 * Runs `task` so that at most one runs at a time and only the latest request waits: while a
 * search is in flight, keystrokes do not queue searches behind it, they replace each other.
 * On a large index a search takes a while; a queue of stale ones is what makes typing lag.
 */
export function latestOnly(task: () => Promise<void>): () => Promise<void> {
	let running: Promise<void> | undefined;
	let again = false;
	const run = (): Promise<void> => {
		if (running) {
			again = true;
			return running;
		}
		running = task().finally(() => {
			running = undefined;
			if (again) {
				again = false;
				void run();
			}
		});
		return running;
	};
	return run;
}

/** Starts loading the index chunks for a term while the previous search still runs. */
export function preloadTerm(term: string): void {
	if (term.trim().length >= 2) void loadPagefind().then((pagefind) => pagefind.preload(term.trim()));
}

/** Pagefind's excerpt as DOM: text, with only its `<mark>` elements kept. */
export function excerptToNodes(excerpt: string): Node[] {
	const nodes: Node[] = [];
	const decoder = document.createElement('textarea');
	for (const [index, part] of excerpt.split(/<\/?mark>/).entries()) {
		decoder.innerHTML = part.replace(/</g, '&lt;');
		const text = document.createTextNode(decoder.value);
		if (index % 2 === 1) {
			const mark = document.createElement('mark');
			mark.append(text);
			nodes.push(mark);
		} else nodes.push(text);
	}
	return nodes;
}

const kindLabels: Record<string, string> = {
	talk: 'Talk',
	project: 'Project',
	pattern: 'Incident pattern',
	lesson: 'Lesson',
	conference: 'Conference',
	recap: 'Recap',
};

/**
 * Replaces shown results. Results arrive twice (the first few, then all), so a person who
 * already moved to a result with the arrow keys keeps it: the same link, else the same place.
 */
export function replaceResults(container: HTMLElement, ...nodes: Node[]): void {
	const links = () => [...container.querySelectorAll<HTMLAnchorElement>('a')];
	const focused = document.activeElement;
	const index = focused instanceof HTMLAnchorElement ? links().indexOf(focused) : -1;
	const href = focused instanceof HTMLAnchorElement ? focused.getAttribute('href') : null;
	container.replaceChildren(...nodes);
	if (index < 0) return;
	const next = links();
	(next.find((link) => link.getAttribute('href') === href) ?? next[Math.min(index, next.length - 1)])?.focus();
}

/** One result: title link, kind and conference, excerpt, and links to matching headings. */
export function renderResult(result: ResultData, subResults = 3, headingLevel: 2 | 3 = 2): HTMLLIElement {
	const item = document.createElement('li');
	item.className = 'result';
	const title = document.createElement('a');
	title.href = result.url;
	title.className = 'result-title';
	title.textContent = result.meta.title ?? result.url;
	const heading = document.createElement(`h${headingLevel}`);
	heading.append(title);
	const meta = document.createElement('p');
	meta.className = 'result-meta muted';
	meta.textContent = [kindLabels[result.meta.kind ?? ''] ?? 'Page', result.meta.conference, result.meta.talk && `in ${result.meta.talk}`]
		.filter(Boolean)
		.join(' · ');
	const excerpt = document.createElement('p');
	excerpt.className = 'result-excerpt';
	excerpt.append(...excerptToNodes(result.excerpt));
	item.append(heading, meta, excerpt);
	const subs = result.sub_results.filter((sub) => sub.url !== result.url && sub.anchor).slice(0, subResults);
	if (subs.length > 0) {
		const list = document.createElement('ul');
		list.className = 'sub-results';
		for (const sub of subs) {
			const li = document.createElement('li');
			const link = document.createElement('a');
			link.href = sub.url;
			link.textContent = sub.title;
			const text = document.createElement('span');
			text.className = 'muted';
			text.append(' — ', ...excerptToNodes(sub.excerpt));
			li.append(link, text);
			list.append(li);
		}
		item.append(list);
	}
	return item;
}
