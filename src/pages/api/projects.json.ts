import type { APIRoute } from 'astro';
import { projectsExport, urlMaker } from '../../lib/exports.ts';
import { getSite } from '../../lib/queries.ts';

export const GET: APIRoute = async ({ site }) => {
	const data = projectsExport(await getSite(), urlMaker(site));
	return new Response(JSON.stringify({ projects: data }, null, '\t'), { headers: { 'Content-Type': 'application/json' } });
};
