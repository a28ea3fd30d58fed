/** Search quality and behaviour against the built site's Pagefind index, in Chromium. */
import { expect, test } from '@playwright/test';
import { SearchPage } from './pages/search-page.ts';

const cases: [string, RegExp, string][] = [
	['ndots', /\/talks\/kubecon-eu-2019\/ten-ways-datadogs-kubernetes-clusters-broke-in-production\/\?highlight=ndots$/, "Ten ways Datadog's Kubernetes clusters broke in production"],
	['kube-hunter', /\/talks\/kubecon-eu-2019\/attacking-your-own-cluster-with-kube-hunter\//, 'Attacking your own cluster with kube-hunter'],
	['tiller', /\/talks\/kubecon-na-2019\/helm-3-deep-dive\//, 'Helm 3 Deep Dive'],
	['zero downtime', /\/talks\/kubecon-na-2019\/the-gotchas-of-zero-downtime-traffic-w-kubernetes\//, 'The Gotchas of Zero-Downtime Traffic w/ Kubernetes'],
	['Vitess Slack', /\/talks\/kubecon-na-2019\/cncf-project-updates\//, 'CNCF Project Updates'],
];

for (const [term, href, title] of cases) {
	test(`"${term}" finds ${title} first`, async ({ page }) => {
		const search = new SearchPage(page);
		await search.open();
		await search.search(term);
		await expect(search.resultLink(0)).toHaveText(title);
		await expect(search.resultLink(0)).toHaveAttribute('href', href);
	});
}

test('"ndots" has a sub-result deep-linking to the DNS section, and arriving highlights the word', async ({ page }) => {
	const search = new SearchPage(page);
	await search.open();
	await search.search('ndots');
	const dns = search.results.nth(0).getByRole('link', { name: /always DNS/i });
	await expect(dns).toHaveAttribute('href', /#1---its-never-always-dns$/);
	await dns.click();
	await expect(page).toHaveURL(/#1---its-never-always-dns$/);
	await expect(page.locator('#main mark').first()).toHaveText(/ndots/i);
});

test('plurals and case find the same pages', async ({ page }) => {
	const search = new SearchPage(page);
	await search.open();
	const titles = async (term: string) => {
		await search.search(term);
		return search.results.locator('h2').allTextContents();
	};
	const plural = await titles('daemonsets');
	expect(plural).toContain('DaemonSets overwhelming large clusters');
	expect(await titles('DaemonSet')).toEqual(plural);
});

test('filters narrow results and live in the URL; a cold URL shows results; back restores', async ({ page }) => {
	const search = new SearchPage(page);
	await search.open();
	await search.search('DaemonSet');
	const all = Number((await search.status.textContent())!.match(/^(\d+)/)![1]);
	await search.openFilters();
	await search.filter('Kind').selectOption('talk');
	await expect(page).toHaveURL(/\/search\/\?q=DaemonSet&kind=talk$/);
	await expect(search.status).not.toHaveText(new RegExp(`^${all} `));
	const talks = await search.results.locator('.result-meta').allTextContents();
	expect(talks.length).toBeGreaterThan(0);
	expect(talks.every((meta) => meta.startsWith('Talk'))).toBe(true);
	await search.filter('Conference').selectOption('kubecon-eu-2019');
	await expect(page).toHaveURL(/kind=talk&conference=kubecon-eu-2019$/);
	await expect(search.results).toHaveCount(1);
	await page.goBack();
	await expect(page).toHaveURL(/\/search\/\?q=DaemonSet&kind=talk$/);
	await expect(search.filter('Conference')).toHaveValue('');

	await page.goto('/search/?q=coredns&conference=kubecon-na-2019');
	await expect(search.input).toHaveValue('coredns');
	await expect(search.filter('Conference')).toHaveValue('kubecon-na-2019');
	await expect(search.status).toContainText('for “coredns”');
	await expect(search.results.first()).toContainText('KubeCon NA 2019');
});

test('anchor labels and field names are not search text; field values stay separate words', async ({ page }) => {
	await page.goto('/search/');
	const content = await page.evaluate(async (script) => {
		const pagefind = await import(/* @vite-ignore */ script);
		await pagefind.init();
		const found = await pagefind.search('ndots');
		const pages = (await Promise.all(found.results.map((result: { data(): Promise<unknown> }) => result.data()))) as { url: string; content: string }[];
		return pages.find((data) => data.url.includes('/ten-ways-datadogs-'))?.content ?? '';
	}, '/pagefind/pagefind.js');
	expect(content).toContain("Ten ways Datadog's Kubernetes clusters broke in production");
	expect(content).toContain('KubeCon + CloudNativeCon Europe 2019 Laurent Bernaille, Robert Boll Datadog');
	expect(content).not.toMatch(/Link to (section|lesson)|Notes by|descriptive title/);
});

test('talks come first, then patterns, projects, conferences and recaps; a kind narrows to it', async ({ page }) => {
	const search = new SearchPage(page);
	await search.open('?q=dns');
	await expect(search.status).toContainText('for “dns”');
	const order = ['Talk', 'Incident pattern', 'Project', 'Conference', 'Recap'];
	const kinds = (await search.results.locator('.result-meta').allTextContents()).map((meta) => order.indexOf(meta.split(' · ')[0]!));
	expect(kinds[0]).toBe(0);
	expect(kinds).toEqual([...kinds].sort((a, b) => a - b));
	await search.open('?q=dns&kind=pattern');
	await expect(search.status).toContainText('for “dns”');
	const patterns = await search.results.locator('.result-meta').allTextContents();
	expect(patterns.length).toBeGreaterThan(1);
	expect(patterns.every((meta) => meta.startsWith('Incident pattern'))).toBe(true);
	await search.open('?kind=conference');
	await expect(search.results).toHaveCount(3);
});

test('sorting by date orders results and lessons by conference date both ways, and leaves undated pages out', async ({ page }) => {
	const search = new SearchPage(page);
	const conferences = async (sort: string) => {
		await search.open(`?q=kubernetes&sort=${sort}`);
		await expect(search.status).toContainText('for “kubernetes”');
		const metas = await search.results.locator('.result-meta').allTextContents();
		expect(metas.every((meta) => /^(Talk|Conference|Recap)/.test(meta))).toBe(true);
		return metas.map((meta) => meta.split(' · ')[1]);
	};
	const newest = await conferences('newest');
	expect(newest[0]).toBe('KubeCon NA 2019');
	const oldest = await conferences('oldest');
	expect(oldest[0]).toBe('KubeCon EU 2018');
	const rank = (name: string | undefined) => ['KubeCon EU 2018', 'KubeCon EU 2019', 'KubeCon NA 2019'].indexOf(name ?? '');
	expect(oldest.map(rank)).toEqual([...oldest.map(rank)].sort((a, b) => a - b));
	await search.open('?kind=lesson&sort=oldest');
	await expect(search.results.first().locator('.result-meta')).toHaveText(/^Lesson · KubeCon EU 2018/);
	await search.open('?kind=lesson&sort=newest');
	await expect(search.results.first().locator('.result-meta')).toHaveText(/^Lesson · KubeCon NA 2019/);
	const lessons = (await search.results.locator('.result-meta').allTextContents()).map((meta) => rank(meta.split(' · ')[1]));
	expect(lessons).toEqual([...lessons].sort((a, b) => b - a));
});

test('search works with the keyboard only', async ({ page }) => {
	await page.goto('/talks/');
	await page.keyboard.press('/');
	await expect(page.getByRole('searchbox', { name: 'Search the notes' })).toBeFocused();
	await page.keyboard.type('kube-hunter');
	const panel = page.locator('#site-search-results');
	await expect(panel.getByRole('link', { name: 'Attacking your own cluster with kube-hunter' })).toBeVisible();
	await page.keyboard.press('ArrowDown');
	await expect(panel.getByRole('link', { name: 'Attacking your own cluster with kube-hunter' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/attacking-your-own-cluster-with-kube-hunter\/\?highlight=kubehunter/);
	// The shortcut is the page's script: a key pressed before the page has loaded is the browser's.
	await page.waitForLoadState('domcontentloaded');
	await page.keyboard.press('Control+k');
	await expect(page.getByRole('searchbox', { name: 'Search the notes' })).toBeFocused();
	await page.keyboard.type('tiller');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/search\/\?q=tiller$/);
	const search = new SearchPage(page);
	await expect(search.status).toContainText('for “tiller”');
	await page.keyboard.press('ArrowDown');
	await expect(search.resultLink(0)).toBeFocused();
});

test('content pages load no search code until a person searches', async ({ page }) => {
	const requests: string[] = [];
	page.on('request', (request) => requests.push(new URL(request.url()).pathname));
	await page.goto('/talks/kubecon-na-2019/helm-3-deep-dive/');
	await page.waitForLoadState('networkidle');
	expect(requests.filter((path) => path.includes('/pagefind/'))).toEqual([]);
	await page.getByRole('searchbox', { name: 'Search the notes' }).focus();
	await expect.poll(() => requests.some((path) => path.endsWith('/pagefind/pagefind.js'))).toBe(true);
});

test('on a phone the filters fold away unless a saved search uses them', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 800 });
	const search = new SearchPage(page);
	await search.open('?q=dns');
	await expect(search.filter('Kind')).toBeHidden();
	await expect(search.results.first()).toBeInViewport();
	await search.open('?q=dns&kind=talk');
	await expect(search.filter('Kind')).toBeVisible();
	await expect(search.filter('Kind')).toHaveValue('talk');
});

test('narrowed to lessons, results link to the lesson in its talk', async ({ page }) => {
	const search = new SearchPage(page);
	await search.open('?q=exec%20probes&kind=lesson');
	await expect(search.status).toContainText('for “exec probes”');
	const first = search.resultLink(0);
	await expect(first).toHaveText('Be careful with exec probes!');
	await expect(first).toHaveAttribute('href', /\/talks\/kubecon-eu-2019\/ten-ways-datadogs-kubernetes-clusters-broke-in-production\/\?lesson=be-careful-with-exec-probes.*#lesson-be-careful-with-exec-probes$/);
	await first.click();
	await expect(page.locator('#lesson-be-careful-with-exec-probes')).toBeInViewport();
});
