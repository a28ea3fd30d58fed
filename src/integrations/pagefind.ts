/**
 * Builds the Pagefind index after `astro build`, through Pagefind's Node API, and fails the
 * build on any error Pagefind reports. Pages opt in with `data-pagefind-body`; lessons are
 * added as records of their own that link to their anchor in the talk.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** A lesson as `/api/lessons.json` lists it. */
interface LessonRecord {
	id: string;
	url: string;
	text: string;
	talk: string;
	conference: string;
	conferenceName: string;
	year: string;
	projects: string[];
	patterns: string[];
	companies: string[];
}

function fail(stage: string, errors: string[]): never {
	throw new Error(`Pagefind could not ${stage}:\n${errors.join('\n')}`);
}

/** The integration. */
export function pagefindIntegration(): AstroIntegration {
	let base = '/';
	return {
		name: 'conference-notes:pagefind',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const site = fileURLToPath(dir);
				const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
				if (!index) fail('start', errors);
				const added = await index.addDirectory({ path: site });
				if (added.errors.length > 0) fail('index the site', added.errors);
				const lessons = JSON.parse(await readFile(path.join(site, 'api', 'lessons.json'), 'utf8')) as { lessons: LessonRecord[] };
				for (const lesson of lessons.lessons) {
					// Pagefind prefixes every result with its runtime `baseUrl`, so records stay base-relative.
					// A record's URL must differ from its talk page's, or it replaces the page in the index:
					// the query makes it unique and static hosts ignore it.
					const target = new URL(lesson.url);
					const url = `/${target.pathname.slice(base.length)}?lesson=${lesson.id}${target.hash}`;
					const record = await index.addCustomRecord({
						url,
						content: lesson.text,
						language: 'en',
						meta: { title: lesson.text, kind: 'lesson', talk: lesson.talk, conference: lesson.conferenceName },
						filters: {
							kind: ['lesson'],
							conference: [lesson.conference],
							year: [lesson.year],
							project: lesson.projects,
							pattern: lesson.patterns,
							company: lesson.companies,
						},
					});
					if (record.errors.length > 0) fail('index a lesson', record.errors);
				}
				const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
				if (written.errors.length > 0) fail('write its files', written.errors);
				await pagefind.close();
				const ms = (performance.now() - started).toFixed(0);
				logger.info(`Indexed ${added.page_count} pages and ${lessons.lessons.length} lessons for ${base}pagefind/ in ${ms} ms.`);
			},
		},
	};
}
