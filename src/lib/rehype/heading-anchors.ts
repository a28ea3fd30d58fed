/**
 * Heading anchors for Markdown and MDX: every heading keeps its id and gets a link to
 * itself after it, shown on hover and focus, named for screen readers by the heading's
 * text. Ids come from Astro's own slugger, run first so the anchors can use them.
 * @see https://github.com/rehypejs/rehype-autolink-headings
 */
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import type { Element, ElementContent } from 'hast';
import { toString } from 'hast-util-to-string';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import type { RehypePlugins } from '@astrojs/markdown-remark';

/** The content of an anchor link: a visible `#` and a label for assistive technology. */
export function anchorContent(heading: Element): ElementContent[] {
	return [
		{ type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
		{
			type: 'element',
			tagName: 'span',
			properties: { className: ['visually-hidden'] },
			children: [{ type: 'text', value: `Link to section: ${toString(heading)}` }],
		},
	];
}

export const headingAnchors: RehypePlugins = [
	rehypeHeadingIds,
	[
		rehypeAutolinkHeadings,
		{
			behavior: 'after',
			// Not search text: every page would match "link" and "section".
			properties: { className: ['heading-anchor'], dataPagefindIgnore: '' },
			group: (heading: Element) => ({
				type: 'element',
				tagName: 'div',
				properties: { className: ['heading-wrapper', `level-${heading.tagName}`] },
				children: [],
			}),
			content: anchorContent,
		},
	],
];
