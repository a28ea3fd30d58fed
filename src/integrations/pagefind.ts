/**
 * Builds the Pagefind indexes through Pagefind's Node API: one of pages (they opt in with
 * `data-pagefind-body`) in `pagefind/`, and one of lessons, a record each linking to its
 * anchor in its talk, in `pagefind/lessons/`. Lessons live apart because they would double
 * the records every first search downloads the metadata of; the search page loads them only
 * when someone asks for lessons. Beside the pages index: the kind and date tables
 * (search-tables.ts). Any error Pagefind reports fails the build.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { writeSearchTables } from './search-tables.ts';

/** A lesson as `/api/lessons.json` lists it. */
interface LessonRecord {
	id: string;
	url: string;
	text: string;
	talk: string;
	conference: string;
	conferenceName: string;
	/** The talk's day, `2019-11-18`. */
	date: string;
	year: string;
	projects: string[];
	patterns: string[];
	companies: string[];
}

function fail(stage: string, errors: string[]): never {
	throw new Error(`Pagefind could not ${stage}:\n${errors.join('\n')}`);
}

/**
 * Indexes the built site in `dist`, served under `base`.
 * @returns Pages and lessons indexed.
 */
export async function buildSearchIndex(dist: string, base: string): Promise<{ pages: number; lessons: number }> {
	const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
	if (!index) fail('start', errors);
	const added = await index.addDirectory({ path: dist });
	if (added.errors.length > 0) fail('index the site', added.errors);
	const { lessons } = JSON.parse(await readFile(path.join(dist, 'api', 'lessons.json'), 'utf8')) as { lessons: LessonRecord[] };
	const created = await pagefind.createIndex({ forceLanguage: 'en' });
	if (!created.index) fail('start the lesson index', created.errors);
	const lessonIndex = created.index;
	for (const lesson of lessons) {
		// Pagefind prefixes every result with its runtime `baseUrl`, so records stay base-relative.
		// A record's URL must differ from its talk page's, or it replaces the page in the index:
		// the query makes it unique and static hosts ignore it.
		const target = new URL(lesson.url);
		const url = `/${target.pathname.slice(base.length)}?lesson=${lesson.id}${target.hash}`;
		const record = await lessonIndex.addCustomRecord({
			url,
			content: lesson.text,
			language: 'en',
			meta: { title: lesson.text, kind: 'lesson', talk: lesson.talk, conference: lesson.conferenceName, date: lesson.date },
			filters: {
				conference: [lesson.conference],
				year: [lesson.year],
				project: lesson.projects,
				pattern: lesson.patterns,
				company: lesson.companies,
			},
		});
		if (record.errors.length > 0) fail('index a lesson', record.errors);
	}
	const written = await index.writeFiles({ outputPath: path.join(dist, 'pagefind') });
	if (written.errors.length > 0) fail('write its files', written.errors);
	await writeSearchTables(path.join(dist, 'pagefind'));
	await lessonIndex.writeFiles({ outputPath: path.join(dist, 'pagefind', 'lessons') }).then(({ errors }) => {
		if (errors.length > 0) fail('write the lesson index', errors);
	});
	await writeSearchTables(path.join(dist, 'pagefind', 'lessons'), ['dates']);
	await pagefind.close();
	return { pages: added.page_count, lessons: lessons.length };
}
