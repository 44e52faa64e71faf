import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { exportedPages } from '../../scripts/build-steps/export/pages';
import { switchColorScheme } from '../color-scheme';
import { rel } from '../export';
import { LIVE_OUT } from '../live-export';

// Every page, and the error page a visitor meets at an unknown address.
const pages = [...exportedPages(LIVE_OUT), '/404.html'];
// axe takes seconds per page, and each page gets two passes.
test.describe.configure({ timeout: 90_000 });

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

// axe was most of the suite's time: one visit a page, two passes. Light mode at phone width,
// where targets are smallest; then, without reloading, dark mode at desktop width (the wide
// layout's colours). Run once, from the phone project, as the test sets the desktop width itself.
for (const path of pages) {
  test(`no WCAG 2.2 AA violation on ${path}, light on a phone, dark on a desktop`, { tag: ['@phone', '@axe'] }, async ({
    page,
  }) => {
    await page.goto(rel(path));
    const found = (await violations(page)).map((v) => `light, phone: ${v}`);
    await page.setViewportSize({ width: 1280, height: 800 });
    await switchColorScheme(page, 'dark');
    found.push(...(await violations(page)).map((v) => `dark, 1280 px: ${v}`));
    expect(found).toEqual([]);
  });
}
