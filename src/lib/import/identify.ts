/**
 * identify stage: decides what each section is (a talk, a list of talks, or neither) and
 * reads the talk's title, speakers and companies from the forms attendees use:
 * "Title – Speaker, Company & Speaker, Company" (recap 004), "Title (Company)" (recap 000),
 * a "Company (talk link)" bullet (recap 003), "Name & Name, Company team" lines (recap 002).
 */
import type { List, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { blockText } from './text.ts';
import type { Section, TalkDraft } from './types.ts';

/** Titles of sections that list talks rather than take notes on one. */
const indexTitle = /\b(favou?rite (sessions|talks)|talks i (attended|saw|liked)|sessions i attended|other talks)\b/i;
/** Titles of sections that are about the recap or the event, not a talk. */
const skipTitle =
	/^(welcome\b.*|agenda|logistics|questions\??|q ?& ?a|thank you.*|thanks.*|conference summary|closing (notes|words|thoughts)|my raw notes|raw notes|tl;?dr|about (me|us|this recap)|table of contents|archives? de cat[ée]gorie.*|category archives?.*|kubecon( \d{4})?|cloudnativecon|kubecon \| cloudnativecon.*)$/i;
/** Less text than this is a divider or a page counter, not notes. */
const minimumNotes = 40;

const NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|van|von|der|da))*$/u;
const COMPANY = /^[\p{Lu}\d][\p{L}\d&.'’-]*(?:\s+[\p{Lu}\d&][\p{L}\d&.'’-]*)*/u;

/** Reads one section into a draft. */
export function identifyTalk(section: Section): TalkDraft {
	const draft: TalkDraft = {
		kind: 'talk',
		title: section.hint?.title ?? section.title,
		titleIsDescriptive: section.hint?.title !== undefined && section.hint.titleIsDescriptive,
		speakers: [],
		companies: [],
		line: section.line,
		blocks: section.blocks,
		listedTitles: [],
		warnings: [],
		attended: false,
	};
	const text = blockText(section.blocks);
	if (section.hint?.kind === 'skip') return { ...draft, kind: 'skip' };
	if (section.hint?.kind !== 'talk') {
		if (section.preface || (draft.title && indexTitle.test(draft.title))) {
			const listed = listedTitles(section.blocks);
			const kind = listed.length >= 2 || (draft.title && indexTitle.test(draft.title)) ? 'index' : 'skip';
			return { ...draft, kind, listedTitles: kind === 'index' ? listed : [] };
		}
		if (draft.title && skipTitle.test(draft.title.trim())) return { ...draft, kind: 'skip' };
		if (text.replace(/\s+/g, ' ').trim().length < minimumNotes) return { ...draft, kind: 'skip' };
	}
	if (draft.title && !draft.titleIsDescriptive) readTitle(draft);
	readTalkLinkLine(draft);
	readSpeakerLine(draft);
	if (!draft.title) {
		const who = draft.speakers.length > 0 ? draft.speakers.join(' & ') : draft.companies.join(', ');
		draft.title = who ? `Talk by ${who}` : `Untitled talk at line ${draft.line}`;
		draft.titleIsDescriptive = true;
		draft.warnings.push(`talk at line ${draft.line} has no title`);
	}
	draft.speakers = unique(draft.speakers);
	draft.companies = unique(draft.companies);
	return draft;
}

/** Top-level list items of a section that read like talk titles. */
function listedTitles(blocks: RootContent[]): { title: string; line: number }[] {
	return blocks
		.filter((block): block is List => block.type === 'list')
		.flatMap((list) => list.children)
		.map((item) => ({ title: toString(item.children[0] ?? item).trim(), line: item.position?.start.line ?? 0 }))
		.filter(({ title }) => title.length > 0 && title.length <= 140 && !/[.:]$/.test(title));
}

/** Splits "Title – Speakers", "Title (Company)" and "Title by Name" forms. */
function readTitle(draft: TalkDraft): void {
	let title = draft.title!.trim();
	const dash = title.search(/\s[–—]\s(?!.*\s[–—]\s)/);
	if (dash !== -1) {
		const people = parsePeople(title.slice(dash + 3));
		if (people) {
			title = title.slice(0, dash).trim();
			draft.speakers.push(...people.speakers);
			draft.companies.push(...people.companies);
		}
	}
	const company = /\s\(([^()]+)\)$/.exec(title);
	if (company && COMPANY.test(company[1]!) && !isAcronymOf(company[1]!, title.slice(0, company.index))) {
		draft.companies.push(...company[1]!.split(/\s*(?:,|&)\s*/));
		title = title.slice(0, company.index).trim();
	}
	const by = /\sby\s(\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+){1,2})$/u.exec(title);
	if (by && dash === -1) {
		draft.speakers.push(by[1]!);
		title = title.slice(0, by.index).trim();
	}
	draft.title = title;
}

function isAcronymOf(value: string, words: string): boolean {
	const initials = words
		.split(/\s+/)
		.filter((word) => /^\p{Lu}/u.test(word))
		.map((word) => word[0])
		.join('');
	return /^\p{Lu}{2,6}$/u.test(value) && initials.endsWith(value);
}

/** "Name, Company & Name, Company" or "Name & Name": undefined when any part is not a name. */
export function parsePeople(text: string): { speakers: string[]; companies: string[] } | undefined {
	const parts = text.split(/\s*&\s*|\s+and\s+/).map((part) => part.trim());
	const speakers: string[] = [];
	const companies: string[] = [];
	for (const part of parts) {
		const [name, ...rest] = part.split(/\s*,\s*/);
		if (!name || !NAME.test(name) || name.split(/\s+/).length > 4) return undefined;
		speakers.push(name);
		const company = rest.join(', ').trim();
		if (company) companies.push(company);
	}
	return speakers.length > 0 ? { speakers, companies } : undefined;
}

/** Recap 003 opens each talk with "- Company (talk link)". */
function readTalkLinkLine(draft: TalkDraft): void {
	const first = draft.blocks[0];
	const item = first?.type === 'list' ? first.children[0] : first;
	if (!item) return;
	const match = /^(.+?)\s*\(talk link\)$/i.exec(toString(item.type === 'listItem' ? item.children[0] ?? item : item).trim());
	if (match) draft.companies.push(...match[1]!.split(/\s*(?:,|&)\s*/).filter(Boolean));
}

/**
 * Recap 002 opens talks with "Laurent Bernaille & Robert Boll, Datadog infrastructure team",
 * "Danny & Alex - software engineers at Intuit" or "[David Xia](...) @ Spotify talked about".
 */
function readSpeakerLine(draft: TalkDraft): void {
	const first = draft.blocks.find((block) => block.type !== 'blockquote' && block.type !== 'thematicBreak');
	if (first?.type !== 'paragraph') return;
	const text = toString(first).split(/(?<=\.)\s/)[0]!.trim();
	if (text.length > 160) return;
	const match = /^(?<names>[^,@–:]+?)\s*(?:,|\s[-–]\s|\s@\s)\s*(?<rest>.+)$/u.exec(text);
	const people = match && parsePeople(match.groups!.names!);
	if (!match || !people || !people.speakers.every((name, _, all) => isPersonName(name, all.length))) return;
	const rest = match.groups!.rest!;
	const at = /(?:^|\s)(?:at|from|@)\s+(\p{Lu}[\p{L}\d&.'’-]*(?:\s+\p{Lu}[\p{L}\d&.'’-]*)*)/u.exec(` ${rest}`);
	const company = at?.[1] ?? (/\s@\s/.test(text) || /,/.test(text) ? COMPANY.exec(rest)?.[0] : undefined);
	draft.speakers.push(...people.speakers);
	if (company) draft.companies.push(company.replace(/\s+(?:team|Inc\.?)$/i, ''));
}

/** Words that start sentences, never names: "With Gitops, ...", "Unfortunately, ...". */
const notNames = new Set(
	'a also an and at but first for from here however in it its on so that the then there these this to unfortunately we what when with'.split(' '),
);

/** A lone first name passes only beside others ("Danny & Alex"); one person needs two words. */
function isPersonName(name: string, people: number): boolean {
	const words = name.split(/\s+/);
	if (words.some((word) => notNames.has(word.toLowerCase()))) return false;
	return people > 1 || words.length >= 2;
}

function unique(values: string[]): string[] {
	return [...new Set(values.map((value) => value.trim()).filter(Boolean))];
}
