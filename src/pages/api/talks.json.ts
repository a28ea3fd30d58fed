import type { APIRoute } from 'astro';
import { talksExport, urlMaker } from '../../lib/exports.ts';
import { getSite } from '../../lib/queries.ts';

export const GET: APIRoute = async ({ site }) => {
	const data = talksExport(await getSite(), urlMaker(site));
	return new Response(JSON.stringify({ talks: data }, null, '\t'), { headers: { 'Content-Type': 'application/json' } });
};
