/** Values passed between the importer's stages. */
import type { RootContent } from 'mdast';
import type { RecapFormat, SplitHint } from '../schema.ts';

/** The read stage's output: the recap's bytes and its normalised text. */
export interface RawRecap {
	/** Path as given, for messages. */
	file: string;
	bytes: Uint8Array;
	/** UTF-8 text without BOM, with LF line endings. */
	text: string;
	sha256: string;
}

/** The parse stage's output: blocks with 1-based source lines, plus what the document says of itself. */
export interface ParsedRecap {
	file: string;
	format: RecapFormat;
	/** YAML front matter, when the recap has any. */
	frontMatter: Record<string, unknown>;
	/** Top-level mdast blocks; every block has a position. */
	blocks: RootContent[];
	/** Number of lines in the text. */
	lineCount: number;
}

/** A run of blocks the segment stage believes is about one talk (or is not a talk). */
export interface Section {
	title: string | undefined;
	/** Line of the title (or of the first block when there is no title). */
	line: number;
	endLine: number;
	blocks: RootContent[];
	/** A person's hint from the recap record that placed this boundary. */
	hint: SplitHint | undefined;
	/** Blocks before the first title of a titled document: the recap's own introduction. */
	preface: boolean;
}

/** What the identify stage decides a section is. */
export type SectionKind = 'talk' | 'index' | 'skip';

/** One talk as the identify stage sees it in one recap. */
export interface TalkDraft {
	kind: SectionKind;
	title: string | undefined;
	titleIsDescriptive: boolean;
	speakers: string[];
	companies: string[];
	line: number;
	/** Notes as mdast blocks, without the title line. */
	blocks: RootContent[];
	/** Talk titles an index section lists ("My favorite sessions", "Other talks I attended"). */
	listedTitles: { title: string; line: number }[];
	/** Problems a person should act on. */
	warnings: string[];
	/** Listed as attended in an index section, with no notes of its own. */
	attended: boolean;
}

/** A talk draft with the tag stage's findings. */
export interface TaggedTalk extends TalkDraft {
	projects: string[];
	patterns: string[];
	lessons: { id: string; text: string }[];
	tags: string[];
}
