/**
 * The site's one Markdown pipeline: `astro.config.mjs` hands it to Astro for Markdown and
 * MDX, and the talk loader renders talk notes with it, so every page's text reads alike.
 */
import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import rehypeExternalLinks from 'rehype-external-links';
import remarkGfm from 'remark-gfm';
import { headingAnchors } from './rehype/heading-anchors.ts';

export const markdownOptions = {
	// GFM comes from our own remark-gfm so the importer and the site parse alike;
	// SmartyPants is off so notes read exactly as their authors typed them.
	gfm: false,
	smartypants: false,
	remarkPlugins: [remarkGfm],
	rehypePlugins: [
		...headingAnchors,
		// Links in notes lead off the site: never give the target a handle on this page.
		[rehypeExternalLinks, { rel: ['noopener', 'noreferrer'] }],
	],
} satisfies UnifiedProcessorOptions;
