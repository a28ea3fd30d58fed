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
	const titleLines = wrapText(card.title, (line) => textWidth(bold, line, size) <= maxWidth, 4);
	const used = new Map<string, string>();
	const path = (font: Font, text: string, x: number, y: number, fontSize: number, fill: string, anchorEnd = false) => {
		const left = anchorEnd ? x - textWidth(font, text, fontSize) : x;
		return textToUses(font, text, left, y, fontSize, fill, used);
	};
	const context = card.context
		? wrapText(card.context, (line) => textWidth(regular, line, 32) <= 760, 1)[0] ?? ''
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

/** Per font: glyph by character, kerning by glyph pair, outline by glyph (font units). */
interface FontCache {
	glyphs: Map<string, opentype.Glyph>;
	kerning: Map<string, number>;
	paths: Map<number, string>;
}
const caches = new WeakMap<Font, FontCache>();

/**
 * A line's glyphs and their x offsets, in font units. Characters map one to one to glyphs
 * (no substitutions, see `loadFonts`), so lookups are cached instead of running opentype.js's
 * text shaping for every measurement: a card's layout takes a tenth of the time.
 */
function layout(font: Font, text: string): { glyphs: opentype.Glyph[]; offsets: number[]; width: number } {
	let cache = caches.get(font);
	if (!cache) caches.set(font, (cache = { glyphs: new Map(), kerning: new Map(), paths: new Map() }));
	const glyphs = Array.from(text, (char) => {
		let glyph = cache.glyphs.get(char);
		if (!glyph) cache.glyphs.set(char, (glyph = font.charToGlyph(char)));
		return glyph;
	});
	const offsets: number[] = [];
	let advance = 0;
	glyphs.forEach((glyph, index) => {
		offsets.push(advance);
		advance += glyph.advanceWidth ?? 0;
		const next = glyphs[index + 1];
		if (!next) return;
		const pair = `${glyph.index},${next.index}`;
		let kern = cache.kerning.get(pair);
		if (kern === undefined) cache.kerning.set(pair, (kern = font.getKerningValue(glyph, next)));
		advance += kern;
	});
	return { glyphs, offsets, width: advance };
}

/** Width of a line of text at a font size. */
function textWidth(font: Font, text: string, fontSize: number): number {
	return (layout(font, text).width * fontSize) / font.unitsPerEm;
}

/**
 * A line of text as `<use>` references to glyph outlines, each outline converted once per
 * font and glyph and defined once per card.
 */
function textToUses(font: Font, text: string, x: number, y: number, fontSize: number, fill: string, used: Map<string, string>): string {
	const fontId = font === loadFonts().bold ? 'b' : 'r';
	const { glyphs, offsets } = layout(font, text);
	const paths = caches.get(font)!.paths;
	const uses: string[] = [];
	glyphs.forEach((glyph, index) => {
		const id = `${fontId}${glyph.index}`;
		if (!paths.has(glyph.index)) paths.set(glyph.index, glyph.getPath(0, 0, font.unitsPerEm).toPathData(0));
		const data = paths.get(glyph.index)!;
		if (!data) return;
		if (!used.has(id)) used.set(id, `<path id="${id}" d="${data}"/>`);
		uses.push(`<use xlink:href="#${id}" x="${offsets[index]!.toFixed(0)}"/>`);
	});
	const scale = fontSize / font.unitsPerEm;
	return `<g fill="${fill}" transform="translate(${x} ${y}) scale(${scale.toFixed(5)})">${uses.join('')}</g>`;
}

/** Renders a card to PNG bytes. */
export function renderCard(card: Card): Uint8Array {
	return new Resvg(cardToSvg(card), { font: { loadSystemFonts: false } }).render().asPng();
}
