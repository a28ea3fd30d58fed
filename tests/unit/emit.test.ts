/**
 * Hostile recaps: whatever a recap contains, the emitted MDX shows it as text. Parsing the
 * MDX back finds no ESM, no expressions and no JSX but our own `<Notes>` wrapper.
 */
import { compile } from '@mdx-js/mdx';
import type { Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { notesBlock, sanitizeBlocks } from '../../src/lib/import/emit.ts';
import { identifyTalk } from '../../src/lib/import/identify.ts';
import { parseRecap } from '../../src/lib/import/parse.ts';
import { decodeRecap } from '../../src/lib/import/read.ts';
import { segmentSections } from '../../src/lib/import/segment.ts';
import { fixtureCases } from './fixture-cases.ts';

function emit(name: string, input: Buffer): string {
	const parsed = parseRecap(decodeRecap(name, input));
	return segmentSections(parsed)
		.map(identifyTalk)
		.filter((draft) => draft.kind === 'talk')
		.map((draft) => notesBlock('hostile-recap', draft))
		.join('\n\n');
}

describe('emit: hostile input stays text', () => {
	for (const fixture of fixtureCases('emit')) {
		test(fixture.name, async () => {
			const mdx = emit(fixture.name, fixture.input);
			await expect(`${mdx}\n`).toMatchFileSnapshot(`${fixture.dir}/expected.mdx`);
			await expect(compile(mdx)).resolves.toBeDefined();
			const tree = unified().use(remarkParse).use(remarkMdx).parse(mdx) as Root;
			const code: string[] = [];
			visit(tree, (node) => {
				if (node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') code.push(node.type);
				if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name !== 'Notes') code.push(`<${node.name}>`);
			});
			expect(code).toEqual([]);
			const links: string[] = [];
			visit(tree, 'link', (link) => {
				links.push(link.url);
			});
			expect(links.every((url) => /^https?:/.test(url))).toBe(true);
			expect(mdx).toContain('script');
		});
	}
});

describe('sanitizeBlocks', () => {
	test('unsafe links become their text; images become links; raw HTML becomes text', () => {
		const blocks = sanitizeBlocks([
			{
				type: 'paragraph',
				children: [
					{ type: 'link', url: 'javascript:alert(1)', children: [{ type: 'text', value: 'click' }] },
					{ type: 'image', url: 'https://evil.example/p.png', alt: 'pixel' },
					{ type: 'html', value: '<b>' },
				],
			},
		]);
		expect(blocks).toEqual([
			{
				type: 'paragraph',
				children: [
					{ type: 'text', value: 'click' },
					{ type: 'link', url: 'https://evil.example/p.png', children: [{ type: 'text', value: 'pixel' }] },
					{ type: 'text', value: '<b>' },
				],
			},
		]);
	});
});
