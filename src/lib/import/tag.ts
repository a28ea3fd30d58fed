/**
 * tag stage: finds the CNCF projects and incident patterns a talk's notes mention, and the
 * lessons they state. Project names match on word boundaries, case-insensitively unless the
 * project says otherwise ("OPA", "NATS"), and never by a name that is an ordinary word
 * ("kind" the tool matches "KIND" or its repository, not "this kind of test").
 */
import type { ListItem, Nodes, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Project } from '../schema.ts';
import { blockText, titleToSlug } from './text.ts';
import type { TaggedTalk, TalkDraft } from './types.ts';

/** Matchers built once per import from the projects and patterns collections. */
export interface Vocabulary {
	projects: { id: string; matchers: Matcher[] }[];
	patterns: { id: string; matchers: Matcher[] }[];
}

/** A term's regular expression, and a lower-case word it cannot match without. */
interface Matcher {
	needle: string;
	pattern: RegExp;
}

function escape(term: string): string {
	return term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '[\\s-]+');
}

/**
 * A matcher for one term on word boundaries; `-` and `_` count as part of a word before it.
 * The needle lets most texts be ruled out by a plain substring test before the regex runs.
 */
function termMatcher(term: string, caseSensitive: boolean, plural = false): Matcher {
	return {
		needle: term.toLowerCase().split(/\s+/)[0]!,
		pattern: new RegExp(`(?<![\\p{L}\\d_-])${escape(term)}${plural ? 's?' : ''}(?![\\p{L}\\d_])`, caseSensitive ? 'u' : 'iu'),
	};
}

/**
 * Builds the matchers.
 * @param projects Entries of the projects collection, as `{ id, data }`.
 * @param patterns Pattern ids with the keywords that identify them in notes.
 */
export function buildVocabulary(
	projects: readonly { id: string; data: Pick<Project, 'name' | 'aliases' | 'caseSensitive' | 'matchName'> }[],
	patterns: readonly { id: string; keywords: readonly string[] }[],
): Vocabulary {
	return {
		projects: projects.map(({ id, data }) => ({
			id,
			matchers: [...(data.matchName ? [data.name] : []), ...data.aliases].map((term) =>
				termMatcher(term, data.caseSensitive),
			),
		})),
		patterns: patterns.map(({ id, keywords }) => ({
			id,
			matchers: keywords.map((keyword) => termMatcher(keyword, false, true)),
		})),
	};
}

/**
 * The texts a tagger reads: title, notes and link targets. Patterns skip code blocks: a
 * `maxSurge: 10%` example in a config snippet is not a failure story.
 */
function searchableTexts(draft: TalkDraft): { all: string; prose: string } {
	const urls: string[] = [];
	const root = { type: 'root', children: draft.blocks } as Root;
	visit(root, 'link', (link) => {
		urls.push(link.url);
	});
	const code = draft.blocks.filter((block) => block.type === 'code');
	const prose = [draft.title ?? '', blockText(draft.blocks.filter((block) => block.type !== 'code')), ...urls].join('\n');
	return { all: code.length > 0 ? `${prose}\n${blockText(code)}` : prose, prose };
}

/** Adds projects, patterns, lessons and tags to a talk draft. */
export function tagTalk(draft: TalkDraft, vocabulary: Vocabulary): TaggedTalk {
	const texts = searchableTexts(draft);
	const hits = (entries: Vocabulary['projects'], text: string) => {
		const lower = text.toLowerCase();
		return entries
			.filter(({ matchers }) => matchers.some(({ needle, pattern }) => lower.includes(needle) && pattern.test(text)))
			.map(({ id }) => id);
	};
	const tags = [
		...(/\bkeynotes?\b/i.test(draft.title ?? '') ? ['keynote'] : []),
		...(/\bworkshop\b/i.test(draft.title ?? '') ? ['workshop'] : []),
	];
	return {
		...draft,
		projects: hits(vocabulary.projects, texts.all),
		patterns: hits(vocabulary.patterns, texts.prose),
		lessons: extractLessons(draft.blocks),
		tags,
	};
}

/** Phrases that introduce a lesson, and how to read the lesson from the rest of the line. */
const lessonForms: { pattern: RegExp; group: number }[] = [
	{ pattern: /^lessons?(?: learn[te]d)?\s*[:–-]\s*(.+)$/i, group: 1 },
	{ pattern: /^learning that\s+(.+)$/i, group: 1 },
	{ pattern: /^(?:-->|->|→|=>)\s*(.+)$/, group: 1 },
	{ pattern: /^in summary\s*[:,]?\s*(.+)$/i, group: 1 },
	{
		pattern:
			/^((?:don['’]t|do not|never|always|avoid|be careful|careful with|be intentional|make sure|prefer)\b.+)$/i,
		group: 1,
	},
];
/** Headings and lines after which every item is a lesson. */
const lessonList = /^(?:key\s+)?(?:take-?aways?|lessons?(?: learn[te]d)?)\s*:?$/i;

/**
 * Lessons stated in the notes: "Lesson: ...", "learning that ...", "Don't ...",
 * "Be careful with ...", "--> conclusions", and the items under "Key takeaways".
 */
export function extractLessons(blocks: readonly RootContent[]): { id: string; text: string }[] {
	const found: string[] = [];
	const root = { type: 'root', children: [...blocks] } as Root;
	visit(root, (node: Nodes, index, parent) => {
		if (node.type === 'listItem') {
			const own = ownText(node as ListItem);
			if (lessonList.test(own)) {
				const nested = node.children.find((child) => child.type === 'list');
				if (nested && nested.type === 'list') found.push(...nested.children.map(ownText));
				return;
			}
			const lesson = readLesson(own);
			if (lesson) found.push(lesson);
			return;
		}
		if ((node.type === 'paragraph' || node.type === 'heading') && parent?.type !== 'listItem') {
			const own = toString(node).trim();
			if (lessonList.test(own) && parent && index !== undefined) {
				const next = parent.children.slice(index + 1).find((sibling) => sibling.type === 'list');
				if (next && next.type === 'list') found.push(...next.children.map(ownText));
				return;
			}
			const lesson = node.type === 'paragraph' ? readLesson(own) : undefined;
			if (lesson) found.push(lesson);
		}
	});
	const lessons = new Map<string, string>();
	for (const raw of found) {
		const text = tidyLesson(raw);
		if (text.length < 8) continue;
		const id = titleToSlug(text, 60);
		if (!lessons.has(id)) lessons.set(id, text);
	}
	return [...lessons].map(([id, text]) => ({ id, text }));
}

function ownText(item: ListItem): string {
	const first = item.children[0];
	return first && first.type !== 'list' ? toString(first).trim() : '';
}

function readLesson(text: string): string | undefined {
	for (const { pattern, group } of lessonForms) {
		const match = pattern.exec(text);
		if (match?.[group]) return match[group];
	}
	return undefined;
}

/** First letter upper-case, list numbering and trailing colon gone, at most ~240 characters. */
function tidyLesson(text: string): string {
	let tidy = text.replace(/^\d+[.)]\s*/, '').replace(/\s+/g, ' ').replace(/[:;,]$/, '').trim();
	if (tidy.length > 240) tidy = `${tidy.slice(0, 237).replace(/\s+\S*$/, '')}…`;
	return tidy.charAt(0).toUpperCase() + tidy.slice(1);
}
