/**
 * Content loader for the `recaps` collection: one YAML record per recap, each naming a raw
 * file under `raw/` that is kept exactly as its author wrote it. The entry's data is the
 * record; its `body` is the raw text, so pages can show the original.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';

/** The YAML record files directly in `dir`, by recap id, sorted. */
export async function readRecapRecords(dir: string): Promise<Map<string, { name: string; record: Record<string, unknown> }>> {
	const names = (await readdir(dir)).filter((name) => /\.ya?ml$/.test(name)).sort();
	const records = new Map<string, { name: string; record: Record<string, unknown> }>();
	for (const name of names) {
		const record = parseYaml(await readFile(path.join(dir, name), 'utf8')) as Record<string, unknown>;
		records.set(name.replace(/\.ya?ml$/, ''), { name, record: record ?? {} });
	}
	return records;
}

/** Builds the loader for the recap records found directly in `base`. */
export function recapLoader(base: string): Loader {
	return {
		name: 'recap-loader',
		async load({ store, parseData, generateDigest, logger, config }) {
			const dir = path.resolve(fileURLToPath(config.root), base);
			store.clear();
			for (const [id, { name, record }] of await readRecapRecords(dir)) {
				const filePath = path.join(dir, name);
				const rawFile = typeof record.file === 'string' ? record.file : '';
				const rawPath = path.join(dir, 'raw', rawFile);
				const rawBytes = await readFile(rawPath).catch(() => {
					throw new Error(
						`${path.relative(process.cwd(), filePath)}: file "${rawFile}" was not found in ${path.relative(process.cwd(), path.dirname(rawPath))}/. Fix: copy the raw recap there or correct "file".`,
					);
				});
				const sha256 = createHash('sha256').update(rawBytes).digest('hex');
				if (record.sha256 !== sha256) {
					logger.warn(
						`${name}: raw/${rawFile} changed since it was imported (sha256 differs); re-run the importer on it.`,
					);
				}
				const relativePath = path.relative(fileURLToPath(config.root), filePath);
				const data = await parseData({ id, data: record, filePath: relativePath });
				const body = rawBytes.toString('utf8');
				const digest = generateDigest(body + JSON.stringify(data));
				store.set({ id, data, body, filePath: relativePath, digest });
			}
		},
	};
}
