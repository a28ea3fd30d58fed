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

async function open(folder: string): Promise<Pagefind> {
	const base = document.documentElement.dataset.base ?? '/';
	const pagefind = (await import(/* @vite-ignore */ `${base}${folder}pagefind.js`)) as Pagefind;
	await pagefind.options({ baseUrl: base, highlightParam: 'highlight', excerptLength: 24 });
	await pagefind.init();
	return pagefind;
}

/** Loads and initialises Pagefind once; call on focus so typing never waits for it. */
export function loadPagefind(): Promise<Pagefind> {
	loading ??= open('pagefind/').then(async (pagefind) => {
		// Loads the `kind` filter now (results group talks first), not the other filters.
		await pagefind.search(null, { filters: { kind: 'talk' } });
		return pagefind;
	});
	return loading;
}

/** The separate index of lessons, loaded only when someone narrows results to lessons. */
function loadLessons(): Promise<Pagefind> {
	loadingLessons ??= open('pagefind/lessons/');
	return loadingLessons;
}

/** Kinds in the order results show them: notes first, then what they link to. */
const kindOrder = ['talk', 'lesson', 'pattern', 'project', 'conference', 'recap'];
/** How many talks are shown before the rest of the results have loaded. */
const firstBatch = 4;

export interface SearchResults {
	total: number;
	results: ResultData[];
	/** False while only the first talks are in. */
	complete: boolean;
}

/**
 * Runs a search and loads the data of the first `limit` results. Unless sorted by date or
 * narrowed to one kind, talks come first, then lessons, patterns, projects, conferences
 * and recaps, each in Pagefind's order. The best talks are handed to `onFirst` as soon as
 * their few fragments arrive, so first results never wait for the whole page of results.
 */
export async function runSearch(
	term: string,
	options: SearchOptions,
	limit: number,
	onFirst?: (first: SearchResults) => void,
	isCurrent: () => boolean = () => true,
): Promise<SearchResults | null> {
	const filters = options.filters ?? {};
	const pagefind = await (filters.kind === 'lesson' ? loadLessons() : loadPagefind());
	const query = term.trim() || (Object.keys(filters).length > 0 ? null : '');
	const grouped = !options.sort && !filters.kind;
	const [all, talks] = await Promise.all([
		pagefind.search(query, options),
		grouped ? pagefind.search(query, { ...options, filters: { ...filters, kind: 'talk' } }) : Promise.resolve(null),
	]);
	// A newer keystroke has started another search: fetch no fragments for this one.
	if (!all || !isCurrent()) return null;
	if (!grouped || !talks) {
		const results = await Promise.all(all.results.slice(0, limit).map((result) => result.data()));
		return { total: all.results.length, results, complete: true };
	}
	const talkIds = new Set(talks.results.map((result) => result.id));
	const firstTalks = await Promise.all(talks.results.slice(0, Math.min(firstBatch, limit)).map((result) => result.data()));
	if (!isCurrent()) return null;
	if (firstTalks.length > 0) onFirst?.({ total: all.results.length, results: firstTalks, complete: false });
	const moreTalks = await Promise.all(talks.results.slice(firstTalks.length, limit).map((result) => result.data()));
	const room = limit - firstTalks.length - moreTalks.length;
	const others = await Promise.all(
		all.results
			.filter((result) => !talkIds.has(result.id))
			.slice(0, Math.max(0, room))
			.map((result) => result.data()),
	);
	const rank = (result: ResultData) => {
		const index = kindOrder.indexOf(result.meta.kind ?? '');
		return index === -1 ? kindOrder.length : index;
	};
	const ordered = others.map((result, index) => ({ result, index })).sort((a, b) => rank(a.result) - rank(b.result) || a.index - b.index);
	return { total: all.results.length, results: [...firstTalks, ...moreTalks, ...ordered.map(({ result }) => result)], complete: true };
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
