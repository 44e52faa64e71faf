import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { exportedPages, rel } from './export';

const pages = exportedPages();

test('the export has the pages the site needs', () => {
  for (const p of ['/', '/post/2022-09-05-summercamp-2022/', '/tags/', '/tags/summercamp/', '/404.html']) {
    expect(pages).toContain(p);
  }
});

for (const path of pages) {
  test(`no WCAG 2.1 AA violation on ${path}`, async ({ page }) => {
    await page.goto(rel(path));
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    expect(summary).toEqual([]);
  });
}
