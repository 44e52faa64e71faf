import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { exportedPages, rel } from './export';

const contentPages = exportedPages().filter((p) => !p.startsWith('/search/'));

test('no component is a client component (pages must stay script-free)', () => {
  const offenders: string[] = [];
  const scan = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const abs = path.join(dir, e.name);
      if (e.isDirectory()) scan(abs);
      else if (/\.(tsx?|jsx?)$/.test(e.name) && /^\s*['"]use client['"]/m.test(fs.readFileSync(abs, 'utf8'))) offenders.push(abs);
    }
  };
  ['app', 'components', 'lib'].forEach(scan);
  expect(offenders).toEqual([]);
});

for (const sitePath of contentPages) {
  test(`${sitePath} loads no script and nothing from another origin`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(origin) && !request.url().startsWith('data:') && !request.url().startsWith('about:')) foreign.push(request.url());
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(rel(sitePath));
    await page.waitForLoadState('networkidle');
    // JSON-LD blocks are data for search engines, not scripts: the browser never runs them.
    expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
    expect(scripts).toEqual([]);
    expect(foreign).toEqual([]);
  });
}
