import { expect, test } from '@playwright/test';

test.describe('old URLs keep working', () => {
  test('standalone pages live under /page/<name>/', { tag: '@any-device' }, async ({ page }) => {
    for (const [path, title] of [
      ['page/about/', 'À propos'],
      ['page/contact/', 'Contact'],
      // The page bears the menu's name: a visitor who follows « Offres d’emploi » lands on it.
      ['page/job-board/', 'Offres d’emploi'],
    ]) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    }
  });

  test('/page/ lists the standalone pages', async ({ page }) => {
    await page.goto('page/');
    await expect(page.locator('main').getByRole('link', { name: 'À propos' })).toBeVisible();
  });

  test('/page/1/, /post/page/1/ and /tags/<tag>/page/1/ redirect to the first page of their list', async ({ page }) => {
    await page.goto('page/1/');
    await expect(page).toHaveURL(/\/$/);
    await expect(page.locator('article.post-card').first()).toBeVisible();
    await page.goto('post/page/1/');
    await expect(page).toHaveURL(/\/post\/$/);
    await page.goto('tags/summercamp/page/1/');
    await expect(page).toHaveURL(/\/tags\/summercamp\/$/);
  });

  test('an article URL without its trailing slash still answers', { tag: '@any-device' }, async ({ page }) => {
    const response = await page.goto('post/2022-08-01-live-from-lyon');
    expect(response?.status()).toBe(200);
    await expect(page).toHaveURL(/\/post\/2022-08-01-live-from-lyon\/$/);
  });

  test('the old image paths answer with a JPEG', { tag: '@any-device' }, async ({ request }) => {
    const response = await request.get('img/meetup/summercamp2022.jpg');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/jpeg');
  });

  test('unknown URLs get the 404 page', async ({ page }) => {
    const response = await page.goto('post/this-does-not-exist/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cette page est introuvable');
    await expect(page.getByRole('link', { name: 'Les derniers articles' })).toBeVisible();
  });
});
