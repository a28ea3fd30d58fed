/**
 * The small entry point on every page: copy-link buttons, and search: `/` and Ctrl/Cmd+K focus the header search
 * box; focusing it loads Pagefind; typing shows the first results under it. Arriving from
 * a result (`?highlight=`) highlights the matched words. Everything else loads on demand.
 */
import { setupCopyLinks } from './copy-links.ts';

setupCopyLinks();

const input = document.querySelector<HTMLInputElement>('#site-search');
const panel = document.querySelector<HTMLElement>('#site-search-results');

function isTyping(target: EventTarget | null): boolean {
	return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

document.addEventListener('keydown', (event) => {
	const shortcut = (event.key === 'k' && (event.metaKey || event.ctrlKey)) || (event.key === '/' && !isTyping(event.target));
	if (!shortcut) return;
	const target = document.querySelector<HTMLInputElement>('[data-search-primary]') ?? input;
	if (!target) return;
	event.preventDefault();
	target.focus();
	target.select();
});

if (input && panel && !document.querySelector('[data-search-primary]')) {
	let client: Promise<typeof import('./search-client.ts')> | undefined;
	const load = () => {
		client ??= import('./search-client.ts').then(async (module) => {
			await module.loadPagefind();
			return module;
		});
		return client;
	};
	input.addEventListener('focus', () => void load(), { once: true });
	let latest = 0;
	const update = async () => {
		const ticket = ++latest;
		const term = input.value.trim();
		if (term.length < 2) {
			panel.hidden = true;
			panel.replaceChildren();
			return;
		}
		const module = await load();
		const show = (found: { total: number; results: Parameters<typeof module.renderResult>[0][] }) => {
			if (ticket !== latest) return;
			const list = document.createElement('ol');
			list.className = 'results';
			list.append(...found.results.map((result) => module.renderResult(result, 1)));
			const more = document.createElement('a');
			more.href = `${input.form?.action ?? '/search/'}?q=${encodeURIComponent(term)}`;
			more.textContent = found.total === 0 ? `No results for “${term}”` : `See all ${found.total} results`;
			module.replaceResults(panel, list, more);
			panel.hidden = false;
		};
		const found = await module.runSearch(term, {}, 5, show, () => ticket === latest);
		if (found) show(found);
	};
	let typed: (() => Promise<void>) | undefined;
	input.addEventListener('input', async () => {
		const module = await load();
		module.preloadTerm(input.value);
		typed ??= module.latestOnly(update);
		void typed();
	});
	input.addEventListener('keydown', (event) => {
		if (event.key === 'ArrowDown') {
			panel.querySelector<HTMLAnchorElement>('a')?.focus();
			event.preventDefault();
		}
		if (event.key === 'Escape') panel.hidden = true;
	});
	panel.addEventListener('keydown', (event) => {
		if (event.key === 'Escape') {
			panel.hidden = true;
			input.focus();
		}
	});
	document.addEventListener('click', (event) => {
		if (!panel.contains(event.target as Node) && event.target !== input) panel.hidden = true;
	});
}

if (new URLSearchParams(location.search).has('highlight')) {
	const base = document.documentElement.dataset.base ?? '/';
	void import(/* @vite-ignore */ `${base}pagefind/pagefind-highlight.js`).then(
		(module: { default: new (options: object) => unknown }) => {
			// Its own <style> would break the CSP; the site's CSS already styles <mark>.
			new module.default({ highlightParam: 'highlight', markContext: '#main', addStyles: false });
		},
	);
}
