/**
 * A minimal static file server for a built site, so a test can serve a second build (a
 * temporary copy, or one under a sub-folder) beside the main preview server.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createGzip } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.xml': 'application/xml',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.wasm': 'application/wasm',
	'.txt': 'text/plain',
};

/** Serves `dist` under `base` on a free loopback port; resolves to its origin and a closer. */
export async function serveStatic(dist: string, base = '/'): Promise<{ origin: string; close: () => Promise<void> }> {
	const server: Server = createServer((request, response) => {
		const url = new URL(request.url ?? '/', 'http://localhost');
		let file: string | undefined;
		if (url.pathname.startsWith(base)) {
			const candidate = path.join(dist, decodeURIComponent(url.pathname.slice(base.length)));
			if (candidate.startsWith(dist)) {
				if (existsSync(candidate) && statSync(candidate).isFile()) file = candidate;
				else if (existsSync(path.join(candidate, 'index.html'))) file = path.join(candidate, 'index.html');
			}
		}
		const status = file ? 200 : 404;
		file ??= path.join(dist, '404.html');
		const type = types[path.extname(file)] ?? 'application/octet-stream';
		// Compress text as any real static host does, so measured bytes are realistic.
		const gzip = /text|javascript|json|xml|svg/.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding']));
		response.writeHead(status, { 'Content-Type': type, ...(gzip ? { 'Content-Encoding': 'gzip' } : {}) });
		const stream = createReadStream(file);
		if (gzip) stream.pipe(createGzip()).pipe(response);
		else stream.pipe(response);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
