/**
 * Two small tables beside the Pagefind index, read by the search client instead of a Pagefind
 * filter and sort: which results are not talks (a few hundred pages: patterns, projects,
 * conferences, recaps; every other page is a talk), and each dated page's date. With them one
 * Pagefind search ranks talks first and narrows by kind, and sorting by date costs one fetch
 * when a person asks for it. Both are built from the fragments Pagefind wrote, so they use its
 * result ids.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

/** What a fragment says about its page. */
export interface FragmentFacts {
	id: string;
	kind: string | undefined;
	date: string | undefined;
}

export interface SearchTables {
	/** Result ids by kind, for every kind but talks. */
	kinds: Record<string, string[]>;
	/** Result ids by day (`2019-11-18`), for every dated page. */
	dates: Record<string, string[]>;
}

/** Groups pages by kind (talks left out) and by date. */
export function buildTables(facts: readonly FragmentFacts[]): SearchTables {
	const kinds: Record<string, string[]> = {};
	const dates: Record<string, string[]> = {};
	for (const { id, kind, date } of [...facts].sort((a, b) => a.id.localeCompare(b.id))) {
		if (kind && kind !== 'talk') (kinds[kind] ??= []).push(id);
		if (date) (dates[date] ??= []).push(id);
	}
	return { kinds, dates };
}

/** Reads the facts of every fragment file Pagefind wrote to `bundle`. */
export async function readFragments(bundle: string): Promise<FragmentFacts[]> {
	const folder = path.join(bundle, 'fragment');
	const names = (await readdir(folder)).filter((name) => name.endsWith('.pf_fragment'));
	return Promise.all(
		names.map(async (name) => {
			// A fragment is gzip of "pagefind_dcd" followed by the page's JSON.
			const text = gunzipSync(await readFile(path.join(folder, name))).toString('utf8');
			const fragment = JSON.parse(text.slice(text.indexOf('{'))) as { meta?: Record<string, string> };
			return { id: name.replace(/\.pf_fragment$/, ''), kind: fragment.meta?.kind, date: fragment.meta?.date };
		}),
	);
}

/**
 * Writes `site-kinds.<index>.json` and `site-dates.<index>.json` into the Pagefind bundle,
 * named after the index they describe (`en_df6412c098` from pagefind-entry.json), so a browser
 * can cache them for good and never pairs one build's index with another's tables. The kinds
 * table is left out for a bundle of one kind (lessons).
 */
export async function writeSearchTables(bundle: string, which: readonly ('kinds' | 'dates')[] = ['kinds', 'dates']): Promise<SearchTables> {
	const entry = JSON.parse(await readFile(path.join(bundle, 'pagefind-entry.json'), 'utf8')) as {
		languages: Record<string, { hash: string }>;
	};
	const tables = buildTables(await readFragments(bundle));
	for (const { hash } of Object.values(entry.languages)) {
		if (which.includes('kinds')) await writeFile(path.join(bundle, `site-kinds.${hash}.json`), JSON.stringify(tables.kinds));
		if (which.includes('dates')) await writeFile(path.join(bundle, `site-dates.${hash}.json`), JSON.stringify(tables.dates));
	}
	return tables;
}
