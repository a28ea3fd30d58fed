/**
 * The JSON exports under /api/: plain data with absolute URLs for wiki macros and bots.
 * One content index feeds them all (and the graph), so they always agree with the pages.
 */
import { nameToSlug } from './links.ts';
import { maturityAt } from './maturity.ts';
import type { Site } from './queries.ts';
import { talkDate, talkPath } from './queries.ts';
import { toAbsoluteUrl } from './urls.ts';

type Url = (path: string) => string;

export function talksExport(site: Site, url: Url) {
	return site.talks.map((talk) => {
		const date = talkDate(talk, site.conferences);
		return {
			id: talk.id,
			url: url(talkPath(talk)),
			title: talk.data.title,
			titleIsDescriptive: talk.data.titleIsDescriptive,
			conference: { id: talk.data.conference.id, url: url(`conferences/${talk.data.conference.id}/`) },
			date: date.toISOString().slice(0, 10),
			speakers: talk.data.speakers.map((name) => ({ name, url: url(`people/${nameToSlug(name)}/`) })),
			companies: talk.data.companies.map((name) => ({ name, url: url(`companies/${nameToSlug(name)}/`) })),
			projects: talk.data.projects.map((ref) => {
				const project = site.projects.get(ref.id)!;
				return { id: ref.id, url: url(`projects/${ref.id}/`), maturityThen: maturityAt(project.data, date) };
			}),
			patterns: talk.data.patterns.map((ref) => ({ id: ref.id, url: url(`patterns/${ref.id}/`) })),
			lessons: talk.data.lessons.map((lesson) => ({ id: lesson.id, text: lesson.text, url: url(`${talkPath(talk)}#lesson-${lesson.id}`) })),
			notes: talk.data.sources.map((source) => ({
				recap: source.recap.id,
				kind: source.kind,
				url: url(`${talkPath(talk)}#notes-${source.recap.id}`),
				source: url(`recaps/${source.recap.id}/#L${source.line}`),
			})),
			video: talk.data.video,
			slides: talk.data.slides,
		};
	});
}

export function projectsExport(site: Site, url: Url) {
	return [...site.projects]
		.filter(([id]) => site.graph.byProject.has(id))
		.map(([id, project]) => ({
			id,
			url: url(`projects/${id}/`),
			name: project.data.name,
			maturity: project.data.maturity,
			category: project.data.category,
			homepage: project.data.homepage,
			repository: project.data.repository,
			dates: Object.fromEntries(Object.entries(project.data.dates).map(([level, date]) => [level, date?.toISOString().slice(0, 10)])),
			talks: (site.graph.byProject.get(id) ?? []).map((talk) => url(talkPath(site.talksById.get(talk)!))),
		}));
}

export function patternsExport(site: Site, url: Url) {
	return [...site.patterns].map(([id, pattern]) => ({
		id,
		url: url(`patterns/${id}/`),
		title: pattern.data.title,
		summary: pattern.data.summary,
		symptoms: pattern.data.symptoms,
		trigger: pattern.data.trigger,
		rootCause: pattern.data.rootCause,
		blastRadius: pattern.data.blastRadius,
		mitigation: pattern.data.mitigation,
		detection: pattern.data.detection,
		projects: pattern.data.projects.map((ref) => url(`projects/${ref.id}/`)),
		talks: (site.graph.byPattern.get(id) ?? []).map((talk) => url(talkPath(site.talksById.get(talk)!))),
	}));
}

/** Nodes and edges between talks, projects, patterns, people, companies and conferences. */
export function graphExport(site: Site, url: Url) {
	const nodes: { id: string; type: string; label: string; url: string }[] = [];
	const edges: { source: string; target: string; type: string }[] = [];
	for (const [id, conference] of site.conferences) nodes.push({ id: `conference:${id}`, type: 'conference', label: conference.data.name, url: url(`conferences/${id}/`) });
	for (const [id, project] of site.projects) if (site.graph.byProject.has(id)) nodes.push({ id: `project:${id}`, type: 'project', label: project.data.name, url: url(`projects/${id}/`) });
	for (const [id, pattern] of site.patterns) nodes.push({ id: `pattern:${id}`, type: 'pattern', label: pattern.data.title, url: url(`patterns/${id}/`) });
	for (const group of site.graph.people.values()) nodes.push({ id: `person:${group.slug}`, type: 'person', label: group.label, url: url(`people/${group.slug}/`) });
	for (const group of site.graph.companies.values()) nodes.push({ id: `company:${group.slug}`, type: 'company', label: group.label, url: url(`companies/${group.slug}/`) });
	for (const talk of site.talks) {
		const id = `talk:${talk.id}`;
		nodes.push({ id, type: 'talk', label: talk.data.title, url: url(talkPath(talk)) });
		edges.push({ source: id, target: `conference:${talk.data.conference.id}`, type: 'given-at' });
		for (const ref of talk.data.projects) edges.push({ source: id, target: `project:${ref.id}`, type: 'discusses' });
		for (const ref of talk.data.patterns) edges.push({ source: id, target: `pattern:${ref.id}`, type: 'illustrates' });
		for (const name of talk.data.speakers) edges.push({ source: id, target: `person:${nameToSlug(name)}`, type: 'presented-by' });
		for (const name of talk.data.companies) edges.push({ source: id, target: `company:${nameToSlug(name)}`, type: 'from' });
	}
	for (const [id, pattern] of site.patterns) for (const ref of pattern.data.projects) edges.push({ source: `pattern:${id}`, target: `project:${ref.id}`, type: 'involves' });
	return { nodes, edges };
}

/** A URL maker for an endpoint's `site`. */
export function urlMaker(origin: URL | undefined): Url {
	return (path) => toAbsoluteUrl(path, origin);
}
