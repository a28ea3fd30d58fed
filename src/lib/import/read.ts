/** read stage: bytes from disk to normalised text, refusing what is not a text recap. */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { RecapError } from '../errors.ts';
import type { RawRecap } from './types.ts';

/**
 * Decodes recap bytes: UTF-8 with or without BOM, CRLF or LF.
 * @throws RecapError for an empty file, a binary file or bytes that are not UTF-8.
 */
export function decodeRecap(file: string, bytes: Uint8Array): RawRecap {
	const sha256 = createHash('sha256').update(bytes).digest('hex');
	if (bytes.length === 0 || /^\s*$/.test(Buffer.from(bytes).toString('latin1'))) {
		throw new RecapError({
			file,
			line: 1,
			reason: `Expected recap text, found ${bytes.length === 0 ? 'an empty file' : 'only blank lines'}.`,
			fix: 'check that the export finished writing, then import it again.',
		});
	}
	const nul = bytes.indexOf(0);
	if (nul !== -1) {
		throw new RecapError({
			file,
			line: lineAt(bytes, nul),
			reason: 'Expected a text file, found binary data (a NUL byte).',
			fix: 'export the recap as plain text, Markdown or HTML-free text and import that file.',
		});
	}
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		throw new RecapError({
			file,
			line: firstInvalidUtf8Line(bytes),
			reason: 'Expected UTF-8 text, found bytes that are not valid UTF-8.',
			fix: 'convert the file to UTF-8 (for example `iconv -f latin1 -t utf-8`), then import it.',
		});
	}
	text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	return { file, bytes, text, sha256 };
}

/** Reads a recap from disk. */
export async function readRecap(file: string): Promise<RawRecap> {
	let bytes: Uint8Array;
	try {
		bytes = await readFile(file);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		throw new RecapError({
			file,
			reason: code === 'ENOENT' ? 'Expected a recap file, found nothing at this path.' : `Could not read the file (${code}).`,
			fix: 'check the path and that the file is readable.',
		});
	}
	return decodeRecap(file, bytes);
}

function lineAt(bytes: Uint8Array, offset: number): number {
	let line = 1;
	for (let index = 0; index < offset; index++) if (bytes[index] === 10) line++;
	return line;
}

function firstInvalidUtf8Line(bytes: Uint8Array): number {
	const decoder = new TextDecoder('utf-8', { fatal: true });
	let start = 0;
	for (let index = 0; index <= bytes.length; index++) {
		if (index === bytes.length || bytes[index] === 10) {
			try {
				decoder.decode(bytes.subarray(start, index));
			} catch {
				return lineAt(bytes, start);
			}
			start = index + 1;
		}
	}
	return 1;
}
