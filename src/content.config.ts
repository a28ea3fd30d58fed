/** Content collections: loaders paired with the schemas from `src/lib/schema.ts`. */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import {
	conferenceSchema,
	patternSchema,
	projectSchema,
	recapSchema,
	talkSchema,
} from './lib/schema.ts';
import { recapLoader } from './lib/loaders/recap-loader.ts';
import { talkLoader } from './lib/loaders/talk-loader.ts';
import { z } from 'astro/zod';

/** Entry ids are file paths without extension, never a `slug` field. */
const pathId = ({ entry }: { entry: string }) => entry.replace(/\.(mdx|md|ya?ml|json)$/, '');

const conferences = defineCollection({
	loader: glob({ base: './content/conferences', pattern: '*.yaml', generateId: pathId }),
	schema: conferenceSchema,
});

const projects = defineCollection({
	loader: glob({ base: './content/projects', pattern: '*.yaml', generateId: pathId }),
	schema: projectSchema,
});

const recaps = defineCollection({
	loader: recapLoader('./content/recaps'),
	schema: recapSchema.extend({ conference: reference('conferences') }),
});

const patterns = defineCollection({
	loader: glob({ base: './content/patterns', pattern: '*.mdx', generateId: pathId }),
	schema: patternSchema.extend({ projects: z.array(reference('projects')).default([]) }),
});

const talks = defineCollection({
	loader: talkLoader({ base: './content/talks', recaps: './content/recaps' }),
	schema: talkSchema.extend({
		conference: reference('conferences'),
		projects: z.array(reference('projects')).default([]),
		patterns: z.array(reference('patterns')).default([]),
		sources: z
			.array(
				talkSchema.shape.sources.element.extend({
					recap: reference('recaps'),
				}),
			)
			.min(1),
	}),
});

export const collections = { conferences, projects, recaps, patterns, talks };
