import type { RootContent } from 'mdast';
import { describe, expect, test } from 'vitest';
import { parseLines } from '../../src/lib/import/parse.ts';
import { buildVocabulary, extractLessons, tagTalk } from '../../src/lib/import/tag.ts';
import type { TalkDraft } from '../../src/lib/import/types.ts';

const project = (name: string, aliases: string[] = [], options: { caseSensitive?: boolean; matchName?: boolean } = {}) => ({
	name,
	aliases,
	caseSensitive: options.caseSensitive ?? false,
	matchName: options.matchName ?? true,
});
const vocabulary = buildVocabulary(
	[
		{ id: 'kind', data: project('kind', ['KIND', 'Kubernetes in Docker', 'kubernetes-sigs/kind'], { caseSensitive: true, matchName: false }) },
		{ id: 'flux', data: project('Flux', ['Weave Flux']) },
		{ id: 'argo', data: project('Argo', ['Argo CD', 'ArgoCD', 'Argo Rollouts']) },
		{ id: 'open-policy-agent', data: project('Open Policy Agent', ['OPA'], { caseSensitive: true }) },
		{ id: 'linkerd', data: project('Linkerd', ['LinkerD']) },
		{ id: 'helm', data: project('Helm', ['Helm 3', 'Tiller']) },
		{ id: 'kube-hunter', data: project('kube-hunter') },
	],
	[{ id: 'dns-ndots-autopath', keywords: ['ndots', 'autopath'] }],
);

const draft = (text: string): TalkDraft => ({
	kind: 'talk',
	title: 'A talk',
	titleIsDescriptive: false,
	speakers: [],
	companies: [],
	line: 1,
	blocks: parseLines(text) as RootContent[],
	listedTitles: [],
	warnings: [],
	attended: false,
});

describe('tagTalk projects', () => {
	test.each([
		['Rise in GitOps - ArgoCD and Weave Flux', ['flux', 'argo']],
		['Argo CD has a nice UI; Argo Rollouts too', ['argo']],
		['Plan to use Open Policy Agent for guard rails', ['open-policy-agent']],
		['OPA for compliance-as-code', ['open-policy-agent']],
		['the opal gem and a topa', []],
		['LinkerD (incubating) - Canary rollout feature', ['linkerd']],
		['KIND: Kubernetes in Docker - just need Docker', ['kind']],
		['using kind - a kube cluster in docker <https://github.com/kubernetes-sigs/kind>', ['kind']],
		['Operators is a kind of game changer; this kind of test costs', []],
		['helm-secrets and chartmuseum', ['helm']],
		['Helm 3 announced. No more Tiller', ['helm']],
		['tillerless release', []],
		['kube-hunter automates curl commands', ['kube-hunter']],
		['a hunter gathers', []],
		['Use Spinnaker, Terraform, Helm\n- Currently operate 19 clusters', ['helm']],
	])('%s', (text, expected) => {
		expect(tagTalk(draft(`Title\n- ${text}`), vocabulary).projects.sort()).toEqual([...expected].sort());
	});

	test('patterns match keywords, plural included, but not inside code blocks', () => {
		const withText = { ...draft('Title\n- Classic DNS, ndots:5 everywhere'), blocks: parseLines('Title\n- Classic DNS, ndots:5') };
		expect(tagTalk(withText, vocabulary).patterns).toEqual(['dns-ndots-autopath']);
		const codeOnly: TalkDraft = {
			...draft('x'),
			blocks: [{ type: 'code', lang: 'yaml', value: 'options:\n  ndots: 2' }],
		};
		expect(tagTalk(codeOnly, vocabulary).patterns).toEqual([]);
	});
});

describe('extractLessons', () => {
	const lessons = (text: string) => extractLessons(parseLines(text) as RootContent[]).map((lesson) => lesson.text);

	test.each([
		['Talk\n- Lesson: Kube deploys can cycle pods super fast', ['Kube deploys can cycle pods super fast']],
		['Talk\n- learning that your restore processes might not be great', ['Your restore processes might not be great']],
		["Talk\n- Don't maintain your own fork of Kubernetes", ["Don't maintain your own fork of Kubernetes"]],
		['Talk\n- Be careful with exec probes!', ['Be careful with exec probes!']],
		['Talk\n- --> Be careful with exec probes!', ['Be careful with exec probes!']],
		['Talk\n- In summary: checking compatibility is vital', ['Checking compatibility is vital']],
		['Talk\n- Key takeaways:\n - Canary deployments\n - Rise in GitOps', ['Canary deployments', 'Rise in GitOps']],
		['Talk\n- Retrospective on move to Kubernetes', []],
	])('%s', (text, expected) => {
		expect(lessons(text)).toEqual(expected);
	});

	test('a "Key Takeaways" heading makes the next list lessons, numbering removed', () => {
		const blocks: RootContent[] = [
			{ type: 'heading', depth: 2, children: [{ type: 'text', value: 'Key Takeaways' }] },
			{
				type: 'list',
				ordered: true,
				children: ['Careful with DaemonSets in large clusters', 'DNS is hard'].map((value) => ({
					type: 'listItem',
					children: [{ type: 'paragraph', children: [{ type: 'text', value }] }],
				})),
			},
		];
		expect(extractLessons(blocks)).toEqual([
			{ id: 'careful-with-daemonsets-in-large-clusters', text: 'Careful with DaemonSets in large clusters' },
			{ id: 'dns-is-hard', text: 'DNS is hard' },
		]);
	});
});
