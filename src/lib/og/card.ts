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
 * Width of the PNG: 800×420 keeps the 1.91:1 shape link previews expect and renders in
 * about a third of the time a 1200-pixel card takes.
 */
export const cardWidth = 800;

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
	const path = (font: Font, text: string, x: number, y: number, fontSize: number, fill: string, anchorEnd = false) => {
		const left = anchorEnd ? x - font.getAdvanceWidth(text, fontSize) : x;
		return `<path fill="${fill}" d="${font.getPath(text, left, y, fontSize).toPathData(1)}"/>`;
	};
	const context = card.context
		? wrapText(card.context, (line) => regular.getAdvanceWidth(line, 32) <= 760, 1)[0] ?? ''
		: '';
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${Math.round((width * 630) / 1200)}" viewBox="0 0 1200 630">`,
		'<rect width="1200" height="630" fill="#0f1f4a"/><rect width="1200" height="12" fill="#8fb0ff"/>',
		path(bold, card.kind.toUpperCase(), 80, 130, 30, '#8fb0ff'),
		...titleLines.map((line, index) => path(bold, line, 80, 230 + index * size * 1.18, size, '#ffffff')),
		context ? path(regular, context, 80, 560, 32, '#dbe5ff') : '',
		path(bold, 'Conference Notes', 1120, 560, 28, '#ffffff', true),
		'</svg>',
	].join('');
}

/** Renders a card to PNG bytes. */
export function renderCard(card: Card): Uint8Array {
	return new Resvg(cardToSvg(card), { font: { loadSystemFonts: false } }).render().asPng();
}
