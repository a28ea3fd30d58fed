// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { pagefindIntegration } from './src/integrations/pagefind.ts';

/** Origin and sub-folder the site is published under; see README "Deploying". */
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	build: { format: 'directory' },
	markdown: {
		// GFM comes from our own remark-gfm so the importer and the site parse alike;
		// SmartyPants is off so notes read exactly as their authors typed them.
		processor: unified({ gfm: false, smartypants: false, remarkPlugins: [remarkGfm] }),
	},
	integrations: [mdx(), pagefindIntegration()],
	devToolbar: { enabled: false },
});
