/** The list of link-preview cards the build renders to PNG after Astro has built the pages. */
import type { APIRoute } from 'astro';
import { listCards } from '../../lib/og/cards.ts';
import { startCardRendering } from '../../lib/og/render-cards.ts';
import { getSite } from '../../lib/queries.ts';

export const GET: APIRoute = async () => {
	const cards = listCards(await getSite());
	// Start drawing now, on the core Astro leaves idle while it renders the remaining pages.
	if (import.meta.env.PROD) startCardRendering(cards, process.cwd());
	return new Response(JSON.stringify(cards), { headers: { 'Content-Type': 'application/json' } });
};
