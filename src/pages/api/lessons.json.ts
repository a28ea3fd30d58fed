/** Every lesson with the absolute URL of its anchor, for wiki macros and the search index. */
import type { APIRoute } from 'astro';
import { nameToSlug } from '../../lib/links.ts';
import { getLessons, getSite, talkDate, talkPath } from '../../lib/queries.ts';
import { toAbsoluteUrl } from '../../lib/urls.ts';

export const GET: APIRoute = async ({ site: origin }) => {
	const site = await getSite();
	const lessons = getLessons(site).map(({ talk, lesson }) => ({
		id: lesson.id,
		text: lesson.text,
		url: toAbsoluteUrl(`${talkPath(talk)}#lesson-${lesson.id}`, origin),
		talk: talk.data.title,
		talkUrl: toAbsoluteUrl(talkPath(talk), origin),
		conference: talk.data.conference.id,
		conferenceName: site.conferences.get(talk.data.conference.id)?.data.shortName ?? talk.data.conference.id,
		date: talkDate(talk, site.conferences).toISOString().slice(0, 10),
		year: String(talkDate(talk, site.conferences).getUTCFullYear()),
		projects: talk.data.projects.map((ref) => ref.id),
		patterns: talk.data.patterns.map((ref) => ref.id),
		companies: talk.data.companies.map(nameToSlug),
	}));
	return new Response(JSON.stringify({ lessons }, null, '\t'), { headers: { 'Content-Type': 'application/json' } });
};
