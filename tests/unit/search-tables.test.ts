/** The kind and date tables the search client reads beside the Pagefind index. */
import { expect, test } from 'vitest';
import { buildTables } from '../../src/integrations/search-tables.ts';

test('lists every kind but talks, and every dated page by day, ids in a stable order', () => {
	const tables = buildTables([
		{ id: 'en_b', kind: 'talk', date: '2019-11-18' },
		{ id: 'en_a', kind: 'talk', date: '2019-11-18' },
		{ id: 'en_c', kind: 'pattern', date: undefined },
		{ id: 'en_d', kind: 'conference', date: '2019-05-20' },
		{ id: 'en_e', kind: undefined, date: undefined },
	]);
	expect(tables).toEqual({
		kinds: { pattern: ['en_c'], conference: ['en_d'] },
		dates: { '2019-11-18': ['en_a', 'en_b'], '2019-05-20': ['en_d'] },
	});
});
