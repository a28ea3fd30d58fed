/**
 * Short quotes from a talk's notes: the line that shows a pattern or a project, and which
 * recap's notes it is in, so pattern pages can link to the exact notes section.
 */

/** Each recap's notes in a talk body, as plain lines. */
export function notesByRecap(body: string): { recap: string; lines: string[] }[] {
	const blocks: { recap: string; lines: string[] }[] = [];
	const pattern = /^<Notes recap="([a-z0-9-]+)">$([\s\S]*?)^<\/Notes>$/gm;
	for (const match of body.matchAll(pattern)) {
		blocks.push({ recap: match[1]!, lines: match[2]!.split('\n').map(plainLine).filter(Boolean) });
	}
	return blocks;
}

/** A Markdown line as the reader sees it: no list markers, escapes, emphasis or link syntax. */
export function plainLine(line: string): string {
	return line
		.replace(/^\s*(?:[-*+]|\d+[.)]|#{1,6}|>)\s+/, '')
		.replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/\\([\\`*_{}[\]()#+\-.!<>|~])/g, '$1')
		.replace(/(\*\*|__|~~|`)/g, '')
		.trim();
}

/**
 * The first notes line that matches any of the terms, shortened to about `max` characters.
 * @returns undefined when no line matches.
 */
export function findQuote(
	body: string,
	terms: readonly string[],
	max = 220,
): { recap: string; text: string } | undefined {
	const matchers = terms.map(
		(term) => new RegExp(`(?<![\\p{L}\\d])${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '[\\s-]+')}`, 'iu'),
	);
	for (const { recap, lines } of notesByRecap(body)) {
		const line = lines.find((candidate) => matchers.some((matcher) => matcher.test(candidate)));
		if (line) return { recap, text: line.length > max ? `${line.slice(0, max - 1).replace(/\s+\S*$/, '')}…` : line };
	}
	return undefined;
}
