/**
 * emit stage: a tagged talk to MDX text. The importer owns one `<Notes recap="...">` block
 * per recap in the body and the `sources` entry for that recap; everything else a person
 * wrote (title, speakers, summary, extra sections) is kept on re-import, and lists such as
 * projects and lessons only ever grow.
 */
import type { Heading, Nodes, PhrasingContent, Root, RootContent } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';
import { SKIP, visit } from 'unist-util-visit';
import { stringify } from 'yaml';
import type { Talk } from '../schema.ts';
import type { TaggedTalk } from './types.ts';

/** Front matter keys in the order they are written. */
const keyOrder = [
	'title', 'titleIsDescriptive', 'slug', 'aliases', 'conference', 'date', 'speakers', 'companies',
	'projects', 'patterns', 'lessons', 'tags', 'summary', 'video', 'slides', 'sources',
] as const;

/** Talk front matter as written: `Talk` with dates as `YYYY-MM-DD` strings. */
export type TalkFrontMatter = Omit<Talk, 'date'> & { date?: string | Date };

/** Safe link schemes; anything else (`javascript:`, `data:`, `#`) becomes plain text. */
const safeUrl = /^(?:https?:\/\/|mailto:)/i;

/**
 * Makes notes safe to embed: raw HTML becomes visible text, unsafe or empty links become
 * their text, images become links (the site never loads another origin's files).
 */
export function sanitizeBlocks(blocks: readonly RootContent[]): RootContent[] {
	// Blocks are plain data; a JSON copy is several times faster than structuredClone here.
	const root = JSON.parse(JSON.stringify({ type: 'root', children: blocks })) as Root;
	visit(root, (node, index, parent) => {
		if (!parent || index === undefined) return;
		if (node.type === 'html') {
			const text = { type: 'text', value: node.value } as const;
			parent.children[index] = (parent.type === 'root' ? { type: 'paragraph', children: [text] } : text) as never;
			return SKIP;
		}
		if (node.type === 'link' && !safeUrl.test(node.url.trim())) {
			parent.children.splice(index, 1, ...(node.children as never[]));
			return index;
		}
		if (node.type === 'image') {
			const label: PhrasingContent = { type: 'text', value: node.alt || node.url };
			parent.children[index] = (
				safeUrl.test(node.url) ? { type: 'link', url: node.url, children: [label] } : label
			) as never;
			return SKIP;
		}
		if (node.type === 'definition' && !safeUrl.test(node.url.trim())) {
			node.url = '';
		}
		return undefined;
	});
	return root.children;
}

/** Notes headings start at level 3: level 2 is the "Notes from ..." heading of each recap. */
function demoteHeadings(blocks: RootContent[]): void {
	const headings: Heading[] = [];
	visit({ type: 'root', children: blocks } as Root, 'heading', (heading: Heading) => {
		headings.push(heading);
	});
	const shift = Math.max(0, 3 - Math.min(6, ...headings.map((heading) => heading.depth)));
	for (const heading of headings) heading.depth = Math.min(6, heading.depth + shift) as Heading['depth'];
}

/**
 * Notes as MDX that shows exactly what the author wrote: `{`, `<`, and lines starting with
 * `import`/`export` are escaped, so nothing in a recap is ever run as code.
 */
export function blocksToMdx(blocks: readonly RootContent[]): string {
	const safe = sanitizeBlocks(blocks);
	demoteHeadings(safe);
	return toMarkdown({ type: 'root', children: safe } as Nodes, {
		bullet: '-',
		emphasis: '_',
		rule: '-',
		fences: true,
		listItemIndent: 'one',
		extensions: [
			gfmToMarkdown(),
			mdxToMarkdown(),
			{
				unsafe: [
					{ character: 'i', atBreak: true, after: 'mport\\b' },
					{ character: 'e', atBreak: true, after: 'xport\\b' },
				],
			},
		],
	}).trim();
}

/** The importer-owned block of one recap's notes. */
export function notesBlock(recap: string, talk: Pick<TaggedTalk, 'blocks' | 'attended'>): string {
	if (talk.attended || talk.blocks.length === 0) return `<Notes recap="${recap}" attended />`;
	return `<Notes recap="${recap}">\n\n${blocksToMdx(talk.blocks)}\n\n</Notes>`;
}

const notesPattern = (recap: string) =>
	new RegExp(`^<Notes recap="${recap}"(?: attended)? ?/>$|^<Notes recap="${recap}">$[\\s\\S]*?^</Notes>$`, 'm');

/** Replaces this recap's notes block in a body, or appends it. */
export function mergeBody(body: string, recap: string, block: string): string {
	const pattern = notesPattern(recap);
	const trimmed = body.trim();
	if (pattern.test(trimmed)) return `${trimmed.replace(pattern, () => block)}\n`;
	return `${trimmed ? `${trimmed}\n\n` : ''}${block}\n`;
}

/** Front matter in a fixed key order, empty optional lists left out. */
export function frontMatterToYaml(data: TalkFrontMatter): string {
	const ordered: Record<string, unknown> = {};
	for (const key of keyOrder) {
		const value = data[key as keyof TalkFrontMatter];
		if (value === undefined || value === false) continue;
		if (Array.isArray(value) && value.length === 0 && key !== 'sources') continue;
		ordered[key] = value instanceof Date ? value.toISOString().slice(0, 10) : value;
	}
	return stringify(ordered, { lineWidth: 0 }).trimEnd();
}

/** The whole entry. */
export function entryToMdx(data: TalkFrontMatter, body: string): string {
	return `---\n${frontMatterToYaml(data)}\n---\n\n${body.trim()}\n`;
}

function union(existing: readonly string[], added: readonly string[]): string[] {
	const seen = new Set(existing.map((value) => value.toLowerCase()));
	return [...existing, ...added.filter((value) => !seen.has(value.toLowerCase()) && seen.add(value.toLowerCase()))];
}

/**
 * Front matter for a talk, merged into an existing entry when there is one.
 * @param existing The entry's current front matter; person-owned fields are kept as they are.
 */
export function mergeFrontMatter(
	talk: TaggedTalk,
	context: { recap: string; conference: string; slug: string; sourceTitle: string },
	existing?: TalkFrontMatter,
): TalkFrontMatter {
	const source = {
		recap: context.recap,
		line: talk.line,
		...(talk.attended ? { kind: 'attended' as const } : {}),
		title: context.sourceTitle,
	};
	const lessons = talk.lessons.map((lesson) => ({ ...lesson, recap: context.recap }));
	if (!existing) {
		return {
			title: talk.title!,
			titleIsDescriptive: talk.titleIsDescriptive,
			slug: context.slug,
			aliases: [],
			conference: context.conference,
			speakers: talk.speakers,
			companies: talk.companies,
			projects: talk.projects,
			patterns: talk.patterns,
			lessons,
			tags: talk.tags,
			sources: [source as Talk['sources'][number]],
		};
	}
	const known = new Set(existing.lessons.map((lesson) => lesson.id));
	// A title nobody edited since this recap wrote it follows the recap (a new split hint title).
	const own = existing.sources.find((entry) => entry.recap === context.recap);
	const retitle = own?.title === existing.title && talk.title !== undefined && talk.title !== existing.title;
	const sources = existing.sources.some((entry) => entry.recap === context.recap)
		? existing.sources.map((entry) => (entry.recap === context.recap ? source : entry))
		: [...existing.sources, source];
	return {
		...existing,
		...(retitle ? { title: talk.title!, titleIsDescriptive: talk.titleIsDescriptive } : {}),
		speakers: union(existing.speakers, talk.speakers),
		companies: union(existing.companies, talk.companies),
		projects: union(existing.projects, talk.projects),
		patterns: union(existing.patterns, talk.patterns),
		lessons: [...existing.lessons, ...lessons.filter((lesson) => !known.has(lesson.id))],
		tags: union(existing.tags, talk.tags),
		sources: sources as Talk['sources'],
	};
}
