import { describe, expect, test } from 'vitest';
import { findExistingTalk, isSameTitle } from '../../src/lib/import/match.ts';
import { titleToSlug } from '../../src/lib/import/text.ts';

describe('isSameTitle', () => {
	test.each([
		['Kubernetes at Reddit: Tales from Production', 'Kubernetes at Reddit: Tales from Production', true],
		['Gotchas of Zero-Downtime Traffic', 'The Gotchas of Zero-Downtime Traffic w/ Kubernetes', true],
		['The Gotchas of Zero-Downtime Traffic w/Kubernetes', 'The Gotchas of Zero-Downtime Traffic w/ Kubernetes (Weaveworks)', true],
		['Helm 3 Deep Dive', 'Helm Deep Dive', true],
		['Kubernetes Networking Deep Dive Part 1', 'Kubernetes Networking Deep Dive Part 2', false],
		['Kubernetes Project Update', 'CNCF Project Updates', false],
		['Intro', 'Intro', true],
		['Jaeger Intro', 'Jaeger Deep Dive', false],
	])('%s ~ %s: %s', (a, b, expected) => {
		expect(isSameTitle(a, b)).toBe(expected);
	});
});

describe('findExistingTalk', () => {
	const talks = [
		{ path: 'a', conference: 'kubecon-na-2019', title: 'Renamed by an editor', sources: [{ recap: 'r1', line: 71, title: 'Kubernetes at Reddit: Tales from Production' }] },
		{ path: 'b', conference: 'kubecon-eu-2019', title: 'Kubernetes at Reddit: Tales from Production', sources: [{ recap: 'r9', line: 3 }] },
	];
	test('another recap finds the talk under the title a recap gave it, at the same conference only', () => {
		const draft = { title: 'Kubernetes at Reddit: Tales from Production', line: 178, sourceTitle: 'Kubernetes at Reddit: Tales from Production' };
		expect(findExistingTalk(draft, 'r2', 'kubecon-na-2019', talks)?.path).toBe('a');
		expect(findExistingTalk(draft, 'r2', 'kubecon-eu-2018', talks)).toBeUndefined();
	});
	test('a re-import finds its own talk after a retitle, by the title as written', () => {
		const draft = { title: 'Kubernetes at Reddit: Tales from Production', line: 80, sourceTitle: 'Kubernetes at Reddit: Tales from Production' };
		expect(findExistingTalk(draft, 'r1', 'kubecon-na-2019', talks)?.path).toBe('a');
	});
});

describe('titleToSlug', () => {
	test.each([
		['Kubernetes at Reddit: Tales from Production', 'kubernetes-at-reddit-tales-from-production'],
		['Introducing Metal³: Bare Metal', 'introducing-metal3-bare-metal'],
		['Mario’s Adventures in Tekton Land', 'marios-adventures-in-tekton-land'],
		['Metrics, Logs & Traces', 'metrics-logs-and-traces'],
		['Condé Nast', 'conde-nast'],
		['???', 'untitled'],
	])('%s', (title, slug) => {
		expect(titleToSlug(title)).toBe(slug);
	});
});
