import { expect, test } from '@playwright/test';

test('the tag index shows every tag with its post count', async ({ page }) => {
  await page.goto('tags/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thèmes');
  await expect(page.getByRole('link', { name: /Summer Camp\s*1 article/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /Meetups\s*1 article/ })).toBeVisible();
});

test('a tag page lists its posts and shows its description', async ({ page }) => {
  await page.goto('tags/summercamp/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Summer Camp');
  await expect(page.getByText('Les nouvelles du SRE Summer Camp')).toBeVisible();
  await expect(page.getByRole('link', { name: 'SRE SummerCamp 2022 – Résumé de la première édition' })).toBeVisible();
  await expect(page.locator('article.post-card')).toHaveCount(1);
});

test('a tag pill on a post leads to the tag page', async ({ page }) => {
  await page.goto('post/2022-08-01-live-from-lyon/');
  await page.locator('article header').getByRole('link', { name: 'Meetups' }).click();
  await expect(page).toHaveURL(/\/tags\/meetup\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Meetups');
});

test('a described tag with no post yet says so in a sentence', { tag: '@any-device' }, async ({ page }) => {
  await page.goto('tags/org/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Organisation');
  await expect(page.locator('main')).toContainText('Aucun article sur ce thème pour l’instant');
  await expect(page.locator('article.post-card')).toHaveCount(0);
});
