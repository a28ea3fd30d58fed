/**
 * The importer: runs the stages in order over each recap and plans every file to write.
 * Nothing is written here; `src/cli/import.ts` writes the plan when it has no problems.
 */
import path from 'node:path';
import { stringify } from 'yaml';
import { RecapError } from '../errors.ts';
import type { Conference, Recap, RecapFormat } from '../schema.ts';
import { conferenceFromSlug, detectConference, frontMatterDate } from './conference.ts';
import { entryToMdx, mergeBody, mergeFrontMatter, notesBlock, type TalkFrontMatter } from './emit.ts';
import { identifyTalk } from './identify.ts';
import type { ContentSnapshot, ExistingTalk } from './load.ts';
import { resolveListedTalks, TalkIndex } from './match.ts';
import { parseRecap } from './parse.ts';
import { decodeRecap } from './read.ts';
import { segmentSections } from './segment.ts';
import { buildVocabulary, tagTalk } from './tag.ts';
import { titleToSlug } from './text.ts';
import type { TaggedTalk } from './types.ts';
import { validateMdx, validateTalk } from './validate.ts';
import type { PlannedFile } from './write.ts';

export interface ImportInput {
	/** Path shown in messages. */
	file: string;
	bytes: Uint8Array;
}

export interface ImportOptions {
	conference?: string | undefined;
	authors?: readonly string[];
}

export interface TalkReport {
	path: string;
	title: string;
	status: 'new' | 'merged' | 'updated' | 'unchanged';
	projects: string[];
	patterns: string[];
	lessons: number;
	attended: boolean;
}

export interface FileReport {
	input: string;
	recap: string;
	format: RecapFormat;
	conference: string;
	conferenceCreated: boolean;
	talks: TalkReport[];
	skipped: { line: number; title: string }[];
	removed: string[];
	warnings: string[];
}

export interface ImportPlan {
	reports: FileReport[];
	files: PlannedFile[];
	/** Paths to delete: entries a re-imported recap no longer yields and nothing else cites. */
	deletions: string[];
	problems: RecapError[];
	timings: Map<string, number>;
}

interface WorkingTalk extends ExistingTalk {
	isNew: boolean;
	original: string | undefined;
}

/**
 * Plans the import of recaps into the content folder described by `snapshot`.
 * Recaps are imported in order; a later one merges into talks an earlier one created.
 */
export async function planImport(
	inputs: readonly ImportInput[],
	snapshot: ContentSnapshot,
	options: ImportOptions = {},
): Promise<ImportPlan> {
	const timings = new Map<string, number>();
	const time = <T>(stage: string, run: () => T): T => {
		const start = performance.now();
		try {
			return run();
		} finally {
			timings.set(stage, (timings.get(stage) ?? 0) + performance.now() - start);
		}
	};
	const vocabulary = buildVocabulary(
		[...snapshot.projects].map(([id, data]) => ({ id, data })),
		[...snapshot.patterns].map(([id, data]) => ({ id, keywords: data.keywords })),
	);
	const conferences = new Map(snapshot.conferences);
	const recaps = new Map(snapshot.recaps);
	const talks: WorkingTalk[] = snapshot.talks.map((talk) => ({
		...talk,
		isNew: false,
		original: entryToMdx(talk.data, talk.body),
	}));
	const index = new TalkIndex(talks);
	const files = new Map<string, PlannedFile>();
	const reports: FileReport[] = [];
	const problems: RecapError[] = [];
	const abs = (relative: string) => path.join(snapshot.root, relative);

	for (const input of inputs) {
		try {
			const raw = time('read', () => decodeRecap(input.file, input.bytes));
			const rawName = path.basename(input.file);
			const [recapId, known] = findRecap(recaps, raw.sha256, rawName);
			const parsed = time('parse', () => parseRecap(raw));
			const conference = chooseConference(input.file, raw.text, parsed.frontMatter, conferences, options, known);
			if (conference.created) conferences.set(conference.slug, conference.created);
			const record = describeRecap(parsed.frontMatter, raw.text, options, known, {
				conference: conference.slug,
				format: parsed.format,
				file: rawName,
				sha256: raw.sha256,
			});
			const slug = recapId ?? uniqueSlug(titleToSlug(record.title, 60), (id) => recaps.has(id));
			recaps.set(slug, record);
			const warnings: string[] = [];
			if (!known && !options.authors?.length && record.authors[0] === 'Anonymous attendee') {
				warnings.push('the recap names no author: pass --author "Name" to credit its notes.');
			}

			const sections = time('segment', () => segmentSections(parsed, record.splits));
			const drafts = time('identify', () => sections.map(identifyTalk));
			const sourceTitles = new Map(drafts.map((draft) => [draft.line, draft.title ?? '']));
			const tagged = time('tag', () =>
				drafts.filter((draft) => draft.kind === 'talk').map((draft) => tagTalk(draft, vocabulary)),
			);
			const listed = drafts.filter((draft) => draft.kind === 'index').flatMap((draft) => draft.listedTitles);
			const resolved = time('match', () => resolveListedTalks(tagged, listed));

			const report: FileReport = {
				input: input.file,
				recap: slug,
				format: parsed.format,
				conference: conference.slug,
				conferenceCreated: Boolean(conference.created),
				talks: [],
				skipped: drafts
					.filter((draft) => draft.kind === 'skip')
					.map((draft) => ({ line: draft.line, title: draft.title ?? '(untitled)' })),
				removed: [],
				warnings,
			};
			const touched = new Set<WorkingTalk>();
			time('emit', () => {
				for (const talk of resolved) {
					const sourceTitle = sourceTitles.get(talk.line) ?? talk.title ?? '';
					const entry = emitTalk(talk, { recap: slug, conference: conference.slug, sourceTitle }, talks, index);
					touched.add(entry.talk);
					report.talks.push({
						path: entry.talk.path,
						title: entry.talk.title,
						status: entry.status,
						projects: talk.projects,
						patterns: talk.patterns,
						lessons: talk.lessons.length,
						attended: talk.attended,
					});
					for (const warning of talk.warnings) {
						report.warnings.push(`${warning}: set \`title\` in content/${entry.talk.path} (or a split hint with a title in content/recaps/${slug}.yaml)`);
					}
				}
				// Talks this recap fed before but no longer yields (hints changed, notes edited).
				for (const talk of talks) {
					if (touched.has(talk) || !talk.sources.some((source) => source.recap === slug)) continue;
					talk.data = { ...talk.data, sources: talk.data.sources.filter((source) => source.recap !== slug) };
					talk.sources = talk.data.sources;
					talk.body = mergeBody(talk.body, slug, '').trim();
					report.removed.push(talk.path);
				}
			});
			files.set(`recaps/raw/${rawName}`, { path: abs(`recaps/raw/${rawName}`), content: raw.bytes });
			files.set(`recaps/${slug}.yaml`, { path: abs(`recaps/${slug}.yaml`), content: recapToYaml(record) });
			if (conference.created) {
				files.set(`conferences/${conference.slug}.yaml`, {
					path: abs(`conferences/${conference.slug}.yaml`),
					content: stringify(conferenceToYaml(conference.created)),
				});
			}
			reports.push(report);
		} catch (error) {
			if (error instanceof RecapError) problems.push(error);
			else throw error;
		}
	}

	const deletions: string[] = [];
	const knownIds = {
		conferences: new Set(conferences.keys()),
		projects: new Set(snapshot.projects.keys()),
		patterns: new Set(snapshot.patterns.keys()),
		recaps: new Set(recaps.keys()),
	};
	await timeAsync(timings, 'validate', async () => {
		for (const talk of talks) {
			if (talk.data.sources.length === 0) {
				if (!talk.isNew) deletions.push(abs(talk.path));
				continue;
			}
			const mdx = entryToMdx(talk.data, talk.body);
			if (mdx === talk.original) continue;
			const shown = `content/${talk.path}`;
			const result = validateTalk(shown, mdx, knownIds);
			problems.push(...result.problems, ...(await validateMdx(shown, mdx)));
			files.set(talk.path, { path: abs(talk.path), content: mdx });
		}
	});
	return { reports, files: [...files.values()], deletions, problems, timings };
}

async function timeAsync(timings: Map<string, number>, stage: string, run: () => Promise<void>): Promise<void> {
	const start = performance.now();
	await run();
	timings.set(stage, (timings.get(stage) ?? 0) + performance.now() - start);
}

function emitTalk(
	talk: TaggedTalk,
	context: { recap: string; conference: string; sourceTitle: string },
	talks: WorkingTalk[],
	index: TalkIndex<WorkingTalk>,
): { talk: WorkingTalk; status: TalkReport['status'] } {
	const existing = index.find({ ...talk, sourceTitle: context.sourceTitle }, context.recap, context.conference);
	if (existing) {
		const before = entryToMdx(existing.data, existing.body);
		const ownedBefore = existing.sources.some((source) => source.recap === context.recap);
		existing.data = mergeFrontMatter(talk, { ...context, slug: existing.data.slug }, existing.data);
		existing.sources = existing.data.sources;
		existing.body = mergeBody(existing.body, context.recap, notesBlock(context.recap, talk));
		const after = entryToMdx(existing.data, existing.body);
		const status = after === before ? 'unchanged' : ownedBefore || existing.isNew ? 'updated' : 'merged';
		index.add(existing);
		return { talk: existing, status };
	}
	const base = titleToSlug(talk.title ?? 'untitled');
	const slug = uniqueSlug(base, (candidate) => index.hasPath(path.join('talks', context.conference, `${candidate}.mdx`)));
	const data = mergeFrontMatter(talk, { ...context, slug });
	const created: WorkingTalk = {
		path: path.join('talks', context.conference, `${slug}.mdx`),
		conference: context.conference,
		title: data.title,
		data,
		body: mergeBody('', context.recap, notesBlock(context.recap, talk)),
		sources: data.sources,
		isNew: true,
		original: undefined,
	};
	talks.push(created);
	index.add(created);
	return { talk: created, status: 'new' };
}

function uniqueSlug(base: string, taken: (slug: string) => boolean): string {
	let slug = base;
	for (let counter = 2; taken(slug); counter++) slug = `${base}-${counter}`;
	return slug;
}

function findRecap(recaps: Map<string, Recap>, sha256: string, file: string): [string | undefined, Recap | undefined] {
	for (const [id, record] of recaps) if (record.sha256 === sha256) return [id, record];
	for (const [id, record] of recaps) if (record.file === file) return [id, record];
	return [undefined, undefined];
}

function chooseConference(
	file: string,
	text: string,
	frontMatter: Record<string, unknown>,
	conferences: Map<string, Conference>,
	options: ImportOptions,
	known: Recap | undefined,
): { slug: string; created?: Conference } {
	const wanted = options.conference ?? known?.conference;
	if (!wanted) return detectConference(file, text, frontMatter, conferences);
	if (conferences.has(wanted)) return { slug: wanted };
	const created = conferenceFromSlug(wanted);
	if (created) return { slug: wanted, created };
	throw new RecapError({
		file,
		reason: `Expected --conference to name a known conference or a new one like kubecon-eu-2023, received "${wanted}".`,
		fix: `use one of: ${[...conferences.keys()].join(', ')}.`,
	});
}

const chrome = /^(archives? de cat[ée]gorie|category archives?|archives? for|posts tagged)\b/i;

function describeRecap(
	frontMatter: Record<string, unknown>,
	text: string,
	options: ImportOptions,
	known: Recap | undefined,
	facts: Pick<Recap, 'conference' | 'format' | 'file' | 'sha256'>,
): Recap {
	if (known) return { ...known, ...facts, conference: options.conference ?? known.conference };
	const lines = text.split('\n').map((line) => line.trim().replace(/^#+\s*/, ''));
	const title =
		(typeof frontMatter.title === 'string' && frontMatter.title.trim()) ||
		lines.find((line) => line && line !== '---' && !chrome.test(line)) ||
		facts.file;
	const fromFrontMatter = [frontMatter.author, frontMatter.authors]
		.flat()
		.filter((value): value is string => typeof value === 'string' && value.trim() !== '');
	const byLine = lines.slice(0, 6).map((line) => /^by\s+(\p{Lu}.+)$/iu.exec(line)?.[1]).find(Boolean);
	const authors = options.authors?.length
		? [...options.authors]
		: fromFrontMatter.length > 0
			? fromFrontMatter
			: byLine
				? [byLine]
				: ['Anonymous attendee'];
	const date = frontMatterDate(frontMatter.date);
	return { title, authors, ...facts, ...(date ? { date } : {}), splits: [] };
}

function recapToYaml(record: Recap): string {
	const { title, authors, conference, date, url, format, file, sha256, splits } = record;
	return stringify(
		{
			title,
			authors,
			conference,
			...(date ? { date: date.toISOString().slice(0, 10) } : {}),
			...(url ? { url } : {}),
			format,
			file,
			sha256,
			...(splits.length > 0 ? { splits } : {}),
		},
		{ lineWidth: 0 },
	);
}

function conferenceToYaml(conference: Conference): Record<string, unknown> {
	return Object.fromEntries(Object.entries(conference).filter(([, value]) => value !== undefined));
}

export type { TalkFrontMatter };
