import { expect, type Locator, type Page } from '@playwright/test';

/** The /search/ page: query box, filters, status line and results. */
export class SearchPage {
	readonly input: Locator;
	readonly status: Locator;
	readonly results: Locator;

	constructor(readonly page: Page) {
		this.input = page.getByRole('searchbox', { name: 'Search for' });
		this.status = page.locator('#search-status');
		this.results = page.getByRole('list', { name: 'Results' }).locator(':scope > li');
	}

	async open(query = ''): Promise<void> {
		await this.page.goto(`/search/${query}`);
	}

	async search(term: string): Promise<void> {
		await this.input.fill(term);
		await expect(this.status).toContainText(`for “${term}”`);
	}

	/** The title link of the n-th result (0-based). */
	resultLink(index: number): Locator {
		return this.results.nth(index).getByRole('heading').getByRole('link');
	}

	/** A filter's select; opens the filters disclosure first when it is closed. */
	filter(name: string): Locator {
		return this.page.getByLabel(name, { exact: true });
	}

	async openFilters(): Promise<void> {
		const panel = this.page.locator('[data-filter-panel]');
		if (!(await panel.evaluate((element) => (element as HTMLDetailsElement).open))) {
			await this.page.getByText('Filters and order').click();
		}
	}
}
