#!/usr/bin/env node
/**
 * Adds the platform-specific optional packages that `npm install` leaves out of
 * package-lock.json when the registry it reaches serves only this machine's platform
 * packages. Without them `npm ci` refuses the lockfile ("Missing: @pagefind/darwin-arm64").
 *
 * Each added entry names its version and, inferred from the package name, the os and cpu it
 * is for, so npm skips it on other machines and fetches it by name and version on its own.
 * Run after `npm install`: `node scripts/complete-lockfile.mjs`.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const lockPath = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
const packages = lock.packages;

const osNames = ['android', 'darwin', 'freebsd', 'linux', 'netbsd', 'openbsd', 'sunos', 'win32', 'aix', 'openharmony'];
const cpuNames = ['arm64', 'arm', 'x64', 'ia32', 'ppc64', 'riscv64', 's390x', 'loong64', 'mips64el', 'wasm32'];

/** os, cpu and libc a platform package is for, read from its name ("linux-arm64-musl"). */
function platformOf(name) {
	const parts = name.split('/').pop().split(/[-_]/);
	const os = osNames.find((candidate) => parts.includes(candidate));
	const cpu = cpuNames.find((candidate) => parts.includes(candidate));
	const libc = parts.includes('musl') ? 'musl' : parts.includes('gnu') ? 'glibc' : undefined;
	if (name.includes('wasm32-wasi') || name.includes('wasi')) return { cpu: ['wasm32'] };
	return {
		...(cpu ? { cpu: [cpu] } : {}),
		...(os ? { os: [os] } : {}),
		...(libc ? { libc: [libc] } : {}),
	};
}

let added = 0;
for (const [location, entry] of Object.entries(packages)) {
	for (const [name, range] of Object.entries(entry.optionalDependencies ?? {})) {
		const nested = `${location}/node_modules/${name}`;
		const hoisted = `node_modules/${name}`;
		if (packages[nested] || packages[hoisted]) continue;
		const platform = platformOf(name);
		if (!platform.os && !platform.cpu) continue; // not a platform package: leave it to npm
		packages[hoisted] = {
			version: range.replace(/^[\^~=]/, ''),
			...platform,
			...(entry.dev ? { dev: true } : {}),
			optional: true,
		};
		added++;
	}
}
lock.packages = Object.fromEntries(
	Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`complete-lockfile: added ${added} platform package entries to package-lock.json.`);
