import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'node-html-parser';
import { exportedPages } from '../../scripts/build-steps/export/pages';
import { refreshTarget } from '../../scripts/build-steps/export/redirects';
import { LIVE_OUT } from '../live-export';

// An old address (aliases, each list's …/page/1/) is a page whose meta refresh leads to the
// new one, with one canonical link naming it, and a 301 rule in _redirects for hosts that read it.
test('every redirect page has one canonical link to its target and a 301 in _redirects', { tag: '@any-device' }, () => {
  const redirects = fs.readFileSync(path.join(LIVE_OUT, '_redirects'), 'utf8');
  const problems: string[] = [];
  const pages = exportedPages(LIVE_OUT, { redirects: true }).filter((p) => p.endsWith('/'));
  for (const sitePath of pages) {
    const html = fs.readFileSync(path.join(LIVE_OUT, sitePath, 'index.html'), 'utf8');
    const to = refreshTarget(html);
    if (!to) continue;
    const canonical = parse(html)
      .querySelectorAll('link[rel="canonical"]')
      .map((l) => new URL(l.getAttribute('href') ?? '').pathname);
    if (canonical.length !== 1 || canonical[0] !== to)
      problems.push(`${sitePath}: canonical ${JSON.stringify(canonical)}, expected [${to}]`);
    if (!redirects.includes(`${sitePath} ${to} 301\n`)) problems.push(`${sitePath}: no 301 to ${to} in _redirects`);
  }
  expect(problems).toEqual([]);
  // Hugo's first page of the list of standalone pages answers too.
  expect(refreshTarget(fs.readFileSync(path.join(LIVE_OUT, 'page/page/1/index.html'), 'utf8'))).toBe('/page/');
});
