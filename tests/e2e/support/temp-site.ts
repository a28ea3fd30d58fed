/** A temporary copy of the project that a test can import into and build on its own. */
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, rm, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

const project = path.resolve(import.meta.dirname, '../../..');

export interface TempSite {
	root: string;
	dist: string;
	/** Runs the importer against this copy's content. */
	importRecaps(...args: string[]): string;
	build(env?: Record<string, string>): void;
	remove(): Promise<void>;
}

export async function createTempSite(): Promise<TempSite> {
	const root = await mkdtemp(path.join(os.tmpdir(), 'notes-site-'));
	for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'content']) {
		await cp(path.join(project, entry), path.join(root, entry), { recursive: true });
	}
	await symlink(path.join(project, 'node_modules'), path.join(root, 'node_modules'), 'dir');
	return {
		root,
		dist: path.join(root, 'dist'),
		importRecaps: (...args) =>
			execFileSync(process.execPath, [path.join(root, 'src/cli/import.ts'), ...args, '--content', path.join(root, 'content')], {
				cwd: root,
				encoding: 'utf8',
			}),
		build: (env = {}) => {
			execFileSync(process.execPath, [path.join(project, 'node_modules/astro/bin/astro.mjs'), 'build'], {
				cwd: root,
				env: { ...process.env, ...env },
				stdio: 'pipe',
			});
		},
		remove: () => rm(root, { recursive: true, force: true }),
	};
}
