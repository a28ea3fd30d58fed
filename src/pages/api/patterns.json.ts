import type { APIRoute } from 'astro';
import { patternsExport, urlMaker } from '../../lib/exports.ts';
import { getSite } from '../../lib/queries.ts';

export const GET: APIRoute = async ({ site }) => {
	const data = patternsExport(await getSite(), urlMaker(site));
	return new Response(JSON.stringify({ patterns: data }, null, '\t'), { headers: { 'Content-Type': 'application/json' } });
};
