import { describe, expect, test } from 'vitest';
import { formatProblems } from '../../src/lib/errors.ts';
import { validateTalk, type KnownIds } from '../../src/lib/import/validate.ts';

const known: KnownIds = {
	conferences: new Set(['kubecon-na-2019']),
	projects: new Set(['linkerd', 'helm']),
	patterns: new Set(['dns-ndots-load']),
	recaps: new Set(['kubecon-2019-follow-up']),
};

const talk = (frontMatter: string) => `---\n${frontMatter}\n---\n\nNotes.\n`;
const valid = [
	"title: 'Helm 3 Deep Dive'",
	'slug: helm-3-deep-dive',
	'conference: kubecon-na-2019',
	'projects: [helm]',
	'sources:',
	'  - recap: kubecon-2019-follow-up',
	'    line: 120',
].join('\n');

describe('validateTalk', () => {
	test('accepts a valid talk and applies defaults', () => {
		const result = validateTalk('content/talks/x.mdx', talk(valid), known);
		expect(result.problems).toEqual([]);
		expect(result.talk).toMatchObject({ title: 'Helm 3 Deep Dive', speakers: [], tags: [] });
	});

	test('rejects a bad reference naming the file, line and field, with a suggestion', () => {
		const bad = valid.replace('projects: [helm]', 'projects:\n  - helm\n  - linkerd2');
		const { problems } = validateTalk('content/talks/x.mdx', talk(bad), known);
		expect(formatProblems(problems)).toMatchInlineSnapshot(`
			"content/talks/x.mdx:7  projects.1: Expected an id from content/projects/, received "linkerd2". Did you mean "linkerd"?
			  Fix: use an existing id, or add content/projects/linkerd2.yaml.
			Found 1 problem in 1 file."
		`);
	});

	test('rejects a missing field and a malformed slug, naming each field', () => {
		const bad = valid.replace("title: 'Helm 3 Deep Dive'\n", '').replace('helm-3-deep-dive', 'Helm 3');
		const { problems } = validateTalk('content/talks/x.mdx', talk(bad), known);
		expect(problems.map((problem) => [problem.field, problem.line])).toEqual([
			['title', 2],
			['slug', 2],
		]);
		expect(problems[1]?.message).toContain('lower-case slug');
	});

	test('rejects unreadable YAML with its line', () => {
		const { problems } = validateTalk('content/talks/x.mdx', talk('title: [unclosed\nslug: x'), known);
		expect(problems[0]?.toString()).toMatch(/^content\/talks\/x\.mdx:\d+ {2}Expected valid YAML/);
	});
});
