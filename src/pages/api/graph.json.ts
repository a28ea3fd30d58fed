import type { APIRoute } from 'astro';
import { graphExport, urlMaker } from '../../lib/exports.ts';
import { getSite } from '../../lib/queries.ts';

export const GET: APIRoute = async ({ site }) => {
	const data = graphExport(await getSite(), urlMaker(site));
	return new Response(JSON.stringify(data, null, '\t'), { headers: { 'Content-Type': 'application/json' } });
};
