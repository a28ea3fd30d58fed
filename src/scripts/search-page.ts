/**
 * /search/: the query and filters live in the URL (`?q=coredns&conference=kubecon-na-2019`),
 * so a wiki can link a saved search and the back button restores it.
 */
import { latestOnly, loadPagefind, preloadTerm, renderResult, replaceResults, runSearch, type SearchOptions, type SearchResults } from './search-client.ts';

const filterNames = ['kind', 'conference', 'year', 'project', 'pattern', 'company'] as const;
/** Results shown at first and added by "Show more": each costs a fragment download. */
const pageSize = 10;
/** Shorter queries match too much to be useful and are slow on a large site. */
const minimumLength = 2;

export function setupSearchPage(): void {
	const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
	const input = form.querySelector<HTMLInputElement>('input[name=q]')!;
	const status = document.querySelector<HTMLElement>('#search-status')!;
	const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
	const more = document.querySelector<HTMLButtonElement>('[data-search-more]')!;
	let latest = 0;
	let shown = pageSize;

	const panel = form.querySelector<HTMLDetailsElement>('[data-filter-panel]')!;
	const readUrl = () => {
		const params = new URLSearchParams(location.search);
		input.value = params.get('q') ?? '';
		// Filters fold away on narrow screens unless a saved search uses them.
		if ([...filterNames, 'sort'].some((name) => params.has(name)) || matchMedia('(min-width: 48rem)').matches) panel.open = true;
		for (const name of [...filterNames, 'sort']) {
			const select = form.elements.namedItem(name) as HTMLSelectElement | null;
			if (select) select.value = params.get(name) ?? '';
		}
	};

	const state = (): { term: string; options: SearchOptions; params: URLSearchParams } => {
		const params = new URLSearchParams();
		const term = input.value.trim();
		if (term) params.set('q', term);
		const filters: Record<string, string> = {};
		for (const name of filterNames) {
			const value = (form.elements.namedItem(name) as HTMLSelectElement).value;
			if (value) {
				filters[name] = value;
				params.set(name, value);
			}
		}
		const sort = (form.elements.namedItem('sort') as HTMLSelectElement).value;
		if (sort) params.set('sort', sort);
		const options: SearchOptions = { filters };
		if (sort) options.sort = { date: sort === 'oldest' ? 'asc' : 'desc' };
		return { term, options, params };
	};

	const search = async (push: boolean) => {
		const ticket = ++latest;
		const { term, options, params } = state();
		const query = params.toString();
		const url = `${location.pathname}${query ? `?${query}` : ''}`;
		if (url !== `${location.pathname}${location.search}`) history[push ? 'pushState' : 'replaceState'](null, '', url);
		if (term.length < minimumLength && Object.keys(options.filters ?? {}).length === 0) {
			list.replaceChildren();
			more.hidden = true;
			status.textContent = term
				? 'Type at least two letters.'
				: 'Type to search talks, lessons, incident patterns, projects and recaps.';
			return;
		}
		const show = (found: SearchResults) => {
			if (ticket !== latest) return;
			list.dataset.query = term;
			replaceResults(list, ...found.results.map((result) => renderResult(result)));
		};
		const found = await runSearch(term, options, shown, show, () => ticket === latest);
		if (!found || ticket !== latest) return;
		show(found);
		more.hidden = found.total <= found.results.length;
		const what = term ? ` for “${term}”` : '';
		status.textContent =
			found.total === 0
				? `No results${what}. Try fewer words or remove a filter.`
				: `${found.total} ${found.total === 1 ? 'result' : 'results'}${what}${found.total > found.results.length ? `, showing the first ${found.results.length}` : ''}.`;
	};

	more.addEventListener('click', () => {
		const next = list.children.length;
		shown += pageSize;
		void search(false).then(() => list.querySelectorAll<HTMLAnchorElement>('a.result-title')[next]?.focus());
	});
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		void search(true);
	});
	input.addEventListener('focus', () => void loadPagefind(), { once: true });
	const typed = latestOnly(() => search(false));
	input.addEventListener('input', () => {
		shown = pageSize;
		preloadTerm(input.value);
		void typed();
	});
	form.addEventListener('change', (event) => {
		if (event.target instanceof HTMLSelectElement) void search(true);
	});
	input.addEventListener('keydown', (event) => {
		if (event.key === 'ArrowDown') {
			list.querySelector<HTMLAnchorElement>('a')?.focus();
			event.preventDefault();
		}
	});
	list.addEventListener('keydown', (event) => {
		if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
		const links = [...list.querySelectorAll<HTMLAnchorElement>('a.result-title')];
		const index = links.indexOf(document.activeElement as HTMLAnchorElement);
		const next = links[index + (event.key === 'ArrowDown' ? 1 : -1)];
		if (next) next.focus();
		else if (event.key === 'ArrowUp') input.focus();
		event.preventDefault();
	});
	window.addEventListener('popstate', () => {
		readUrl();
		void search(false);
	});
	readUrl();
	// Arriving at the search page means searching: keyboard users start in the box.
	input.focus();
	void search(false);
}
