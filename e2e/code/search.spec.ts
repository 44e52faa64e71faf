import { expect, test } from '@playwright/test';

// The first search fetches and compiles Pagefind's WebAssembly: slow on a busy CI machine.
test.describe.configure({ timeout: 60_000 });
const LOADED = { timeout: 20_000 };

test('search finds the seed article by a French word of its body, with stemming, and leads to it', {
  tag: '@any-device',
}, async ({ page }) => {
  await page.goto('search/');
  const box = page.getByRole('textbox', { name: /Rechercher/ });
  // The body says "un excellent dîner": the plural only matches through French stemming.
  await box.fill('dîners');
  // The event page mentions the dinner too: look for the article among the results.
  const result = page
    .locator('.pagefind-ui__result', { hasText: 'SRE SummerCamp 2022 – Résumé de la première édition' })
    .first();
  await expect(result).toBeVisible(LOADED);
  await expect(result.locator('mark').first()).toBeVisible();
  await result.getByRole('link', { name: 'SRE SummerCamp 2022 – Résumé de la première édition' }).click();
  await expect(page).toHaveURL(/\/post\/2022-09-05-summercamp-2022\/$/);
});

test('a search link in the header leads to the search page, and ?q= searches at once', async ({ page }) => {
  await page.goto('');
  await page.getByRole('link', { name: 'Rechercher' }).click();
  await expect(page).toHaveURL(/\/search\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rechercher');
  await page.goto('search/?q=escalade');
  await expect(page.locator('.pagefind-ui__result').first()).toContainText('SRE SummerCamp 2022', LOADED);
});

test('only articles are indexed, not lists or menus, and a word nowhere gives no result', {
  tag: '@any-device',
}, async ({ page }) => {
  await page.goto('search/');
  const box = page.getByRole('textbox', { name: /Rechercher/ });
  // "licence" is in the footer of every page, never in an article.
  await box.fill('licence');
  await expect(page.locator('.pagefind-ui__message')).toContainText(/Aucun résultat/i, LOADED);
  await expect(page.locator('.pagefind-ui__result')).toHaveCount(0);
});

test('the talks archive comes up once, never again through its filter pages', { tag: '@any-device' }, async ({
  page,
}) => {
  await page.goto('search/?q=Lyon');
  const results = page.locator('.pagefind-ui__result');
  await expect(results.first()).toBeVisible(LOADED);
  // Each result's own link (the first one; the others jump to its sections).
  const links = await results.evaluateAll((items) =>
    items.map((item) => new URL(item.querySelector('a')?.href ?? '', location.href).pathname),
  );
  expect(links.filter((href) => /\/talks\/(format|sujet)\//.test(href))).toEqual([]);
  expect(links.filter((href) => /\/talks\/$/.test(href)).length).toBeLessThanOrEqual(1);
});
