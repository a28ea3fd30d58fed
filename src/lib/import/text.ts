/** Small text helpers shared by the stages. */
import type { Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';

const smallWords = new Set(
	'a an and as at but by for from in into of on or per the to vs via with w/ your my our its'.split(' '),
);

/** Words of a line with surrounding punctuation removed. */
export function wordsOf(line: string): string[] {
	return line
		.split(/\s+/)
		.map((word) => word.replace(/^[("'“‘[]+|[)"'”’\],:;!?.]+$/g, ''))
		.filter(Boolean);
}

/**
 * True when every significant word starts with a capital letter or a digit:
 * "Kubernetes at Reddit: Tales from Production", not "Vitess (graduated)".
 */
export function isTitleCase(line: string): boolean {
	const words = line.split(/\s+/).filter((word) => /[\p{L}\d]/u.test(word));
	const significant = words.filter((word, index) => index === 0 || !smallWords.has(word.toLowerCase()));
	if (significant.length < 2) return false;
	return significant.every((word) => /^[^\p{L}]*(\p{Lu}|\d)/u.test(word) || /^\W*[a-z]+[A-Z]/.test(word));
}

/**
 * A URL-safe slug: lower-case ASCII words joined by hyphens, cut at a word boundary.
 * @param max Longest slug; the cut never splits a word.
 */
export function titleToSlug(title: string, max = 80): string {
	const words = title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/³/g, '3')
		.replace(/&/g, ' and ')
		.replace(/['’]/g, '')
		.toLowerCase()
		.split(/[^a-z0-9]+/)
		.filter(Boolean);
	let slug = '';
	for (const word of words) {
		const next = slug ? `${slug}-${word}` : word;
		if (next.length > max && slug) break;
		slug = next;
	}
	return slug.slice(0, max) || 'untitled';
}

/** Title words for matching: lower-case, "w/" read as "with", punctuation and small words gone. */
export function titleTokens(title: string): string[] {
	return title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/\bw\/\s*/g, 'with ')
		.replace(/\([^)]*\)/g, ' ')
		.split(/[^a-z0-9]+/)
		.filter((word) => word && !smallWords.has(word) && word !== 'with' && word !== 'talk');
}

/**
 * Plain text of mdast nodes with a line break between blocks, so the last word of one
 * bullet and the first of the next never run together ("Helm" + "Currently").
 */
export function blockText(node: Nodes | readonly Nodes[]): string {
	if (Array.isArray(node)) return (node as readonly Nodes[]).map((child) => blockText(child)).join('\n');
	const single = node as Nodes;
	if (single.type === 'paragraph' || single.type === 'heading' || single.type === 'tableCell') return toString(single);
	if ('children' in single) return blockText(single.children as Nodes[]);
	return toString(single);
}
