/**
 * Which card each page gets. Pages ask `cardPath(...)` for their `og:image`; the build
 * renders every card `listCards(site)` names. Both use the same paths, so they always agree.
 */
import type { Site } from '../queries.ts';
import type { Card } from './card.ts';

/** The site-wide card, for list pages, search and the home page. */
export const siteCard = 'og/site.png';

/** `og/<kind>/<id>.png` for an entry page. */
export function cardPath(kind: 'talks' | 'projects' | 'patterns' | 'conferences' | 'recaps' | 'people' | 'companies', id: string): string {
	return `og/${kind}/${id}.png`;
}

/** Every card of the site with its path. */
export function listCards(site: Site): { path: string; card: Card }[] {
	const cards: { path: string; card: Card }[] = [
		{ path: siteCard, card: { kind: 'KubeCon + CloudNativeCon', title: 'What our engineers learned: talks, projects, incident patterns and lessons' } },
	];
	for (const talk of site.talks) {
		const conference = site.conferences.get(talk.data.conference.id)!;
		const context = [conference.data.shortName, ...talk.data.companies.slice(0, 2)].join(' · ');
		cards.push({ path: cardPath('talks', talk.id), card: { kind: 'Talk', title: talk.data.title, context } });
	}
	for (const [id, project] of site.projects) {
		if (!site.graph.byProject.has(id)) continue;
		const maturity = project.data.maturity === 'none' ? 'Project' : `CNCF ${project.data.maturity} project`;
		cards.push({ path: cardPath('projects', id), card: { kind: maturity, title: project.data.name, context: project.data.category } });
	}
	for (const [id, pattern] of site.patterns) {
		const talks = site.graph.byPattern.get(id)?.length ?? 0;
		cards.push({ path: cardPath('patterns', id), card: { kind: 'Incident pattern', title: pattern.data.title, context: `${talks} ${talks === 1 ? 'talk' : 'talks'}` } });
	}
	for (const [id, conference] of site.conferences) {
		cards.push({ path: cardPath('conferences', id), card: { kind: 'Conference', title: conference.data.name, context: conference.data.city } });
	}
	for (const [id, recap] of site.recaps) {
		cards.push({ path: cardPath('recaps', id), card: { kind: 'Recap', title: recap.data.title, context: recap.data.authors.join(', ') } });
	}
	for (const group of site.graph.people.values()) {
		cards.push({ path: cardPath('people', group.slug), card: { kind: 'Speaker', title: group.label, context: `${group.talks.length} ${group.talks.length === 1 ? 'talk' : 'talks'}` } });
	}
	for (const group of site.graph.companies.values()) {
		cards.push({ path: cardPath('companies', group.slug), card: { kind: 'Company', title: group.label, context: `${group.talks.length} ${group.talks.length === 1 ? 'talk' : 'talks'}` } });
	}
	return cards;
}
