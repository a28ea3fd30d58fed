/**
 * validate stage: checks an entry's front matter against the shared schema and the known
 * ids, so the importer never writes what the site would refuse to build.
 */
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { isMap, isSeq, parseDocument, type Document } from 'yaml';
import type { z } from 'astro/zod';
import { RecapError } from '../errors.ts';
import { talkSchema, type Talk } from '../schema.ts';

/** Ids that reference fields may name. */
export interface KnownIds {
	conferences: ReadonlySet<string>;
	projects: ReadonlySet<string>;
	patterns: ReadonlySet<string>;
	recaps: ReadonlySet<string>;
}

/** Splits an MDX file into its YAML front matter and body. */
export function splitFrontMatter(text: string): { yaml: string; body: string; bodyLine: number } {
	const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
	if (!match) return { yaml: '', body: text, bodyLine: 1 };
	return {
		yaml: match[1] ?? '',
		body: text.slice(match[0].length),
		bodyLine: match[0].split('\n').length,
	};
}

/** 1-based line of a dotted field path inside a YAML document, or the first line. */
function lineOfField(doc: Document, text: string, fieldPath: readonly PropertyKey[]): number {
	let node: unknown = doc.contents;
	let offset = 0;
	for (const key of fieldPath) {
		if (isMap(node)) {
			const pair = node.items.find((item) => (item.key as { value?: unknown })?.value === key);
			if (!pair) break;
			offset = (pair.key as { range?: number[] }).range?.[0] ?? offset;
			node = pair.value;
		} else if (isSeq(node) && typeof key === 'number') {
			const item = node.items[key] as { range?: number[] } | undefined;
			if (!item) break;
			offset = item.range?.[0] ?? offset;
			node = item;
		} else break;
	}
	return text.slice(0, offset).split('\n').length;
}

/** Closest id by edit distance, for "Did you mean" hints. */
function closest(value: string, candidates: Iterable<string>): string | undefined {
	let best: string | undefined;
	let bestScore = Infinity;
	for (const candidate of candidates) {
		const score = distance(value, candidate);
		if (score < bestScore) [best, bestScore] = [candidate, score];
	}
	return best !== undefined && bestScore <= Math.max(2, value.length / 3) ? best : undefined;
}

function distance(a: string, b: string): number {
	const row = Array.from({ length: b.length + 1 }, (_, index) => index);
	for (let i = 1; i <= a.length; i++) {
		let previous = row[0]!;
		row[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const current = row[j]!;
			row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
			previous = current;
		}
	}
	return row[b.length]!;
}

/**
 * Validates a talk entry's MDX text.
 * @param file Path shown in messages, relative to the project root.
 * @returns The parsed talk, or every problem found.
 */
export function validateTalk(
	file: string,
	mdx: string,
	known: KnownIds,
): { talk: Talk; problems: [] } | { talk: undefined; problems: RecapError[] } {
	const { yaml } = splitFrontMatter(mdx);
	const doc = parseDocument(yaml);
	// Front matter starts on line 2 of the file, after the opening `---`.
	const at = (fieldPath: readonly PropertyKey[]) => lineOfField(doc, yaml, fieldPath) + 1;
	if (doc.errors.length > 0) {
		return {
			talk: undefined,
			problems: doc.errors.map(
				(error) =>
					new RecapError({
						file,
						line: (error.linePos?.[0]?.line ?? 0) + 1,
						reason: `Expected valid YAML front matter, found: ${error.message.split('\n')[0]}`,
						fix: 'correct the YAML between the two `---` lines.',
					}),
			),
		};
	}
	const result = talkSchema.safeParse(doc.toJS());
	if (!result.success) {
		return { talk: undefined, problems: schemaProblems(file, result.error, at) };
	}
	const talk = result.data;
	const problems: RecapError[] = [];
	const checkRef = (field: string, ids: ReadonlySet<string>, dir: string, value: string, path: PropertyKey[]) => {
		if (ids.has(value)) return;
		const guess = closest(value, ids);
		problems.push(
			new RecapError({
				file,
				line: at(path),
				field,
				reason: `Expected an id from content/${dir}/, received "${value}".${guess ? ` Did you mean "${guess}"?` : ''}`,
				fix: `use an existing id, or add content/${dir}/${value}.${dir === 'patterns' ? 'mdx' : 'yaml'}.`,
			}),
		);
	};
	checkRef('conference', known.conferences, 'conferences', talk.conference, ['conference']);
	talk.projects.forEach((id, index) =>
		checkRef(`projects.${index}`, known.projects, 'projects', id, ['projects', index]),
	);
	talk.patterns.forEach((id, index) =>
		checkRef(`patterns.${index}`, known.patterns, 'patterns', id, ['patterns', index]),
	);
	talk.sources.forEach((source, index) =>
		checkRef(`sources.${index}.recap`, known.recaps, 'recaps', source.recap, ['sources', index, 'recap']),
	);
	const lessonIds = new Set<string>();
	talk.lessons.forEach((lesson, index) => {
		if (lessonIds.has(lesson.id)) {
			problems.push(
				new RecapError({
					file,
					line: at(['lessons', index, 'id']),
					field: `lessons.${index}.id`,
					reason: `Expected unique lesson ids, found "${lesson.id}" twice.`,
					fix: 'rename one of the lessons; ids become anchors, so keep the older one.',
				}),
			);
		}
		lessonIds.add(lesson.id);
	});
	return problems.length > 0 ? { talk: undefined, problems } : { talk, problems: [] };
}

function schemaProblems(
	file: string,
	error: z.ZodError,
	at: (path: readonly PropertyKey[]) => number,
): RecapError[] {
	return error.issues.map(
		(issue) =>
			new RecapError({
				file,
				line: at(issue.path),
				field: issue.path.join('.') || '(front matter)',
				reason: issue.message,
				fix: 'see the talks collection in src/lib/schema.ts for what each field accepts.',
			}),
	);
}

const mdxParser = unified().use(remarkParse).use(remarkGfm).use(remarkMdx);

/** What the emit stage writes when notes held text MDX would read as code. */
const escaped = /\\[<{}]|&#x(?:69|65);/;

/**
 * Parses an entry's MDX with the MDX syntax the site renders, so an entry that would break
 * the build is caught before it is written. Only bodies whose notes needed escaping are
 * parsed: the rest are plain Markdown inside the importer's own `<Notes>` wrapper, and MDX
 * parsing costs ~10 ms per talk, which a 2 MB recap cannot afford (see `npm run bench`).
 */
export async function validateMdx(file: string, mdx: string): Promise<RecapError[]> {
	const { body, bodyLine } = splitFrontMatter(mdx);
	if (!escaped.test(body)) return [];
	try {
		mdxParser.parse(body);
		return [];
	} catch (error) {
		const place = (error as { line?: number }).line;
		return [
			new RecapError({
				file,
				line: place === undefined ? bodyLine : place + bodyLine - 1,
				reason: `Expected MDX the site can build, found: ${(error as Error).message.split('\n')[0]}`,
				fix: 'this is a bug in the importer\'s escaping; please report it with the recap attached.',
			}),
		];
	}
}
