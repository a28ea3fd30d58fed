/**
 * Talk notes as credited sections. A talk's MDX holds only Markdown inside the importer's
 * `<Notes recap="…">` blocks (and text people add around them), so the talk loader renders it
 * as Markdown, parsed with MDX's syntax, instead of compiling one JavaScript module per talk.
 * This plugin turns each `<Notes>` block into a `<section>` headed "Notes from <authors>" with a
 * link to the recap, and refuses every other MDX construct (import/export, `{expressions}`,
 * other components) as a `RecapError` with its line: talk entries are content, never code.
 */
import type { BlockContent, Heading, Paragraph, Parent, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { RecapError } from '../errors.ts';
import { joinNames } from '../names.ts';

/** What a notes heading says about the recap it came from. */
export interface RecapCredit {
	title: string;
	authors: readonly string[];
}

export interface NotesSectionsOptions {
	/** Recap records by id. */
	recaps: ReadonlyMap<string, RecapCredit>;
	/** The site path of a recap's page. */
	recapPath: (id: string) => string;
}

/** The `<section>` a `<Notes>` block becomes; remark-rehype turns it into HTML via `data`. */
export interface NotesSection extends Parent {
	type: 'notesSection';
	children: BlockContent[];
}

declare module 'mdast' {
	interface RootContentMap {
		notesSection: NotesSection;
	}
	interface BlockContentMap {
		notesSection: NotesSection;
	}
}

const refused: Record<string, string> = {
	mdxjsEsm: 'an import/export line',
	mdxFlowExpression: 'a {…} expression',
	mdxTextExpression: 'a {…} expression',
	mdxJsxTextElement: 'an inline component',
};

function attribute(node: MdxJsxFlowElement, name: string): string | true | undefined {
	for (const attr of node.attributes) {
		if (attr.type !== 'mdxJsxAttribute' || attr.name !== name) continue;
		if (attr.value === null || attr.value === undefined) return true;
		if (typeof attr.value === 'string') return attr.value;
	}
	return undefined;
}

function paragraph(children: Paragraph['children'], properties: Record<string, unknown> = {}): Paragraph {
	return { type: 'paragraph', children, data: { hProperties: properties as never } };
}

/** One `<Notes recap="…" [attended]>` block as a credited section. */
function notesSection(node: MdxJsxFlowElement, options: NotesSectionsOptions, file: VFile): NotesSection {
	const line = node.position?.start.line;
	const recap = attribute(node, 'recap');
	if (typeof recap !== 'string') {
		throw new RecapError({
			file: file.path,
			line,
			reason: 'Expected <Notes recap="recap-id">, found <Notes> without a recap id',
			fix: 'name the recap the notes come from, as in content/recaps/<id>.yaml.',
		});
	}
	const credit = options.recaps.get(recap);
	if (!credit) {
		throw new RecapError({
			file: file.path,
			line,
			reason: `Expected a recap id from content/recaps/, found <Notes recap="${recap}">`,
			fix: `add content/recaps/${recap}.yaml or correct the id.`,
		});
	}
	const attended = attribute(node, 'attended') !== undefined;
	const id = `notes-${recap}`;
	const authors = joinNames(credit.authors);
	const heading: Heading = {
		type: 'heading',
		depth: 2,
		children: [{ type: 'text', value: attended ? `Attended by ${authors}` : `Notes from ${authors}` }],
		data: { hProperties: { id } },
	};
	const source = paragraph(
		[
			{ type: 'text', value: 'From the recap ' },
			{ type: 'link', url: options.recapPath(recap), children: [{ type: 'text', value: credit.title }] },
		],
		{ className: ['notes-source', 'muted'], dataPagefindIgnore: '' },
	);
	const body = attended
		? [paragraph([{ type: 'text', value: 'The recap lists this talk as attended, without notes.' }])]
		: (node.children as BlockContent[]);
	return {
		type: 'notesSection',
		children: [heading, source, ...body],
		data: { hName: 'section', hProperties: { className: ['notes'], ariaLabelledBy: [id] } },
		position: node.position,
	};
}

/** Turns `<Notes>` blocks into sections; throws a `RecapError` on any other MDX construct. */
export const remarkNotesSections: Plugin<[NotesSectionsOptions], Root> = (options) => (tree, file) => {
	visit(tree, (node, index, parent) => {
		const what = refused[node.type] ?? (node.type === 'mdxJsxFlowElement' && node.name !== 'Notes' ? `<${node.name ?? ''}>` : undefined);
		if (what) {
			throw new RecapError({
				file: file.path,
				line: node.position?.start.line,
				reason: `Expected Markdown text, found ${what}`,
				fix: 'talk entries hold text, never code: escape it (\\{, \\<) or remove it.',
			});
		}
		if (node.type !== 'mdxJsxFlowElement' || !parent || index === undefined) return undefined;
		(parent.children as RootContent[])[index] = notesSection(node, options, file);
		// Nested content is visited next, as the section's children.
		return [SKIP, index];
	});
};
