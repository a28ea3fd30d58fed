/** The list of link-preview cards the build renders to PNG after Astro has built the pages. */
import type { APIRoute } from 'astro';
import { listCards } from '../../lib/og/cards.ts';
import { getSite } from '../../lib/queries.ts';

export const GET: APIRoute = async () =>
	new Response(JSON.stringify(listCards(await getSite())), { headers: { 'Content-Type': 'application/json' } });
