/**
 * The link graph: every reference is recorded once as an outgoing link from a talk, and the
 * lists of "talks about this project / pattern / person / company / recap" are its inverse.
 * Pure: takes plain entries, so it is tested without Astro.
 */
import { titleToSlug } from './import/text.ts';

/** What the graph needs of a talk. */
export interface TalkNode {
	id: string;
	conference: string;
	projects: readonly string[];
	patterns: readonly string[];
	speakers: readonly string[];
	companies: readonly string[];
	recaps: readonly string[];
}

/** A person or company page: its slug, the spelling most talks use, and its talks. */
export interface NamedGroup {
	slug: string;
	label: string;
	talks: string[];
}

export interface LinkGraph {
	byProject: Map<string, string[]>;
	byPattern: Map<string, string[]>;
	byConference: Map<string, string[]>;
	byRecap: Map<string, string[]>;
	people: Map<string, NamedGroup>;
	companies: Map<string, NamedGroup>;
	/** Each talk's position in the list the graph was built from, for stable tie-breaks. */
	order: Map<string, number>;
}

function push(map: Map<string, string[]>, key: string, value: string): void {
	const list = map.get(key);
	if (list) {
		if (!list.includes(value)) list.push(value);
	} else map.set(key, [value]);
}

/** Slug of a person's or company's name: "AirBnB" and "Airbnb" are one company. */
export function nameToSlug(name: string): string {
	return titleToSlug(name.replace(/\.$/, ''), 60);
}

function groupNames(talks: readonly TalkNode[], names: (talk: TalkNode) => readonly string[]): Map<string, NamedGroup> {
	const spellings = new Map<string, Map<string, number>>();
	const groups = new Map<string, NamedGroup>();
	for (const talk of talks) {
		for (const name of names(talk)) {
			const slug = nameToSlug(name);
			const counts = spellings.get(slug) ?? new Map<string, number>();
			counts.set(name, (counts.get(name) ?? 0) + 1);
			spellings.set(slug, counts);
			const group = groups.get(slug) ?? { slug, label: name, talks: [] };
			if (!group.talks.includes(talk.id)) group.talks.push(talk.id);
			groups.set(slug, group);
		}
	}
	for (const [slug, counts] of spellings) {
		const best = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]!;
		groups.get(slug)!.label = best[0];
	}
	return groups;
}

/** Inverts the talks' outgoing references. */
export function buildLinkGraph(talks: readonly TalkNode[]): LinkGraph {
	const graph: LinkGraph = {
		byProject: new Map(),
		byPattern: new Map(),
		byConference: new Map(),
		byRecap: new Map(),
		people: groupNames(talks, (talk) => talk.speakers),
		companies: groupNames(talks, (talk) => talk.companies),
		order: new Map(talks.map((talk, index) => [talk.id, index])),
	};
	for (const talk of talks) {
		push(graph.byConference, talk.conference, talk.id);
		for (const project of talk.projects) push(graph.byProject, project, talk.id);
		for (const pattern of talk.patterns) push(graph.byPattern, pattern, talk.id);
		for (const recap of talk.recaps) push(graph.byRecap, recap, talk.id);
	}
	return graph;
}

/**
 * Talks related to `talk`, best first: a shared incident pattern counts 3, a shared project
 * 2 divided by how common the project is (Prometheus is shared by everything), a shared
 * company 1.
 */
export function relatedTalks(talk: TalkNode, graph: LinkGraph, limit = 6): { id: string; score: number }[] {
	const scores = new Map<string, number>();
	const add = (ids: readonly string[] | undefined, weight: number) => {
		for (const id of ids ?? []) if (id !== talk.id) scores.set(id, (scores.get(id) ?? 0) + weight);
	};
	for (const pattern of talk.patterns) add(graph.byPattern.get(pattern), 3);
	for (const project of talk.projects) {
		const ids = graph.byProject.get(project) ?? [];
		add(ids, 2 / Math.max(1, Math.log2(ids.length)));
	}
	for (const company of talk.companies) add(graph.companies.get(nameToSlug(company))?.talks, 1);
	// The best `limit` in one pass: every talk page asks, and sorting every candidate on each
	// of 5,000 talk pages cost seconds.
	const before = (a: { id: string; score: number }, b: { id: string; score: number }) =>
		a.score > b.score || (a.score === b.score && (graph.order.get(a.id) ?? 0) < (graph.order.get(b.id) ?? 0));
	const best: { id: string; score: number }[] = [];
	for (const [id, score] of scores) {
		const candidate = { id, score };
		if (best.length === limit && !before(candidate, best[limit - 1]!)) continue;
		let at = best.length;
		while (at > 0 && before(candidate, best[at - 1]!)) at--;
		best.splice(at, 0, candidate);
		if (best.length > limit) best.pop();
	}
	return best;
}

/** Projects most often discussed in the same talks as `project`. */
export function coDiscussed(project: string, talks: readonly TalkNode[], limit = 8): { id: string; count: number }[] {
	const counts = new Map<string, number>();
	for (const talk of talks) {
		if (!talk.projects.includes(project)) continue;
		for (const other of talk.projects) if (other !== project) counts.set(other, (counts.get(other) ?? 0) + 1);
	}
	return [...counts]
		.map(([id, count]) => ({ id, count }))
		.sort((a, b) => b.count - a.count || a.id.localeCompare(b.id))
		.slice(0, limit);
}
