import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { exportedPages } from '../../scripts/export/pages';
import { rel } from '../export';
import { LIVE_OUT } from '../live-export';

// Every page, and the error page a visitor meets at an unknown address.
const pages = [...exportedPages(LIVE_OUT), '/404.html'];
// axe takes seconds per page, and twice as many pages run with the dark-mode pass.
test.describe.configure({ timeout: 60_000 });

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

// Three axe passes a page took most of the suite's time: the light pass runs at phone width
// (where targets are smallest), the dark pass on desktop (colours do not depend on the viewport).
for (const path of pages) {
  test(`no WCAG 2.2 AA violation on ${path}`, async ({ page }, testInfo) => {
    test.skip(testInfo.project.name.endsWith('desktop'), 'light mode runs at phone width');
    await page.goto(rel(path));
    expect(await violations(page)).toEqual([]);
  });

  test(`no WCAG 2.2 AA violation on ${path} in dark mode`, async ({ page }, testInfo) => {
    test.skip(!testInfo.project.name.endsWith('desktop'), 'colours do not depend on the viewport');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(rel(path));
    expect(await violations(page)).toEqual([]);
  });
}
