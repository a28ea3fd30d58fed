/**
 * Problems a person must act on, with the place first, then expected versus found, then the
 * fix: `content/talks/x.mdx:4  projects.1: Expected ... Fix: ...`.
 */

/** A located problem in a recap or a content entry. */
export class RecapError extends Error {
	/** Path shown to the person, relative to the project root. */
	readonly file: string;
	/** 1-based line, when known. */
	readonly line: number | undefined;
	/** Dotted path of the offending field, for schema problems. */
	readonly field: string | undefined;
	/** What the person should do about it. */
	readonly fix: string | undefined;

	constructor(options: { file: string; line?: number; field?: string; reason: string; fix?: string }) {
		super(options.reason);
		this.name = 'RecapError';
		this.file = options.file;
		this.line = options.line;
		this.field = options.field;
		this.fix = options.fix;
	}

	/** `file:line  field: reason\n  Fix: ...` */
	override toString(): string {
		const place = this.line === undefined ? this.file : `${this.file}:${this.line}`;
		const field = this.field ? `${this.field}: ` : '';
		const fix = this.fix ? `\n  Fix: ${this.fix}` : '';
		return `${place}  ${field}${this.message}${fix}`;
	}
}

/** Formats problems grouped by file and ends with a count, "Found 3 problems in 2 files." */
export function formatProblems(problems: readonly RecapError[]): string {
	const byFile = new Map<string, RecapError[]>();
	for (const problem of problems) {
		byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
	}
	const lines = [...byFile.values()].flatMap((group) => group.map((problem) => problem.toString()));
	const noun = problems.length === 1 ? 'problem' : 'problems';
	const files = byFile.size === 1 ? 'file' : 'files';
	return [...lines, `Found ${problems.length} ${noun} in ${byFile.size} ${files}.`].join('\n');
}
