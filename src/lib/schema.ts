/**
 * Zod schemas shared by the importer and the site.
 *
 * `src/content.config.ts` extends these with `reference()` fields, so the build rejects a
 * talk naming a project or pattern that does not exist; the importer validates with the
 * same rules before it writes anything.
 */
import { z } from 'astro/zod';

/** A lower-case, hyphenated identifier: `kubecon-na-2019`, `coredns`. */
export const slugSchema = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Expected a lower-case slug like "kubecon-na-2019"');

const isoDate = z.coerce.date();

/** Trimmed, lower-cased, de-duplicated tags. */
export const tagsSchema = z
	.array(z.string())
	.default([])
	.transform((tags) => [...new Set(tags.map((tag) => tag.trim().toLowerCase()).filter(Boolean))]);

/** A safe absolute link: only http(s) URLs are accepted. */
export const urlSchema = z.url({ protocol: /^https?$/, error: 'Expected an http(s) URL' });

/** Conferences: data entries under `content/conferences/`. */
export const conferenceSchema = z.object({
	/** Full name, "KubeCon + CloudNativeCon North America 2019". */
	name: z.string().min(1),
	/** Short name for chips and lists, "KubeCon NA 2019". */
	shortName: z.string().min(1),
	year: z.number().int().min(2015).max(2100),
	city: z.string().optional(),
	country: z.string().optional(),
	startDate: isoDate.optional(),
	endDate: isoDate.optional(),
	website: urlSchema.optional(),
});

/** The recognised shapes of a raw recap. */
export const recapFormats = ['markdown', 'slides', 'plain', 'archive-page'] as const;

/** A person's hint that overrides how the importer splits a recap into talks. */
export const splitHintSchema = z.object({
	/** 1-based line of the raw recap where a talk (or skipped block) starts. */
	line: z.number().int().positive(),
	/**
	 * `talk` starts a talk here, `skip` marks a block that is not a talk (logistics, closing
	 * words), `continue` keeps a heading inside the talk before it (a sub-heading).
	 */
	kind: z.enum(['talk', 'skip', 'continue']).default('talk'),
	/** Title to use when the notes give none, or give a poor one. */
	title: z.string().optional(),
	/** False when `title` is the talk's real title (from the schedule), not a description. */
	titleIsDescriptive: z.boolean().default(true),
});

/** Recaps: a record per raw document, the raw text itself kept beside it. */
export const recapSchema = z.object({
	title: z.string().min(1),
	authors: z.array(z.string().min(1)).min(1),
	conference: slugSchema,
	/** When the recap was written or published, if known. */
	date: isoDate.optional(),
	url: urlSchema.optional(),
	format: z.enum(recapFormats),
	/** File name of the raw copy, under `content/recaps/raw/`. */
	file: z.string().min(1),
	/** Hex SHA-256 of the raw bytes, so an edited copy is noticed. */
	sha256: z.string().regex(/^[0-9a-f]{64}$/),
	/** Optional hints that correct the automatic split into talks. */
	splits: z.array(splitHintSchema).default([]),
});

/** CNCF maturity levels, plus `none` for projects that are not CNCF-hosted. */
export const maturityLevels = ['sandbox', 'incubating', 'graduated', 'archived', 'none'] as const;

/** Projects: one data entry per project a talk mentions. */
export const projectSchema = z.object({
	name: z.string().min(1),
	/** Other spellings that identify the project in text ("OPA", "ArgoCD"). */
	aliases: z.array(z.string().min(1)).default([]),
	/** Matching is case-sensitive for these names ("kind" the tool, not the English word). */
	caseSensitive: z.boolean().default(false),
	/** False when the name alone is an ordinary word and only the aliases identify it. */
	matchName: z.boolean().default(true),
	maturity: z.enum(maturityLevels),
	category: z.string().min(1),
	homepage: urlSchema.optional(),
	repository: urlSchema.optional(),
	/** Dates the project entered each CNCF maturity level, where known. */
	dates: z
		.object({
			accepted: isoDate.optional(),
			incubating: isoDate.optional(),
			graduated: isoDate.optional(),
			archived: isoDate.optional(),
		})
		.default({}),
	description: z.string().optional(),
});

/** A lesson a talk teaches, with an id that stays stable as an anchor. */
export const lessonSchema = z.object({
	id: slugSchema,
	text: z.string().min(1),
	/** The recap the lesson was taken from. */
	recap: slugSchema.optional(),
});

/** Where a talk's notes came from: one element per recap that covers it. */
export const sourceSchema = z.object({
	recap: slugSchema,
	/** First line of the talk's notes in the raw recap. */
	line: z.number().int().positive(),
	/** `attended` when the recap only lists the talk without notes. */
	kind: z.enum(['notes', 'attended']).default('notes'),
	/** The talk's title as that recap wrote it, so a re-import finds the entry after a retitle. */
	title: z.string().optional(),
});

/** Talks: one canonical MDX entry per talk. Reference fields hold ids here. */
export const talkSchema = z.object({
	title: z.string().min(1),
	/** True when the notes gave no title and an editor wrote a descriptive one. */
	titleIsDescriptive: z.boolean().default(false),
	/** URL segment, decided once; retitling never changes it. */
	slug: slugSchema,
	/** Old URL paths that redirect here, site-relative: `talks/kubecon-na-2019/old-slug/`. */
	aliases: z
		.array(z.string().regex(/^[a-z0-9][a-z0-9/-]*\/$/, 'Expected a site path like "talks/kubecon-na-2019/old-slug/"'))
		.default([]),
	conference: slugSchema,
	/** Day of the talk when known. */
	date: isoDate.optional(),
	speakers: z.array(z.string().min(1)).default([]),
	companies: z.array(z.string().min(1)).default([]),
	projects: z.array(slugSchema).default([]),
	patterns: z.array(slugSchema).default([]),
	lessons: z.array(lessonSchema).default([]),
	tags: tagsSchema,
	sources: z.array(sourceSchema).min(1),
	summary: z.string().optional(),
	video: urlSchema.optional(),
	slides: urlSchema.optional(),
});

/** Incident patterns: failure stories that recur across companies. */
export const patternSchema = z.object({
	title: z.string().min(1),
	summary: z.string().min(1),
	symptoms: z.array(z.string().min(1)).min(1),
	trigger: z.string().min(1),
	rootCause: z.string().min(1),
	blastRadius: z.string().min(1),
	mitigation: z.array(z.string().min(1)).min(1),
	detection: z.array(z.string().min(1)).min(1),
	projects: z.array(slugSchema).default([]),
	/** Words that identify the pattern in notes, for tagging and quoting. */
	keywords: z.array(z.string().min(1)).default([]),
});

export type Conference = z.output<typeof conferenceSchema>;
export type Recap = z.output<typeof recapSchema>;
export type SplitHint = z.output<typeof splitHintSchema>;
export type Project = z.output<typeof projectSchema>;
export type Lesson = z.output<typeof lessonSchema>;
export type TalkSource = z.output<typeof sourceSchema>;
export type Talk = z.output<typeof talkSchema>;
export type Pattern = z.output<typeof patternSchema>;
export type RecapFormat = (typeof recapFormats)[number];
