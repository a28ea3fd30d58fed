/** The list of link-preview cards the build renders to PNG after Astro has built the pages. */
import type { APIRoute } from 'astro';
import { listCards } from '../../lib/og/cards.ts';
import { getSite } from '../../lib/queries.ts';

export const GET: APIRoute = async () => {
	const cards = listCards(await getSite());
	return new Response(JSON.stringify(cards), { headers: { 'Content-Type': 'application/json' } });
};
