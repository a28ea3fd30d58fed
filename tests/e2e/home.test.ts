import { expect, test } from '@playwright/test';

test('the home page lists the conferences and links to each', async ({ page }) => {
	await page.goto('/');
	await expect(page).toHaveTitle('Conference Notes');
	await expect(page.getByRole('heading', { level: 1, name: 'Conference Notes' })).toBeVisible();
	const nav = page.getByRole('navigation', { name: 'Main' });
	await expect(nav.getByRole('link', { name: 'Talks' })).toBeVisible();
	await expect(
		page.getByRole('link', { name: 'KubeCon + CloudNativeCon North America 2019' }),
	).toHaveAttribute('href', '/conferences/kubecon-na-2019/');
});
