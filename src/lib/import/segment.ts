/**
 * segment stage: blocks to sections, one per talk (or per block that is not a talk).
 * Titled documents split at each title; Markdown drafts without titles split at runs of
 * blank lines (recap 002) or at their most used heading level. A person's hints in the
 * recap record add, retitle, skip or undo boundaries.
 */
import type { Heading, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { RecapError } from '../errors.ts';
import type { SplitHint } from '../schema.ts';
import type { ParsedRecap, Section } from './types.ts';

/** Blank lines that separate talks in an untitled Markdown draft. */
const talkGap = 3;

const startLine = (block: RootContent) => block.position?.start.line ?? 0;
const endLine = (block: RootContent) => block.position?.end.line ?? startLine(block);

/** Splits a parsed recap into sections, applying the record's hints. */
export function segmentSections(parsed: ParsedRecap, hints: readonly SplitHint[] = []): Section[] {
	const boundaries = findBoundaries(parsed);
	let sections = cut(parsed.blocks, boundaries);
	// Continuations merge first, by the titles as written, before hints rename sections.
	sections = mergeContinuations(sections);
	sections = applyHints(parsed.file, sections, hints);
	return sections.filter((section) => section.blocks.length > 0 || section.hint);
}

/** Indices of blocks that start a section; a titled boundary's block is its title heading. */
function findBoundaries(parsed: ParsedRecap): Map<number, 'title' | 'gap'> {
	const boundaries = new Map<number, 'title' | 'gap'>();
	const { blocks } = parsed;
	if (parsed.format !== 'markdown') {
		blocks.forEach((block, index) => block.type === 'heading' && boundaries.set(index, 'title'));
		return boundaries;
	}
	blocks.forEach((block, index) => {
		const previous = blocks[index - 1];
		if (previous && startLine(block) - endLine(previous) - 1 >= talkGap) boundaries.set(index, 'gap');
	});
	if (boundaries.size > 0) return boundaries;
	// One heading on top of a document is its talk's title.
	const depth = talkHeadingDepth(blocks) ?? (blocks[0]?.type === 'heading' ? blocks[0].depth : undefined);
	blocks.forEach(
		(block, index) => block.type === 'heading' && block.depth === depth && boundaries.set(index, 'title'),
	);
	return boundaries;
}

/** The shallowest heading level used at least twice: one `#` title over `##` talks picks `##`. */
function talkHeadingDepth(blocks: RootContent[]): number | undefined {
	const counts = new Map<number, number>();
	for (const block of blocks) {
		if (block.type === 'heading') counts.set(block.depth, (counts.get(block.depth) ?? 0) + 1);
	}
	return [...counts.entries()].filter(([, count]) => count >= 2).sort(([a], [b]) => a - b)[0]?.[0];
}

function cut(blocks: RootContent[], boundaries: Map<number, 'title' | 'gap'>): Section[] {
	const sections: Section[] = [];
	let current: Section | undefined;
	const titled = [...boundaries.values()].includes('title');
	blocks.forEach((block, index) => {
		const boundary = boundaries.get(index);
		if (boundary || !current) {
			const isTitle = boundary === 'title';
			current = {
				title: isTitle ? toString(block).trim() : undefined,
				line: startLine(block),
				endLine: endLine(block),
				blocks: isTitle ? [] : [block],
				hint: undefined,
				preface: !boundary && titled,
			};
			sections.push(current);
			return;
		}
		current.blocks.push(block);
		current.endLine = endLine(block);
	});
	return sections;
}

function applyHints(file: string, sections: Section[], hints: readonly SplitHint[]): Section[] {
	let result = [...sections];
	for (const hint of [...hints].sort((a, b) => a.line - b.line)) {
		const index = result.findIndex((section) => section.line <= hint.line && hint.line <= section.endLine);
		const section = result[index];
		if (!section) throw hintError(file, hint, 'is past the end of the recap');
		if (section.line === hint.line) {
			result[index] = { ...section, hint, title: hint.title ?? section.title, preface: false };
			continue;
		}
		const at = section.blocks.findIndex((block) => startLine(block) === hint.line);
		if (at === -1) throw hintError(file, hint, 'does not start a paragraph, list or heading');
		const head = { ...section, blocks: section.blocks.slice(0, at), endLine: hint.line - 1 };
		const rest = section.blocks.slice(at);
		const first = rest[0]!;
		const titleFromHeading = first.type === 'heading' && !hint.title ? toString(first).trim() : undefined;
		const tail: Section = {
			title: hint.title ?? titleFromHeading,
			line: hint.line,
			endLine: section.endLine,
			blocks: titleFromHeading ? rest.slice(1) : rest,
			hint,
			preface: false,
		};
		result.splice(index, 1, head, tail);
	}
	// `continue` folds a section back into the one before it, its title kept as a sub-heading.
	result = result.reduce<Section[]>((kept, section) => {
		const previous = kept.at(-1);
		if (section.hint?.kind !== 'continue' || !previous) return [...kept, section];
		previous.blocks.push(...titleBlock(section), ...section.blocks);
		previous.endLine = section.endLine;
		return kept;
	}, []);
	return result;
}

function hintError(file: string, hint: SplitHint, problem: string): RecapError {
	return new RecapError({
		file,
		line: hint.line,
		field: 'splits',
		reason: `The split hint for line ${hint.line} ${problem}.`,
		fix: 'point the hint at the first line of a title, paragraph or list in the raw recap.',
	});
}

/** A section's title as a level-3 heading, for when it becomes part of another section. */
function titleBlock(section: Section): Heading[] {
	if (!section.title) return [];
	const position = { start: { line: section.line, column: 1 }, end: { line: section.line, column: 1 } };
	return [{ type: 'heading', depth: 3, children: [{ type: 'text', value: section.title }], position }];
}

const continuation = /\s+(?:cont(?:['’]d?|inued|\.)?|\(cont(?:inued|\.)?\))$/i;

/** "Random Keynote Notes Cont'" continues "Random Keynote Notes" (recap 003). */
function mergeContinuations(sections: Section[]): Section[] {
	const kept: Section[] = [];
	for (const section of sections) {
		const base = section.title?.replace(continuation, '');
		const target =
			base !== undefined && base !== section.title
				? kept.findLast((candidate) => candidate.title?.toLowerCase() === base.toLowerCase())
				: undefined;
		if (target) {
			target.blocks.push(...section.blocks);
			target.endLine = Math.max(target.endLine, section.endLine);
		} else kept.push(section);
	}
	return kept;
}
