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

/** Loads and initialises Pagefind once; call on focus so typing never waits for it. */
export function loadPagefind(): Promise<Pagefind> {
	loading ??= (async () => {
		const base = document.documentElement.dataset.base ?? '/';
		const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
		await pagefind.options({ baseUrl: base, highlightParam: 'highlight', excerptLength: 24 });
		await pagefind.init();
		return pagefind;
	})();
	return loading;
}

/** Kinds in the order results show them: notes first, then what they link to. */
const kindOrder = ['talk', 'lesson', 'pattern', 'project', 'conference', 'recap'];

/**
 * Runs a search and loads the data of the first `limit` results. Unless sorted by date,
 * the best-scoring results are shown talks first, then lessons, patterns, projects,
 * conferences and recaps, keeping Pagefind's order within each kind.
 */
export async function runSearch(
	term: string,
	options: SearchOptions,
	limit: number,
): Promise<{ total: number; results: ResultData[] } | null> {
	const pagefind = await loadPagefind();
	const hasFilters = Object.keys(options.filters ?? {}).length > 0;
	const search = await pagefind.search(term.trim() || (hasFilters ? null : ''), options);
	if (!search) return null;
	const pool = options.sort ? limit : Math.min(search.results.length, limit * 2);
	const loaded = await Promise.all(search.results.slice(0, pool).map((result) => result.data()));
	const rank = (result: ResultData) => {
		const index = kindOrder.indexOf(result.meta.kind ?? '');
		return index === -1 ? kindOrder.length : index;
	};
	const ordered = options.sort ? loaded : loaded.map((result, index) => ({ result, index })).sort((a, b) => rank(a.result) - rank(b.result) || a.index - b.index).map(({ result }) => result);
	return { total: search.results.length, results: ordered.slice(0, limit) };
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
