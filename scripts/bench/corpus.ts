/**
 * Synthetic content for the benchmark: N talks written with the importer's own emit stage,
 * so every entry passes the same schema the real ones do. Deterministic for a given size.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { RootContent } from 'mdast';
import { entryToMdx, notesBlock } from '../../src/lib/import/emit.ts';
import { parseLines } from '../../src/lib/import/parse.ts';
import { titleToSlug } from '../../src/lib/import/text.ts';

const terms = 'cluster scheduler etcd ingress mesh sidecar operator controller probe rollout canary gitops policy tracing metrics logging autoscaling storage network dns registry image runtime kernel upgrade multi-tenant security secrets cost edge serverless'.split(' ');
const syllables = 'ka lo mi ne ra tu so vi de pa gro sti lan mer dox fin hal cor bel tran'.split(' ');
/** The most common words of any English text, as in real notes. */
const stopwords = 'the a to and of in is for with on we it that are be not at by this you as from have can our was all but they more one use when so if out run what'.split(' ');
/**
 * A vocabulary like real notes': a few thousand words, a few very common ones (stopwords),
 * the technical terms in between, most words rare. Calibrated on the site's own 50 talks
 * with notes, where a term like "etcd" is in 18% of talks, "dns" and "canary" in 6%,
 * "cluster" in 40%: each synthetic talk names about seven of the 30 terms, so each term is
 * in roughly a fifth of the talks. (An earlier corpus put the terms at the head of the
 * vocabulary, so every term was on nearly every page, like searching for "the".)
 */
const vocabulary = [
	...stopwords,
	...Array.from({ length: 4000 }, (_, index) => {
		let word = '';
		for (let rest = index + 21; rest > 0; rest = Math.floor(rest / syllables.length)) word += syllables[rest % syllables.length];
		return word;
	}),
];
const verbs = 'Scaling Taming Debugging Securing Operating Migrating Observing Automating Building Running'.split(' ');
const companies = Array.from({ length: 200 }, (_, index) => `Company ${index + 1}`);
const firstNames = 'Ada Alan Barbara Carl Dana Edsger Frances Grace Hedy Ivan John Karen Linus Margaret Niklaus Radia'.split(' ');
const lastNames = 'Lovelace Turing Liskov Sagan Scott Dijkstra Allen Hopper Lamarr Sutherland Backus Jones Torvalds Hamilton Wirth Perlman'.split(' ');

/** A small deterministic random generator (mulberry32). */
function random(seed: number): () => number {
	let state = seed;
	return () => {
		state = (state + 0x6d2b79f5) | 0;
		let t = Math.imul(state ^ (state >>> 15), 1 | state);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Writes `count` talks, spread over the real conferences, into `content/talks/`. */
export async function writeCorpus(content: string, count: number, projects: string[], patterns: string[]): Promise<void> {
	const next = random(count);
	const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
	// Zipf-like: index ~ n^(u^2), so early words are common and most are rare.
	const word = () => vocabulary[Math.floor(vocabulary.length ** (next() ** 2)) - 1]!;
	const conferences = ['kubecon-na-2019', 'kubecon-eu-2019', 'kubecon-eu-2018'];
	const recaps = conferences.map((conference) => `bench-recap-${conference}`);
	await mkdir(path.join(content, 'recaps', 'raw'), { recursive: true });
	for (const [index, conference] of conferences.entries()) {
		const raw = `Benchmark recap ${index}\n`;
		await writeFile(path.join(content, 'recaps', 'raw', `${recaps[index]}.txt`), raw);
		const sha = (await import('node:crypto')).createHash('sha256').update(raw).digest('hex');
		await writeFile(
			path.join(content, 'recaps', `${recaps[index]}.yaml`),
			`title: Benchmark recap ${index}\nauthors: [Bench Author ${index}]\nconference: ${conference}\nformat: plain\nfile: ${recaps[index]}.txt\nsha256: ${sha}\n`,
		);
	}
	for (let index = 0; index < count; index++) {
		const conferenceIndex = index % conferences.length;
		const conference = conferences[conferenceIndex]!;
		const title = `${pick(verbs)} ${pick(terms)} and ${word()} at ${pick(companies)} (${index})`;
		const slug = titleToSlug(title);
		const talkProjects = [...new Set([pick(projects), pick(projects), pick(projects)])];
		const talkPatterns = next() < 0.3 ? [pick(patterns)] : [];
		const notes = [
			`${title}`,
			...Array.from({ length: 6 }, () => `- ${pick(verbs)} ${pick(terms)} with ${talkProjects.join(' and ')}: ${Array.from({ length: 12 }, word).join(' ')}`),
			` - Lesson: be careful with ${pick(terms)} ${word()} during ${word()}`,
			`- ${Array.from({ length: 25 }, word).join(' ')}`,
			`- Don't run ${pick(terms)} without ${word()}`,
		].join('\n');
		const blocks = (parseLines(notes) as RootContent[]).slice(1);
		const body = notesBlock(recaps[conferenceIndex]!, { blocks, attended: false });
		const mdx = entryToMdx(
			{
				title,
				titleIsDescriptive: false,
				slug,
				aliases: [],
				conference,
				speakers: [`${pick(firstNames)} ${pick(lastNames)}`],
				companies: [pick(companies)],
				projects: talkProjects,
				patterns: talkPatterns,
				lessons: [{ id: `lesson-${index}`, text: `Be careful with ${pick(terms)} at scale`, recap: recaps[conferenceIndex] }],
				tags: [],
				sources: [{ recap: recaps[conferenceIndex]!, line: 1, kind: 'notes', title }],
			},
			body,
		);
		await mkdir(path.join(content, 'talks', conference), { recursive: true });
		await writeFile(path.join(content, 'talks', conference, `${slug}.mdx`), mdx);
	}
}

/** A slide-deck style recap of about `bytes` bytes, for timing the importer. */
export function syntheticRecap(bytes: number): string {
	const next = random(bytes);
	const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
	const lines = ['KubeCon Europe 2019 team recap', ''];
	let size = 0;
	for (let talk = 0; size < bytes; talk++) {
		const block = [
			`${pick(verbs)} ${pick(terms)} at ${pick(companies)} Number ${talk}`,
			'',
			...Array.from({ length: 8 }, () => `- ${pick(verbs)} ${pick(terms)}: ${Array.from({ length: 14 }, () => pick(terms)).join(' ')} with Prometheus`),
			` - Lesson: careful with ${pick(terms)}`,
			'',
		].join('\n');
		lines.push(block);
		size += block.length + 1;
	}
	return lines.join('\n');
}
