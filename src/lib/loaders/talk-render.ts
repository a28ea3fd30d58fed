/**
 * A talk body to HTML: MDX syntax (remark-mdx), the site's Markdown plugins
 * (`markdownOptions`, the ones Astro uses for every other page), `<Notes>` blocks as credited
 * sections, and Astro's heading ids and list of headings. Talk bodies hold no raw HTML or
 * images (the importer writes neither), so Astro's raw-HTML and image passes are left out.
 * Used by the talk loader directly for a few talks and from worker threads for many.
 */
import type { MarkdownHeading } from '@astrojs/markdown-remark';
import rehypeStringify from 'rehype-stringify';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import { markdownOptions } from '../markdown.ts';
import { RecapError } from '../errors.ts';
import { remarkNotesSections, type RecapCredit } from '../remark/notes-sections.ts';
import { toPath } from '../urls.ts';

export interface RenderJob {
	id: string;
	body: string;
	/** Path of the MDX file. */
	filePath: string;
}

/** Rendered HTML, or why a body could not be rendered (plain data: it crosses threads). */
export type RenderResult =
	| { id: string; html: string; headings: MarkdownHeading[] }
	| { id: string; error: { line: number | undefined; reason: string; fix: string } };

/** What a render failure tells the person: line, what was expected, the fix. */
function describe(error: unknown): { line: number | undefined; reason: string; fix: string } {
	if (error instanceof RecapError) return { line: error.line, reason: error.message, fix: error.fix ?? '' };
	// A VFileMessage: `line`, else its `name` is the place, "1:1" or "1:1-3:4".
	const { line, name, reason, message } = error as { line?: number; name?: string; reason?: string; message?: string };
	const start = /^(\d+):\d+/.exec(name ?? '')?.[1];
	return {
		line: line ?? (start ? Number(start) : undefined),
		reason: `Expected MDX the site can render, found: ${(reason ?? message ?? String(error)).split('\n')[0]}`,
		fix: 'correct the MDX at that line (a literal { or < needs a backslash before it).',
	};
}

/** A renderer for talk bodies whose notes credit `credits` and link under `base`. */
export function createTalkRenderer(credits: ReadonlyMap<string, RecapCredit>, base: string): (job: RenderJob) => Promise<RenderResult> {
	const notes = { recaps: credits, recapPath: (recap: string) => toPath(`recaps/${recap}/`, base) };
	const processor = unified()
		.use(remarkParse)
		.use(remarkMdx)
		.use(markdownOptions.remarkPlugins as PluggableList)
		.use(remarkNotesSections, notes)
		.use(remarkRehype)
		.use(markdownOptions.rehypePlugins as PluggableList)
		.use(rehypeStringify);
	return async ({ id, body, filePath }) => {
		try {
			const file = await processor.process(new VFile({ value: body, path: filePath }));
			const { headings } = (file.data as { astro?: { headings?: MarkdownHeading[] } }).astro ?? {};
			return { id, html: String(file), headings: headings ?? [] };
		} catch (error) {
			return { id, error: describe(error) };
		}
	};
}
