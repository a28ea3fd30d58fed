/**
 * Fixture folders for stage tests: `fixtures/<stage>/<case>/input.txt` in, `expected.json`
 * out. `UPDATE=1 npm run test:unit` rewrites expectations; a missing one fails with that hint.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';

const root = path.join(import.meta.dirname, 'fixtures');

export interface FixtureCase {
	name: string;
	dir: string;
	input: Buffer;
}

/** Every case folder of a stage. */
export function fixtureCases(stage: string): FixtureCase[] {
	const dir = path.join(root, stage);
	return readdirSync(dir)
		.filter((name) => existsSync(path.join(dir, name, 'input.txt')))
		.sort()
		.map((name) => ({ name, dir: path.join(dir, name), input: readFileSync(path.join(dir, name, 'input.txt')) }));
}

/** Compares `actual` with the case's `expected.json`. */
export function expectFixture(fixture: FixtureCase, actual: unknown): void {
	const file = path.join(fixture.dir, 'expected.json');
	const text = `${JSON.stringify(actual, null, '\t')}\n`;
	if (process.env.UPDATE) writeFileSync(file, text);
	if (!existsSync(file)) {
		throw new Error(`${path.relative(process.cwd(), file)} is missing. Run \`UPDATE=1 npm run test:unit\` and review it.`);
	}
	expect(JSON.parse(text)).toEqual(JSON.parse(readFileSync(file, 'utf8')));
}
