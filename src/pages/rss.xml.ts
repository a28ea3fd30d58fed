/** RSS feed of talks, newest recaps first. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getSite, joinNames, talkDate, talkPath } from '../lib/queries.ts';
import { toAbsoluteUrl } from '../lib/urls.ts';

export const GET: APIRoute = async ({ site: origin }) => {
	const site = await getSite();
	const published = (talk: (typeof site.talks)[number]) =>
		Math.max(
			...talk.data.sources.map((source) => site.recaps.get(source.recap.id)?.data.date?.getTime() ?? 0),
			talkDate(talk, site.conferences).getTime(),
		);
	const talks = [...site.talks].sort((a, b) => published(b) - published(a) || a.data.title.localeCompare(b.data.title));
	return rss({
		title: 'Conference Notes: talks',
		description: 'Talks from KubeCon + CloudNativeCon, with the notes our engineers took.',
		site: toAbsoluteUrl('', origin),
		items: talks.map((talk) => {
			const conference = site.conferences.get(talk.data.conference.id)!;
			const authors = talk.data.sources.map((source) => joinNames(site.recaps.get(source.recap.id)?.data.authors ?? []));
			return {
				title: talk.data.title,
				link: toAbsoluteUrl(talkPath(talk), origin),
				pubDate: new Date(published(talk)),
				description:
					talk.data.summary ??
					`${conference.data.name}${talk.data.companies.length ? ` · ${talk.data.companies.join(', ')}` : ''}. Notes from ${joinNames(authors)}.`,
				categories: [conference.data.shortName, ...talk.data.projects.map((ref) => site.projects.get(ref.id)!.data.name)],
			};
		}),
	});
};
