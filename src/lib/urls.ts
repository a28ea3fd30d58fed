/**
 * Site-relative URLs that respect `BASE_PATH`. Every internal link goes through `toPath`,
 * so the site works at the root of a host or in a sub-folder.
 */

/** The configured base with exactly one trailing slash, e.g. `/` or `/kb/`. */
export function basePath(base: string = import.meta.env.BASE_URL): string {
	return base.endsWith('/') ? base : `${base}/`;
}

/**
 * Joins a site path ("talks/kubecon-na-2019/x/") onto the base.
 * @param path A path without the base; leading slashes are ignored.
 * @returns A root-relative URL ending in `/` unless it names a file or carries a `#`/`?`.
 */
export function toPath(path: string, base?: string): string {
	const clean = path.replace(/^\/+/, '');
	const hasSuffix = /[#?]/.test(clean) || /\.[a-z0-9]+$/i.test(clean) || clean === '';
	const withSlash = hasSuffix || clean.endsWith('/') ? clean : `${clean}/`;
	return basePath(base) + withSlash;
}

/** An absolute URL for a site path, for feeds, JSON exports, canonical links and previews. */
export function toAbsoluteUrl(path: string, site: URL | undefined, base?: string): string {
	if (!site) throw new Error('Set `site` (SITE_URL) so absolute URLs can be made.');
	return new URL(toPath(path, base), site).href;
}
