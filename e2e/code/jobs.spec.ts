import { expect, test, type Page } from '@playwright/test';
import { siteUrl } from '../site-url';

const BOARD = 'page/job-board/';
const OPEN = 'jobs/sre-plateforme-lyon/';
const CLOSED = 'jobs/ingenieur-production-2020/';

async function jobPosting(page: Page): Promise<Record<string, any>> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  const found = blocks.flatMap((text) => JSON.parse(text)).find((data) => data['@type'] === 'JobPosting');
  expect(found, 'a JobPosting block').toBeTruthy();
  return found;
}

test('the job board lists the open offers under its text, newest first; a closed offer is not there', async ({
  page,
}) => {
  await page.goto(BOARD);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Offres d’emploi');
  await expect(page.getByText('Vous recrutez ?')).toBeVisible();
  const offers = page.getByRole('region', { name: 'Les offres du moment' }).locator('li.job-offer');
  await expect(offers).toHaveCount(2);
  await expect(offers.nth(0).getByRole('heading', { level: 3 })).toHaveText('SRE plateforme');
  await expect(offers.nth(0)).toContainText('Exemple Paiements');
  await expect(offers.nth(0)).toContainText('Lyon ou télétravail');
  await expect(offers.nth(0)).toContainText('CDI');
  await expect(offers.nth(0)).toContainText('Publiée le 20 novembre 2026');
  await expect(offers.nth(1).getByRole('heading', { level: 3 })).toHaveText('DevOps en alternance');
  await expect(offers.nth(1)).toContainText('Télétravail');
  await expect(offers.nth(1)).toContainText('Alternance');
  await expect(page.getByText('Ingénieur·e de production')).toHaveCount(0);
  await offers.nth(0).getByRole('link', { name: 'SRE plateforme' }).click();
  await expect(page).toHaveURL(new RegExp(`/${OPEN}$`));
});

test("an open offer's page says what, where and until when, links to the offer and carries a JobPosting", async ({
  page,
}) => {
  await page.goto(OPEN);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('SRE plateforme');
  await expect(page).toHaveTitle('SRE plateforme chez Exemple Paiements | SRE France');
  const header = page.locator('article header');
  await expect(header).toContainText('Exemple Paiements');
  await expect(header).toContainText('Lyon ou télétravail');
  await expect(header).toContainText('ouverte jusqu’au 31 décembre 2099');
  await expect(page.getByText('la stack : Kubernetes, Terraform, Prometheus', { exact: false })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Voir l’offre chez Exemple Paiements' })).toHaveAttribute(
    'href',
    'https://www.example.org/jobs/sre-plateforme',
  );
  await expect(page.locator('.job-closed')).toHaveCount(0);
  const data = await jobPosting(page);
  expect(data).toMatchObject({
    '@context': 'https://schema.org',
    title: 'SRE plateforme',
    datePosted: '2026-11-20T00:00:00+01:00',
    validThrough: '2099-12-31T22:59:59.999Z',
    employmentType: 'FULL_TIME',
    hiringOrganization: { '@type': 'Organization', name: 'Exemple Paiements' },
    jobLocation: { address: { addressLocality: 'Lyon' } },
    jobLocationType: 'TELECOMMUTE',
    url: siteUrl(`/${OPEN}`),
  });
  await expect(page.locator('script:not([type="application/ld+json"])')).toHaveCount(0);
});

test('a closed offer keeps its page, says it is closed and sends no one to apply', async ({ page }) => {
  const response = await page.goto(CLOSED);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ingénieur·e de production');
  await expect(page.locator('.job-closed')).toHaveText('Cette offre est close depuis le 30 juin 2020.');
  await expect(page.locator('a.job-apply')).toHaveCount(0);
  expect((await jobPosting(page)).validThrough).toBe('2020-06-30T21:59:59.999Z');
  await page.getByRole('link', { name: 'Toutes les offres du job board' }).click();
  await expect(page).toHaveURL(new RegExp(`/${BOARD}$`));
});

test('/jobs/ leads to the job board', async ({ page }) => {
  await page.goto('jobs/');
  await expect(page).toHaveURL(new RegExp(`/${BOARD}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Offres d’emploi');
});
