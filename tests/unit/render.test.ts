/**
 * The talk loader's render stage: talk MDX bodies in, HTML and headings (or a located
 * refusal) out. Fixtures: fixtures/render/<case>/input.txt, expected.json.
 */
import path from 'node:path';
import { describe, test } from 'vitest';
import { createTalkRenderer } from '../../src/lib/loaders/talk-render.ts';
import { expectFixture, fixtureCases } from './fixture-cases.ts';

const credits = new Map([
	['recap-a', { title: 'Recap A <2019>', authors: ['Ann', 'Bob', 'Cy'] }],
	['recap-b', { title: 'Recap B', authors: ['Dee'] }],
]);
const render = createTalkRenderer(credits, '/kb/');

describe('render', () => {
	for (const fixture of fixtureCases('render')) {
		test(fixture.name, async () => {
			const result = await render({ id: fixture.name, body: fixture.input.toString('utf8'), filePath: path.join(fixture.dir, 'input.mdx') });
			expectFixture(fixture, result);
		});
	}
});
