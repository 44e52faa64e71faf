import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { exportedPages } from '../../scripts/build-steps/export/pages';
import { switchColorScheme } from '../color-scheme';
import { rel } from '../export';
import { FIXTURE_OUT } from '../fixture-site/site';

// axe on every page runs in the live suite; here, what only the fixture site has.
// Two axe passes a test, and the search page loads Pagefind's WebAssembly first.
test.describe.configure({ timeout: 90_000 });

test('the export has the pages the site needs', { tag: '@any-device' }, () => {
  const pages = exportedPages(FIXTURE_OUT, { errorPages: true });
  for (const p of ['/', '/post/2022-09-05-summercamp-2022/', '/tags/', '/tags/summercamp/', '/404.html']) {
    expect(pages).toContain(p);
  }
});

// On the desktop: phones get WCAG 2.2 on every page type, the search page included (visitor.spec.ts).
// Light, then dark without reloading: one visit a page.
for (const path of [
  '/events/',
  '/events/2099-03-12-meetup-nantes/',
  '/tags/incidents/',
  '/page/job-board/',
  '/jobs/sre-plateforme-lyon/',
  '/jobs/ingenieur-production-2020/',
]) {
  test(`no WCAG 2.1 AA violation on ${path} of the fixture site, in light and dark mode`, { tag: '@desktop' }, async ({
    page,
  }) => {
    await page.goto(rel(path));
    const violations: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      await switchColorScheme(page, colorScheme);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      violations.push(...results.violations.map((v) => `${colorScheme} ${v.id}: ${v.help}`));
    }
    expect(violations).toEqual([]);
  });
}

test('search results pass WCAG 2.1 AA, in light and dark mode', { tag: '@desktop' }, async ({ page }) => {
  await page.goto('search/?q=meetup');
  // The first search loads Pagefind's WebAssembly.
  await expect(page.locator('.pagefind-ui__result').first()).toBeVisible({ timeout: 20_000 });
  const violations: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await switchColorScheme(page, colorScheme);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    violations.push(...results.violations.map((v) => `${colorScheme} ${v.id}: ${v.help}`));
  }
  expect(violations).toEqual([]);
});
