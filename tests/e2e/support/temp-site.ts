/** A temporary copy of the project that a test can import into and build on its own. */
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, rm, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from '@playwright/test';
import { serveStatic } from './static-server.ts';

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

/**
 * Registers hooks that make a copy of the site, let `prepare` change it (import, edit),
 * build it and serve it; and remove it all afterwards. Tests in the file run in order.
 * @returns Accessors for the built site and the server's origin.
 */
export function useBuiltSite(
	prepare: (site: TempSite) => void,
	options: { env?: Record<string, string>; base?: string } = {},
): { site: () => TempSite; origin: () => string } {
	let site: TempSite | undefined;
	let server: Awaited<ReturnType<typeof serveStatic>> | undefined;
	test.describe.configure({ mode: 'serial' });
	test.beforeAll(async () => {
		test.setTimeout(240_000);
		site = await createTempSite();
		prepare(site);
		site.build(options.env);
		server = await serveStatic(site.dist, options.base);
	});
	test.afterAll(async () => {
		await server?.close();
		await site?.remove();
	});
	return { site: () => site!, origin: () => server!.origin };
}
