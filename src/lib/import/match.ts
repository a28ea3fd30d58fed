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
 * The existing entry a draft belongs to: first one this recap wrote before (same recap and
 * the same title as written, or the same line), then one with the same title at the same
 * conference, under any title a recap gave it.
 */
export function findExistingTalk<T extends ExistingTalkRef>(
	draft: Pick<TaggedTalk, 'title' | 'line'> & { sourceTitle: string },
	recap: string,
	conference: string,
	existing: readonly T[],
): T | undefined {
	const atConference = existing.filter((talk) => talk.conference === conference);
	const own = atConference.find((talk) =>
		talk.sources.some((source) => source.recap === recap && source.title === draft.sourceTitle),
	);
	if (own) return own;
	const sameLine = atConference.find((talk) =>
		talk.sources.some((source) => source.recap === recap && source.line === draft.line),
	);
	if (sameLine) return sameLine;
	return atConference.find(
		(talk) =>
			!talk.sources.some((source) => source.recap === recap) &&
			[talk.title, ...talk.sources.map((source) => source.title ?? '')].some(
				(title) => title && isSameTitle(title, draft.title ?? ''),
			),
	);
}
