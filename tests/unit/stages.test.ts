/** Stage tests: fixtures cut from the five recaps in, expected blocks, sections and talks out. */
import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, test } from 'vitest';
import { identifyTalk } from '../../src/lib/import/identify.ts';
import { parseRecap } from '../../src/lib/import/parse.ts';
import { decodeRecap } from '../../src/lib/import/read.ts';
import { segmentSections } from '../../src/lib/import/segment.ts';
import { expectFixture, fixtureCases } from './fixture-cases.ts';

const parse = (name: string, input: Buffer) => parseRecap(decodeRecap(`${name}/input.txt`, input));
const summary = (block: RootContent) => ({
	line: block.position?.start.line,
	type: block.type === 'heading' ? `heading${block.depth}` : block.type,
	text: toString(block).slice(0, 60),
});

describe('parseRecap', () => {
	for (const fixture of fixtureCases('parse')) {
		test(fixture.name, () => {
			const parsed = parse(fixture.name, fixture.input);
			expectFixture(fixture, { format: parsed.format, frontMatter: parsed.frontMatter, blocks: parsed.blocks.map(summary) });
		});
	}
});

describe('segmentSections', () => {
	for (const fixture of fixtureCases('segment')) {
		test(fixture.name, () => {
			const sections = segmentSections(parse(fixture.name, fixture.input));
			expectFixture(
				fixture,
				sections.map((section) => ({
					line: section.line,
					endLine: section.endLine,
					title: section.title ?? null,
					preface: section.preface,
					blocks: section.blocks.length,
				})),
			);
		});
	}
});

describe('identifyTalk', () => {
	for (const fixture of fixtureCases('identify')) {
		test(fixture.name, () => {
			const drafts = segmentSections(parse(fixture.name, fixture.input)).map(identifyTalk);
			expectFixture(
				fixture,
				drafts.map((draft) => ({
					line: draft.line,
					kind: draft.kind,
					title: draft.title ?? null,
					titleIsDescriptive: draft.titleIsDescriptive,
					speakers: draft.speakers,
					companies: draft.companies,
					listed: draft.listedTitles.map((item) => item.title),
					warnings: draft.warnings,
				})),
			);
		});
	}
});
