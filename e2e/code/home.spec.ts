import { expect, test } from '@playwright/test';

test('the home page lists the seed article, newest first, with date, summary and thumbnail', async ({ page }) => {
  await page.goto('');
  await expect(page).toHaveTitle(/SRE France/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  const cards = page.locator('article.post-card');
  await expect(cards.first()).toBeVisible();
  const first = cards.first();
  await expect(first.getByRole('heading', { level: 2 })).toHaveText('SRE SummerCamp 2022 - Résumé de la première édition');
  await expect(first.locator('time')).toHaveText('5 septembre 2022');
  await expect(first).toContainText("Le meetup s'est ouvert par l'annonce");
  const thumbnail = first.locator('img');
  await expect(thumbnail).toHaveAttribute('width', /\d+/);
  expect(await thumbnail.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  // The Lyon meetup (July) comes after the Summer Camp (September).
  await expect(cards.nth(1).getByRole('heading')).toHaveText('Site Reliability Engineering - Live from Lyon');
});

test('a card leads to its article', async ({ page }) => {
  await page.goto('');
  await page.getByRole('link', { name: 'SRE SummerCamp 2022 - Résumé de la première édition' }).click();
  await expect(page).toHaveURL(/\/post\/2022-09-05-summercamp-2022\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('SRE SummerCamp 2022 - Résumé de la première édition');
});

test('the header menu reaches every section, on phones through the folded menu', async ({ page, isMobile }) => {
  await page.goto('');
  if (isMobile) await page.locator('header summary').click();
  const menu = page.getByRole('navigation', { name: 'Menu principal' });
  for (const name of ['Meetups', 'Summer Camp', 'GitHub', 'Job Board', 'Contact', 'Donations', 'About']) {
    await expect(menu.getByRole('link', { name })).toBeVisible();
  }
  await menu.getByRole('link', { name: 'Summer Camp' }).click();
  await expect(page).toHaveURL(/\/tags\/summercamp\/$/);
});

test('the footer has named social links and the association line', async ({ page }) => {
  await page.goto('');
  const footer = page.locator('footer');
  for (const name of ['GitHub', 'Telegram', 'Meetup', 'Mastodon', 'Bluesky', 'X (Twitter)', 'E-mail']) {
    await expect(footer.getByRole('link', { name, exact: true })).toBeVisible();
  }
  await expect(footer).toContainText('association loi 1901');
});
