/**
 * The only caller of `getCollection`: loads every collection once per build and answers
 * the questions pages ask. Pages never query collections themselves.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildLinkGraph, coDiscussed, relatedTalks, type LinkGraph, type TalkNode } from './links.ts';
import { maturityAt, type Maturity } from './maturity.ts';
export { joinNames } from './names.ts';

export type TalkEntry = CollectionEntry<'talks'>;
export type ProjectEntry = CollectionEntry<'projects'>;
export type PatternEntry = CollectionEntry<'patterns'>;
export type ConferenceEntry = CollectionEntry<'conferences'>;
export type RecapEntry = CollectionEntry<'recaps'>;

export interface Site {
	talks: TalkEntry[];
	projects: Map<string, ProjectEntry>;
	patterns: Map<string, PatternEntry>;
	conferences: Map<string, ConferenceEntry>;
	recaps: Map<string, RecapEntry>;
	talksById: Map<string, TalkEntry>;
	nodes: TalkNode[];
	graph: LinkGraph;
}

let cached: Promise<Site> | undefined;

/** Everything, loaded and linked once. */
export function getSite(): Promise<Site> {
	cached ??= load();
	return cached;
}

async function load(): Promise<Site> {
	const [talks, projects, patterns, conferences, recaps] = await Promise.all([
		getCollection('talks'),
		getCollection('projects'),
		getCollection('patterns'),
		getCollection('conferences'),
		getCollection('recaps'),
	]);
	const byId = <T extends { id: string }>(entries: T[]) => new Map(entries.map((entry) => [entry.id, entry]));
	const conferenceMap = byId(conferences);
	const start = (talk: TalkEntry) => talkDate(talk, conferenceMap).getTime();
	talks.sort((a, b) => start(b) - start(a) || a.data.title.localeCompare(b.data.title));
	const nodes: TalkNode[] = talks.map((talk) => ({
		id: talk.id,
		conference: talk.data.conference.id,
		projects: talk.data.projects.map((project) => project.id),
		patterns: talk.data.patterns.map((pattern) => pattern.id),
		speakers: talk.data.speakers,
		companies: talk.data.companies,
		recaps: talk.data.sources.map((source) => source.recap.id),
	}));
	return {
		talks,
		projects: byId(projects),
		patterns: byId(patterns),
		conferences: conferenceMap,
		recaps: byId(recaps),
		talksById: byId(talks),
		nodes,
		graph: buildLinkGraph(nodes),
	};
}

/** The day a talk was given: its own date, else its conference's first day. */
export function talkDate(talk: TalkEntry, conferences: Map<string, ConferenceEntry>): Date {
	const conference = conferences.get(talk.data.conference.id);
	return talk.data.date ?? conference?.data.startDate ?? new Date(Date.UTC(conference?.data.year ?? 2000, 0, 1));
}

/** A talk's URL path segment after `talks/`: `<conference>/<slug>/`. */
export function talkPath(talk: TalkEntry): string {
	return `talks/${talk.data.conference.id}/${talk.data.slug}/`;
}

/** Talks by id, in the site's order (newest conference first). */
export function pickTalks(site: Site, ids: readonly string[] | undefined): TalkEntry[] {
	// In the site's talk order, without scanning every talk for each page that asks.
	const order = (id: string) => site.graph.order.get(id) ?? -1;
	return [...new Set(ids ?? [])].filter((id) => order(id) >= 0).sort((a, b) => order(a) - order(b)).map((id) => site.talks[order(id)]!);
}

/** Talks grouped by conference, newest conference first. */
export function groupByConference(site: Site, talks: readonly TalkEntry[]): { conference: ConferenceEntry; talks: TalkEntry[] }[] {
	const groups = new Map<string, TalkEntry[]>();
	for (const talk of talks) {
		const id = talk.data.conference.id;
		groups.set(id, [...(groups.get(id) ?? []), talk]);
	}
	return [...groups]
		.map(([id, list]) => ({ conference: site.conferences.get(id)!, talks: list }))
		.sort((a, b) => (b.conference.data.startDate?.getTime() ?? 0) - (a.conference.data.startDate?.getTime() ?? 0));
}

export function getRelatedTalks(site: Site, talk: TalkEntry): TalkEntry[] {
	const node = site.nodes[site.graph.order.get(talk.id)!]!;
	return relatedTalks(node, site.graph).map(({ id }) => site.talksById.get(id)!);
}

export function getCoDiscussedProjects(site: Site, project: string): { project: ProjectEntry; count: number }[] {
	return coDiscussed(project, site.nodes).map(({ id, count }) => ({ project: site.projects.get(id)!, count }));
}

/** A project's maturity when a talk was given. */
export function maturityForTalk(site: Site, project: ProjectEntry, talk: TalkEntry): Maturity {
	return maturityAt(project.data, talkDate(talk, site.conferences));
}

/** Every lesson of every talk with its talk. */
export function getLessons(site: Site): { talk: TalkEntry; lesson: TalkEntry['data']['lessons'][number] }[] {
	return site.talks.flatMap((talk) => talk.data.lessons.map((lesson) => ({ talk, lesson })));
}

