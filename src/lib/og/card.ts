/**
 * Link-preview cards: a PNG per page with its kind, title and context. Text is laid out
 * with the site's own font (Inter, from @fontsource, read by opentype.js) and turned into
 * SVG paths, which resvg rasterises: no system fonts, no network, the same on every machine.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import opentype from 'opentype.js';

export interface Card {
	/** "Talk", "Incident pattern", ... */
	kind: string;
	title: string;
	/** Conference or other context, one line. */
	context?: string | undefined;
}

/**
 * Width of the PNG: 600×315 keeps the 1.91:1 shape link previews expect (and their minimum
 * size for large images) and renders in a fifth of the time a 1200-pixel card takes, which
 * is what lets 5,000 talks' cards build in seconds (see `npm run bench`).
 */
export const cardWidth = 600;

const require = createRequire(import.meta.url);
type Font = ReturnType<typeof opentype.parse>;
let fonts: { regular: Font; bold: Font } | undefined;

function loadFonts(): { regular: Font; bold: Font } {
	const load = (weight: string) => {
		const file = readFileSync(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`));
		const font = opentype.parse(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength));
		// opentype.js cannot apply some of Inter's contextual substitutions (ccmp); cards need
		// none of them, so the substitution table is dropped and glyphs map one to one.
		delete (font.tables as { gsub?: unknown }).gsub;
		return font;
	};
	fonts ??= { regular: load('400'), bold: load('700') };
	return fonts;
}

/** Greedy word wrap by measured width; a title cut short ends with an ellipsis. */
export function wrapText(text: string, fits: (line: string) => boolean, maxLines: number): string[] {
	const words = text.split(/\s+/).filter(Boolean);
	const lines: string[] = [];
	let line = '';
	let used = 0;
	for (const word of words) {
		const next = line ? `${line} ${word}` : word;
		if (fits(next) || !line) {
			line = next;
			used++;
			continue;
		}
		if (lines.length === maxLines - 1) break;
		lines.push(line);
		line = word;
		used++;
	}
	if (line) lines.push(line);
	if (used < words.length) {
		let last = `${lines.pop() ?? ''}…`;
		while (!fits(last) && last.length > 2) last = `${last.slice(0, -2).trimEnd()}…`;
		lines.push(last);
	}
	return lines;
}

/** The card as SVG whose text is already paths. */
export function cardToSvg(card: Card, width = cardWidth): string {
	const { regular, bold } = loadFonts();
	const size = card.title.length > 70 ? 54 : 64;
	const maxWidth = 1040;
	const titleLines = wrapText(card.title, (line) => bold.getAdvanceWidth(line, size) <= maxWidth, 4);
	const used = new Map<string, string>();
	const path = (font: Font, text: string, x: number, y: number, fontSize: number, fill: string, anchorEnd = false) => {
		const left = anchorEnd ? x - font.getAdvanceWidth(text, fontSize) : x;
		return textToUses(font, text, left, y, fontSize, fill, used);
	};
	const context = card.context
		? wrapText(card.context, (line) => regular.getAdvanceWidth(line, 32) <= 760, 1)[0] ?? ''
		: '';
	const body = [
		'<rect width="1200" height="630" fill="#0f1f4a"/><rect width="1200" height="12" fill="#8fb0ff"/>',
		path(bold, card.kind.toUpperCase(), 80, 130, 30, '#8fb0ff'),
		...titleLines.map((line, index) => path(bold, line, 80, 230 + index * size * 1.18, size, '#ffffff')),
		context ? path(regular, context, 80, 560, 32, '#dbe5ff') : '',
		path(bold, 'Conference Notes', 1120, 560, 28, '#ffffff', true),
	].join('');
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${Math.round((width * 630) / 1200)}" viewBox="0 0 1200 630">`,
		`<defs>${[...used.values()].join('')}</defs>`,
		body,
		'</svg>',
	].join('');
}

/** Glyph outlines in font units, drawn once per font and glyph and reused by every card. */
const glyphPaths = new WeakMap<Font, Map<number, string>>();

/**
 * A line of text as `<use>` references to glyph outlines: laying out a card is then a few
 * additions per letter instead of converting every letter's outline again.
 */
function textToUses(font: Font, text: string, x: number, y: number, fontSize: number, fill: string, used: Map<string, string>): string {
	const cache = glyphPaths.get(font) ?? new Map<number, string>();
	glyphPaths.set(font, cache);
	const fontId = font === loadFonts().bold ? 'b' : 'r';
	const scale = fontSize / font.unitsPerEm;
	const glyphs = font.stringToGlyphs(text);
	let advance = 0;
	const uses: string[] = [];
	glyphs.forEach((glyph, index) => {
		const id = `${fontId}${glyph.index}`;
		if (!cache.has(glyph.index)) cache.set(glyph.index, glyph.getPath(0, 0, font.unitsPerEm).toPathData(0));
		const data = cache.get(glyph.index)!;
		if (data && !used.has(id)) used.set(id, `<path id="${id}" d="${data}"/>`);
		if (data) uses.push(`<use xlink:href="#${id}" x="${advance.toFixed(0)}"/>`);
		const next = glyphs[index + 1];
		advance += (glyph.advanceWidth ?? 0) + (next ? font.getKerningValue(glyph, next) : 0);
	});
	return `<g fill="${fill}" transform="translate(${x} ${y}) scale(${scale.toFixed(5)})">${uses.join('')}</g>`;
}

/** Renders a card to PNG bytes. */
export function renderCard(card: Card): Uint8Array {
	return new Resvg(cardToSvg(card), { font: { loadSystemFonts: false } }).render().asPng();
}
