/**
 * `npm run import -- <file>... [--conference <slug>] [--author "<name>"] [--dry-run]`
 *
 * Reads raw recaps, keeps an exact copy under content/recaps/, and writes or updates MDX talk
 * entries under content/talks/. Writes nothing unless every entry validates.
 */
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblems, RecapError } from '../lib/errors.ts';
import { loadContent } from '../lib/import/load.ts';
import { planImport, type FileReport, type ImportInput } from '../lib/import/run.ts';
import { changedFiles, writeFiles } from '../lib/import/write.ts';

const usage = `Usage: npm run import -- <file>... [options]

Imports raw KubeCon + CloudNativeCon recaps (Markdown with or without front matter,
slide-deck or plain-text exports, blog archive pages) into content/.

Options:
  --conference <slug>  The conference, when the recap does not say (e.g. kubecon-na-2019).
                       An unknown slug like kubecon-eu-2023 creates the conference.
  --author "<name>"    Credit the notes to this person; repeat for several authors.
  --dry-run            Print what would change and write nothing.
  --content <dir>      The content folder (default: ./content).
  --help               Show this help.
`;

/** Runs the command; returns the exit code. */
export async function main(argv: string[], out = console.log, err = console.error): Promise<number> {
	let args;
	try {
		args = parseArgs({
			args: argv,
			allowPositionals: true,
			options: {
				conference: { type: 'string' },
				author: { type: 'string', multiple: true },
				'dry-run': { type: 'boolean', default: false },
				content: { type: 'string', default: 'content' },
				help: { type: 'boolean', default: false },
			},
		});
	} catch (error) {
		err(`${(error as Error).message}\n\n${usage}`);
		return 2;
	}
	const { values, positionals } = args;
	if (values.help) {
		out(usage);
		return 0;
	}
	if (positionals.length === 0) {
		err(`Expected at least one recap file.\n\n${usage}`);
		return 2;
	}
	const root = path.resolve(values.content);
	const started = performance.now();
	let snapshot;
	try {
		snapshot = await loadContent(root);
	} catch (error) {
		if (!(error instanceof RecapError)) throw error;
		err(formatProblems([error]));
		err('No files were written: fix the content folder first.');
		return 1;
	}
	const inputs: ImportInput[] = [];
	const problems: RecapError[] = [];
	for (const file of positionals) {
		try {
			inputs.push({ file, bytes: await readFile(file) });
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code;
			problems.push(
				new RecapError({
					file,
					reason: code === 'ENOENT' ? 'Expected a recap file, found nothing at this path.' : `Could not read the file (${code}).`,
					fix: 'check the path and that the file is readable.',
				}),
			);
		}
	}
	const plan = await planImport(inputs, snapshot, { conference: values.conference, authors: values.author ?? [] });
	for (const report of plan.reports) printReport(report, out);
	const stages = [...plan.timings].map(([stage, ms]) => `${stage} ${ms.toFixed(0)} ms`).join(', ');
	out(`Stages: ${stages}.`);
	problems.push(...plan.problems);
	if (problems.length > 0) {
		err(formatProblems(problems));
		err('No files were written.');
		return 1;
	}
	const changed = await changedFiles(plan.files);
	const relative = (file: string) => path.relative(process.cwd(), file);
	if (values['dry-run']) {
		out(`Dry run: ${changed.length} files would be written and ${plan.deletions.length} removed; nothing was written.`);
		for (const file of changed) out(`  would write ${relative(file.path)}`);
		for (const file of plan.deletions) out(`  would remove ${relative(file)}`);
		return 0;
	}
	await writeFiles(changed);
	await Promise.all(plan.deletions.map((file) => rm(file, { force: true })));
	const elapsed = (performance.now() - started).toFixed(0);
	out(`Wrote ${changed.length} files${plan.deletions.length ? `, removed ${plan.deletions.length}` : ''} in ${elapsed} ms.`);
	return 0;
}

function printReport(report: FileReport, out: (line: string) => void): void {
	const counts = { new: 0, merged: 0, updated: 0, unchanged: 0 };
	for (const talk of report.talks) counts[talk.status]++;
	out(`${report.input} → content/recaps/${report.recap}.yaml (${report.format}, ${report.conference}${report.conferenceCreated ? ', new conference' : ''})`);
	out(
		`  ${report.talks.length} talks: ${counts.new} new, ${counts.merged} merged into existing talks, ${counts.updated} updated, ${counts.unchanged} unchanged`,
	);
	for (const talk of report.talks) {
		const mark = { new: '+', merged: '⇢', updated: '~', unchanged: '=' }[talk.status];
		const details = [
			talk.attended ? 'attended, no notes' : '',
			talk.projects.length ? `projects: ${talk.projects.join(', ')}` : '',
			talk.patterns.length ? `patterns: ${talk.patterns.join(', ')}` : '',
			talk.lessons ? `${talk.lessons} lessons` : '',
		].filter(Boolean);
		out(`  ${mark} content/${talk.path}${details.length ? `  (${details.join('; ')})` : ''}`);
	}
	for (const skipped of report.skipped) out(`  · line ${skipped.line}: "${skipped.title}" is not a talk; skipped`);
	for (const removed of report.removed) out(`  - content/${removed}: this recap no longer yields it; its notes were taken out`);
	for (const warning of report.warnings) out(`  warning: ${warning}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
	process.exitCode = await main(process.argv.slice(2));
}
