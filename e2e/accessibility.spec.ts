import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { exportedPages, rel } from './export';

const pages = exportedPages();
// axe takes seconds per page, and twice as many pages run with the dark-mode pass.
test.describe.configure({ timeout: 60_000 });

test('the export has the pages the site needs', () => {
  for (const p of ['/', '/post/2022-09-05-summercamp-2022/', '/tags/', '/tags/summercamp/', '/404.html']) {
    expect(pages).toContain(p);
  }
});

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

for (const path of pages) {
  test(`no WCAG 2.1 AA violation on ${path}`, async ({ page }) => {
    await page.goto(rel(path));
    expect(await violations(page)).toEqual([]);
  });

  // Dark mode follows the system setting: its contrasts are checked too (once, on desktop).
  test(`no WCAG 2.1 AA violation on ${path} in dark mode`, async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'colours do not depend on the viewport');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(rel(path));
    expect(await violations(page)).toEqual([]);
  });
}

test('search results pass WCAG 2.1 AA, in light and dark mode', async ({ page }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto('search/?q=meetup');
    // The first search loads Pagefind's WebAssembly.
    await expect(page.locator('.pagefind-ui__result').first()).toBeVisible({ timeout: 20_000 });
    expect(await violations(page)).toEqual([]);
  }
});
