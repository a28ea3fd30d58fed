/**
 * match stage: finds the talks a recap shares with itself and with entries that already
 * exist, so the same talk seen by several attendees becomes one entry crediting each
 * ("Kubernetes at Reddit: Tales from Production" in recaps 000 and 003).
 */
import { titleTokens } from './text.ts';
import type { TaggedTalk } from './types.ts';

/**
 * True when two titles name the same talk: every significant word of the shorter title is
 * in the longer one ("Gotchas of Zero-Downtime Traffic" and "The Gotchas of Zero-Downtime
 * Traffic w/ Kubernetes"), with at least three such words, or the titles are equal.
 */
export function isSameTitle(a: string, b: string): boolean {
	const left = titleTokens(a);
	const right = titleTokens(b);
	if (left.join(' ') === right.join(' ')) return left.length > 0;
	const [shorter, longer] = left.length <= right.length ? [left, right] : [right, left];
	if (shorter.length < 3) return false;
	const pool = new Set(longer);
	return shorter.every((token) => pool.has(token));
}

/**
 * Within one recap: takes fuller titles and companies from its index lists ("My favorite
 * sessions"), and turns listed talks without notes into `attended` drafts.
 */
export function resolveListedTalks(talks: TaggedTalk[], listed: { title: string; line: number }[]): TaggedTalk[] {
	const result = talks.map((talk) => ({ ...talk }));
	for (const item of listed) {
		const company = /\s\(([^()]+)\)$/.exec(item.title);
		const title = company ? item.title.slice(0, company.index).trim() : item.title;
		const talk = result.find((candidate) => candidate.title && isSameTitle(candidate.title, title));
		if (talk) {
			if (!talk.titleIsDescriptive && title.length > (talk.title ?? '').length) talk.title = title;
			if (company && talk.companies.length === 0) talk.companies = [company[1]!];
			continue;
		}
		result.push({
			kind: 'talk',
			title,
			titleIsDescriptive: false,
			speakers: [],
			companies: company ? [company[1]!] : [],
			line: item.line,
			blocks: [],
			listedTitles: [],
			warnings: [],
			attended: true,
			projects: [],
			patterns: [],
			lessons: [],
			tags: [],
		});
	}
	return result;
}

/** What the match stage needs of an existing entry. */
export interface ExistingTalkRef {
	path: string;
	conference: string;
	title: string;
	sources: { recap: string; line: number; title?: string | undefined }[];
}

/**
 * Finds the entry a draft belongs to without scanning every talk: lookups by recap and
 * title as written, by recap and line, and an inverted index of title words.
 */
export class TalkIndex<T extends ExistingTalkRef> {
	readonly #byOwnTitle = new Map<string, T>();
	readonly #byOwnLine = new Map<string, T>();
	readonly #byWord = new Map<string, Set<T>>();
	readonly #paths = new Set<string>();

	constructor(talks: readonly T[] = []) {
		for (const talk of talks) this.add(talk);
	}

	/** Indexes a talk under its current title and sources; call again after they change. */
	add(talk: T): void {
		this.#paths.add(talk.path);
		for (const source of talk.sources) {
			if (source.title !== undefined) this.#byOwnTitle.set(`${talk.conference}\0${source.recap}\0${source.title}`, talk);
			this.#byOwnLine.set(`${talk.conference}\0${source.recap}\0${source.line}`, talk);
		}
		for (const title of [talk.title, ...talk.sources.map((source) => source.title ?? '')]) {
			for (const word of titleTokens(title)) {
				const key = `${talk.conference}\0${word}`;
				const set = this.#byWord.get(key) ?? new Set<T>();
				set.add(talk);
				this.#byWord.set(key, set);
			}
		}
	}

	hasPath(path: string): boolean {
		return this.#paths.has(path);
	}

	/**
	 * The existing entry a draft belongs to: first one this recap wrote before (same recap and
	 * the same title as written, or the same line), then one with the same title at the same
	 * conference, under any title a recap gave it.
	 */
	find(draft: Pick<TaggedTalk, 'title' | 'line'> & { sourceTitle: string }, recap: string, conference: string): T | undefined {
		const own = this.#byOwnTitle.get(`${conference}\0${recap}\0${draft.sourceTitle}`);
		if (own && own.sources.some((source) => source.recap === recap)) return own;
		const sameLine = this.#byOwnLine.get(`${conference}\0${recap}\0${draft.line}`);
		if (sameLine && sameLine.sources.some((source) => source.recap === recap && source.line === draft.line)) return sameLine;
		// A match shares at least three of the draft's words (or all of them), so it holds one
		// of its rarest n - 2 words: looking only there keeps common words from making this
		// quadratic on large recaps.
		const sets = [...new Set(titleTokens(draft.title ?? ''))]
			.map((word) => this.#byWord.get(`${conference}\0${word}`) ?? new Set<T>())
			.sort((a, b) => a.size - b.size);
		const candidates = new Set<T>();
		for (const set of sets.slice(0, Math.max(1, sets.length - 2))) for (const talk of set) candidates.add(talk);
		for (const talk of candidates) {
			if (talk.sources.some((source) => source.recap === recap)) continue;
			const titles = [talk.title, ...talk.sources.map((source) => source.title ?? '')];
			if (titles.some((title) => title && isSameTitle(title, draft.title ?? ''))) return talk;
		}
		return undefined;
	}
}

/** One-off lookup over a list of talks; see `TalkIndex` for repeated lookups. */
export function findExistingTalk<T extends ExistingTalkRef>(
	draft: Pick<TaggedTalk, 'title' | 'line'> & { sourceTitle: string },
	recap: string,
	conference: string,
	existing: readonly T[],
): T | undefined {
	return new TalkIndex(existing).find(draft, recap, conference);
}
