/**
 * parse stage: normalised text to mdast blocks with positions. Markdown recaps go through
 * remark (with GFM and front matter); slide-deck, plain-text and archive-page exports go
 * through a line parser that recognises bare title lines, bullets and their nesting,
 * `-` alone on a line and `•` bullets, and parses each line's inline Markdown with remark.
 */
import type { Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { isMap, parseDocument } from 'yaml';
import { RecapError } from '../errors.ts';
import type { RecapFormat } from '../schema.ts';
import { isTitleCase, wordsOf } from './text.ts';
import type { ParsedRecap, RawRecap } from './types.ts';

const markdownParser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

/** Parses a recap into blocks; detects its format first. */
export function parseRecap(raw: RawRecap): ParsedRecap {
	const format = detectFormat(raw.text);
	const lineCount = raw.text.split('\n').length;
	if (format === 'markdown') {
		const tree = markdownParser.parse(raw.text) as Root;
		const [first, ...rest] = tree.children;
		const frontMatter = first?.type === 'yaml' ? readFrontMatter(raw.file, first.value) : {};
		const blocks = first?.type === 'yaml' ? rest : tree.children;
		return { file: raw.file, format, frontMatter, blocks, lineCount };
	}
	const blocks = parseLines(raw.text);
	if (!blocks.some((block) => block.type === 'heading' || block.type === 'list')) {
		throw new RecapError({
			file: raw.file,
			line: 1,
			reason: 'Expected talk titles, headings or bullet lists, found only running text.',
			fix: 'put each talk title on its own line above its notes (or use Markdown `## Title` headings), then import again.',
		});
	}
	return { file: raw.file, format, frontMatter: {}, blocks, lineCount };
}

/** Which of the known shapes the text has. */
export function detectFormat(text: string): RecapFormat {
	if (/^---\n[\s\S]*?\n---(\n|$)/.test(text)) return 'markdown';
	if (/^#{1,6}\s+\S/m.test(text) || /^```/m.test(text)) return 'markdown';
	if (/^\s*•\s/m.test(text) || /\S\s[–—]\s\p{Lu}/u.test(text)) return 'archive-page';
	if (/^\s*-\s*$/m.test(text) || /^\n{2,}/m.test(text.replace(/^\S.*\n/gm, ''))) return 'slides';
	return 'plain';
}

function readFrontMatter(file: string, yaml: string): Record<string, unknown> {
	const doc = parseDocument(yaml);
	const error = doc.errors[0];
	if (error) {
		throw new RecapError({
			file,
			line: (error.linePos?.[0]?.line ?? 0) + 1,
			reason: `Expected readable YAML front matter, found: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}.`,
			fix: 'correct the YAML between the opening and closing `---` lines, or remove the front matter.',
		});
	}
	if (doc.contents !== null && !isMap(doc.contents)) {
		throw new RecapError({
			file,
			line: 2,
			reason: 'Expected front matter of `key: value` lines, found a single value or a list.',
			fix: 'write the front matter as `title: ...`, `author: ...`, `date: ...` lines.',
		});
	}
	return (doc.toJS() ?? {}) as Record<string, unknown>;
}

type LineKind = 'blank' | 'dash' | 'bullet' | 'text';
interface Line {
	kind: LineKind;
	indent: number;
	content: string;
	/** A text line that follows a `-` alone on a line: the export split the bullet in two. */
	afterDash: boolean;
}

function classify(raw: string): Line {
	if (/^\s*$/.test(raw)) return { kind: 'blank', indent: 0, content: '', afterDash: false };
	if (/^\s*[-•*]\s*$/.test(raw)) return { kind: 'dash', indent: 0, content: '', afterDash: false };
	const bullet = /^(\s*)(?:[-•*+]|\d{1,3}[.)])\s+(.*)$/.exec(raw);
	if (bullet) return { kind: 'bullet', indent: bullet[1]!.length, content: bullet[2]!.trim(), afterDash: false };
	return { kind: 'text', indent: 0, content: raw.trim(), afterDash: false };
}

/** Blocks of a slide-deck, plain-text or archive-page export. */
export function parseLines(text: string): RootContent[] {
	const lines = text.split('\n').map(classify);
	lines.forEach((line, index) => {
		if (line.kind === 'text' && lines[index - 1]?.kind === 'dash') line.afterDash = true;
	});
	const blocks: RootContent[] = [];
	let listStack: { indent: number; list: List }[] = [];
	const endList = () => {
		listStack = [];
	};
	for (let index = 0; index < lines.length; index++) {
		const line = lines[index]!;
		const lineNo = index + 1;
		if (line.kind === 'blank') {
			// A blank line ends a list unless the next non-blank line continues it.
			const next = nextNonBlank(lines, index);
			if (!next || !isItem(next.line)) endList();
			continue;
		}
		if (line.kind === 'dash') continue;
		if (line.kind === 'text' && isHeadingLine(lines, index)) {
			endList();
			blocks.push(heading(line.content, lineNo));
			continue;
		}
		if (line.kind === 'bullet' || line.afterDash) {
			const indent = line.kind === 'bullet' ? line.indent : 0;
			const item = listItem(line.content, lineNo);
			while (listStack.length > 1 && indent < listStack.at(-1)!.indent) listStack.pop();
			const top = listStack.at(-1);
			if (!top) {
				const list = newList(lineNo);
				blocks.push(list);
				listStack = [{ indent, list }];
			} else if (indent > top.indent) {
				const parent = top.list.children.at(-1)!;
				const list = newList(lineNo);
				parent.children.push(list);
				listStack.push({ indent, list });
			}
			const current = listStack.at(-1)!;
			current.list.children.push(item);
			extend(current.list, lineNo);
			for (const entry of listStack) extend(entry.list, lineNo);
			continue;
		}
		endList();
		blocks.push(paragraph(line.content, lineNo));
	}
	return blocks;
}

function isItem(line: Line): boolean {
	return line.kind === 'bullet' || line.kind === 'dash' || line.afterDash;
}

function nextNonBlank(lines: Line[], index: number): { line: Line; index: number } | undefined {
	for (let next = index + 1; next < lines.length; next++) {
		const line = lines[next]!;
		if (line.kind !== 'blank') return { line, index: next };
	}
	return undefined;
}

/**
 * A bare line is a title when it is short, does not end like a sentence, and either bullets
 * follow it (slides, plain notes) or it stands alone between blank lines like a heading
 * (archive pages). After a lone `-` only a Title Case line counts (recap 003).
 */
function isHeadingLine(lines: Line[], index: number): boolean {
	const line = lines[index]!;
	const text = line.content;
	if (text.length > 120 || wordsOf(text).length > 16) return false;
	if (/[.,;:]$/.test(text) || /^\p{Ll}/u.test(text) || /^(https?:|www\.)/i.test(text)) return false;
	const next = nextNonBlank(lines, index);
	if (!next) return false;
	if (line.afterDash) {
		return isTitleCase(text) && wordsOf(text).length >= 3 && isItem(next.line);
	}
	if (isItem(next.line)) return true;
	const blankBefore = index === 0 || lines[index - 1]!.kind === 'blank';
	const blankAfter = next.index > index + 1;
	if (!blankBefore || !blankAfter || text.length > 100 || /[?]$/.test(text) && !isTitleCase(text)) return false;
	return isTitleCase(text) || wordsOf(text).length <= 5 || /\s[–—]\s/.test(text);
}

const pos = (line: number, column = 1, endColumn = 1) => ({
	start: { line, column, offset: undefined as unknown as number },
	end: { line, column: endColumn, offset: undefined as unknown as number },
});

function position(line: number, length: number) {
	const { start, end } = pos(line, 1, length + 1);
	return { start: { line: start.line, column: start.column }, end: { line: end.line, column: end.column } };
}

/** Inline Markdown of one line: links, autolinks, emphasis, code. Plain text skips remark. */
export function parseInline(text: string): PhrasingContent[] {
	if (!/[[\]<>*_`~\\&]|https?:|www\./.test(text)) return [{ type: 'text', value: text }];
	const tree = markdownParser.parse(text) as Root;
	const first = tree.children[0];
	if (tree.children.length === 1 && first?.type === 'paragraph') return stripPositions(first.children);
	return [{ type: 'text', value: text }];
}

function stripPositions<T>(nodes: T[]): T[] {
	return JSON.parse(JSON.stringify(nodes, (key, value) => (key === 'position' ? undefined : value))) as T[];
}

function heading(text: string, line: number): Heading {
	return { type: 'heading', depth: 2, children: parseInline(text), position: position(line, text.length) };
}

function paragraph(text: string, line: number): Paragraph {
	return { type: 'paragraph', children: parseInline(text), position: position(line, text.length) };
}

function listItem(text: string, line: number): ListItem {
	return {
		type: 'listItem',
		spread: false,
		children: [paragraph(text, line)],
		position: position(line, text.length),
	};
}

function newList(line: number): List {
	return { type: 'list', ordered: false, spread: false, children: [], position: position(line, 1) };
}

function extend(node: List, line: number): void {
	if (node.position) node.position.end = { line, column: 1 };
}
