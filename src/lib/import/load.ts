/**
 * Reads what the content folder already holds: the vocabulary for tagging, the known ids for
 * validation, the recap records and the talk entries a new recap may merge into.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { RecapError } from '../errors.ts';
import {
	conferenceSchema,
	patternSchema,
	projectSchema,
	recapSchema,
	type Conference,
	type Pattern,
	type Project,
	type Recap,
} from '../schema.ts';
import type { TalkFrontMatter } from './emit.ts';
import { splitFrontMatter } from './validate.ts';

export interface ExistingTalk {
	/** Path relative to the content root, `talks/kubecon-na-2019/x.mdx`. */
	path: string;
	conference: string;
	title: string;
	data: TalkFrontMatter;
	body: string;
	sources: { recap: string; line: number; title?: string | undefined }[];
}

export interface ContentSnapshot {
	root: string;
	conferences: Map<string, Conference>;
	projects: Map<string, Project>;
	patterns: Map<string, Pattern>;
	recaps: Map<string, Recap>;
	talks: ExistingTalk[];
}

async function listFiles(dir: string, pattern: RegExp): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true }).catch(() => [] as string[]);
	return entries.filter((entry) => pattern.test(entry)).sort();
}

const idOf = (file: string) => path.basename(file).replace(/\.[^.]+$/, '');

/** Validates an entry, turning schema failures into located problems a person can fix. */
function parseEntry<T>(schema: z.ZodType<T>, file: string, data: unknown): T {
	const result = schema.safeParse(data);
	if (result.success) return result.data;
	const issue = result.error.issues[0]!;
	throw new RecapError({
		file: path.relative(process.cwd(), file),
		field: issue.path.join('.') || '(entry)',
		reason: issue.message,
		fix: 'correct the entry; src/lib/schema.ts says what each field accepts.',
	});
}

async function readYamlEntries<T>(dir: string, schema: z.ZodType<T>): Promise<Map<string, T>> {
	const files = (await listFiles(dir, /\.ya?ml$/)).filter((file) => !file.includes(path.sep));
	const entries = new Map<string, T>();
	for (const file of files) {
		const full = path.join(dir, file);
		entries.set(idOf(file), parseEntry(schema, full, parseYaml(await readFile(full, 'utf8'))));
	}
	return entries;
}

/** Loads the content folder at `root`. Invalid entries throw: the site would not build either. */
export async function loadContent(root: string): Promise<ContentSnapshot> {
	const conferences = await readYamlEntries(path.join(root, 'conferences'), conferenceSchema);
	const projects = await readYamlEntries(path.join(root, 'projects'), projectSchema);
	const recaps = await readYamlEntries(path.join(root, 'recaps'), recapSchema);
	const patterns = new Map<string, Pattern>();
	for (const file of await listFiles(path.join(root, 'patterns'), /\.mdx$/)) {
		const full = path.join(root, 'patterns', file);
		const { yaml } = splitFrontMatter(await readFile(full, 'utf8'));
		patterns.set(idOf(file), parseEntry(patternSchema, full, parseYaml(yaml)));
	}
	const talks: ExistingTalk[] = [];
	for (const file of await listFiles(path.join(root, 'talks'), /\.mdx$/)) {
		const text = await readFile(path.join(root, 'talks', file), 'utf8');
		const { yaml, body } = splitFrontMatter(text);
		const data = parseYaml(yaml) as TalkFrontMatter;
		data.aliases ??= [];
		data.speakers ??= [];
		data.companies ??= [];
		data.projects ??= [];
		data.patterns ??= [];
		data.lessons ??= [];
		data.tags ??= [];
		data.sources ??= [];
		talks.push({
			path: path.join('talks', file),
			conference: data.conference,
			title: data.title,
			data,
			body,
			sources: data.sources,
		});
	}
	return { root, conferences, projects, patterns, recaps, talks };
}
