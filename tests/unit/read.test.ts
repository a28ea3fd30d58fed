/** Bad input is refused with `file:line: what is wrong; how to fix it`, and nothing else happens. */
import { describe, expect, test } from 'vitest';
import { RecapError } from '../../src/lib/errors.ts';
import { parseRecap } from '../../src/lib/import/parse.ts';
import { decodeRecap } from '../../src/lib/import/read.ts';
import { expectFixture, fixtureCases } from './fixture-cases.ts';

describe('decodeRecap', () => {
	test('strips a BOM and turns CRLF and CR into LF', () => {
		const bytes = Buffer.from('\uFEFFTitle\r\n- one\r- two\n', 'utf8');
		expect(decodeRecap('x.txt', bytes).text).toBe('Title\n- one\n- two\n');
	});
});

describe('refusals', () => {
	for (const fixture of fixtureCases('refuse')) {
		test(fixture.name, () => {
			let error: unknown;
			try {
				parseRecap(decodeRecap(`recaps/${fixture.name}.txt`, fixture.input));
			} catch (caught) {
				error = caught;
			}
			expect(error).toBeInstanceOf(RecapError);
			expectFixture(fixture, { message: String(error) });
		});
	}
});
