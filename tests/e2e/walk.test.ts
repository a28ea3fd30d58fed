/** A reader walks from a talk to a project, a failure pattern, another company's talk, a recap and back. */
import { expect, test } from '@playwright/test';

test('talk → project → pattern → another company’s talk → recap → back', async ({ page }) => {
	await page.goto('/talks/kubecon-na-2019/10-weird-ways-to-blow-up-your-kubernetes/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('10 Weird Ways to Blow Up Your Kubernetes');
	await expect(page.getByRole('link', { name: 'Airbnb' })).toBeVisible();

	const related = page.getByRole('complementary', { name: 'Related' });
	await related.getByRole('link', { name: 'kube2iam', exact: true }).click();
	await expect(page).toHaveURL(/\/projects\/kube2iam\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('kube2iam');

	await page.getByRole('link', { name: 'kube2iam misbehaving at scale' }).click();
	await expect(page).toHaveURL(/\/patterns\/kube2iam-at-scale\/$/);
	const occurrences = page.locator('.occurrences');
	await expect(occurrences.getByText('· Datadog · KubeCon EU 2019')).toBeVisible();

	await occurrences.getByRole('link', { name: "Ten ways Datadog's Kubernetes clusters broke in production", exact: true }).click();
	await expect(page).toHaveURL(/\/talks\/kubecon-eu-2019\/ten-ways-datadogs-kubernetes-clusters-broke-in-production\/$/);
	await expect(page.getByRole('heading', { name: 'Notes from @alexdmoss' })).toBeVisible();

	await page.getByRole('link', { name: 'KubeCon 2019 - Other Cool Things' }).first().click();
	await expect(page).toHaveURL(/\/recaps\/kubecon-2019-other-cool-things\/$/);
	await expect(page.getByText('Laurent Bernaille & Robert Boll, Datadog infrastructure team')).toBeVisible();

	await page.getByRole('link', { name: "Ten ways Datadog's Kubernetes clusters broke in production" }).click();
	await expect(page).toHaveURL(/ten-ways-datadogs-kubernetes-clusters-broke-in-production\/$/);
	await page.goBack();
	await expect(page).toHaveURL(/\/recaps\/kubecon-2019-other-cool-things\/$/);
});

test('a merged talk credits each attendee in its own section, linked to its recap', async ({ page }) => {
	await page.goto('/talks/kubecon-na-2019/kubernetes-at-reddit-tales-from-production/');
	await expect(page.locator('h2#notes-kubecon-cloudnativecon-recap')).toHaveText(
		'Notes from Matt Messinger, Galo Gimenez, Chris Campbell and Matt Howell',
	);
	const second = page.getByRole('region', { name: 'Notes from Corey Gale' });
	await expect(second.getByText('Mirrored clusters have prevented outages.')).toBeVisible();
	await expect(second.getByRole('link', { name: 'KubeCon 2019 Follow-up' })).toHaveAttribute('href', '/recaps/kubecon-2019-follow-up/');
	await expect(page.getByText('Helm').first()).toBeVisible();
	await expect(page.getByText('2019: incubating').first()).toBeVisible();
});
