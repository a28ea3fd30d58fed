/**
 * write step: all or nothing. Every file is first written to a temporary path beside its
 * target; only when all of them are written are they renamed into place, so a failure
 * leaves the content folder as it was.
 */
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface PlannedFile {
	/** Absolute path. */
	path: string;
	content: string | Uint8Array;
}

/** Files whose content differs from what is on disk. */
export async function changedFiles(files: readonly PlannedFile[]): Promise<PlannedFile[]> {
	const changed: PlannedFile[] = [];
	for (const file of files) {
		const current = await readFile(file.path).catch(() => undefined);
		const next = typeof file.content === 'string' ? Buffer.from(file.content, 'utf8') : Buffer.from(file.content);
		if (!current || !current.equals(next)) changed.push(file);
	}
	return changed;
}

/** Writes the files atomically as a set; returns the paths written. */
export async function writeFiles(files: readonly PlannedFile[]): Promise<string[]> {
	const temporary: { from: string; to: string }[] = [];
	try {
		for (const file of files) {
			await mkdir(path.dirname(file.path), { recursive: true });
			const from = `${file.path}.${process.pid}.tmp`;
			await writeFile(from, file.content);
			temporary.push({ from, to: file.path });
		}
	} catch (error) {
		await Promise.all(temporary.map(({ from }) => rm(from, { force: true })));
		throw error;
	}
	for (const { from, to } of temporary) await rename(from, to);
	return temporary.map(({ to }) => to);
}
