/**
 * What a visitor and a crawler get from one host serving the export: each check returns a
 * cell of the table README's host table comes from, and the failures it found.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import type { Browser } from '@playwright/test';
import { walkFiles } from '../../../lib/files/walk';
import { sitePaths } from '../../../lib/urls';
import { SECURITY_HEADERS } from '../../../scripts/build-steps/export/headers';
import { readRedirectsFile, refreshTarget } from '../../../scripts/build-steps/export/redirects';
import { ERROR_PAGE_COPIES } from '../../../scripts/build-steps/export/static-host';

export type Site = {
  outDir: string;
  /** Site paths of the sitemap's pages. */
  pages: string[];
  /** A word the search must find. */
  word: string;
};

export type Row = Record<string, string>;
export const COLUMNS = [
  'clean URLs',
  '404 page, status 404',
  'security headers',
  'old addresses',
  '.ics type',
  'search',
] as const;

const get = (origin: string, p: string) => fetch(`${origin}${p}`, { redirect: 'manual' });
const typeOf = (res: Response) => res.headers.get('content-type') ?? '';

export function readSite(outDir: string): Site {
  const sitemap = fs.readFileSync(path.join(outDir, sitePaths.sitemap()), 'utf8');
  const pages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  const post = pages.find((p) => /^\/post\/[^/]+\/$/.test(p) && !p.startsWith('/post/page/'));
  const title = post ? parse(fs.readFileSync(path.join(outDir, post, 'index.html'), 'utf8')).querySelector('h1') : null;
  const word =
    title?.text
      .split(/[^\p{L}\p{N}]+/u)
      .sort((a, b) => b.length - a.length)[0]
      ?.toLowerCase() ?? 'sre';
  return { outDir, pages, word };
}

/** What a host can do, so what the test requires of it. */
export type Abilities = {
  /** It sends the headers its recipe sets (GitHub Pages sends none of its own choosing). */
  headers: boolean;
  /** It answers old addresses with a 301 (else the redirect pages' meta refresh). */
  redirects: boolean;
};

/** Runs every check on one host; `failures` lists what is wrong, `row` what works. */
export async function checkHost(site: Site, origin: string, can: Abilities) {
  const failures: string[] = [];
  const row: Row = {};
  const fail = (what: string) => failures.push(what);

  // Every page of the sitemap: 200, HTML, and a page policy that runs no script (search aside).
  for (const p of site.pages) {
    const res = await get(origin, p);
    if (res.status !== 200) fail(`${p}: status ${res.status}`);
    else if (!typeOf(res).startsWith('text/html')) fail(`${p}: type ${typeOf(res)}`);
    else if (p !== sitePaths.search()) {
      const meta = parse(await res.text())
        .querySelectorAll('meta')
        .find((m) => m.getAttribute('http-equiv') === 'Content-Security-Policy');
      if (!meta?.getAttribute('content')?.includes("script-src 'none'")) fail(`${p}: no script-src 'none'`);
    }
  }
  // Folders without their final slash are redirected to it.
  const folders = site.pages.filter((p) => p.length > 1).slice(0, 8);
  let slashRedirect = '';
  for (const p of folders) {
    const res = await get(origin, p.slice(0, -1));
    const to = res.headers.get('location') ?? '';
    if (![301, 302, 307, 308].includes(res.status) || !new URL(to, origin).pathname.startsWith(p))
      fail(`${p.slice(0, -1)}: ${res.status} ${to}, not a redirect to ${p}`);
    else slashRedirect = String(res.status);
  }
  row['clean URLs'] = failures.length ? 'no' : `yes (/x → /x/ ${slashRedirect})`;

  // A missing address, and the copies of the 404 page that are no page.
  const notFoundTitle = parse(fs.readFileSync(path.join(site.outDir, sitePaths.notFound()), 'utf8'))
    .querySelector('title')
    ?.text.trim();
  const missing = ['/this/is/missing/', '/missing.html', ...ERROR_PAGE_COPIES.map((c) => `/${c}/`)];
  let notFoundOk = true;
  for (const p of missing) {
    const res = await get(origin, p);
    const title = parse(await res.text())
      .querySelector('title')
      ?.text.trim();
    if (res.status !== 404 || title !== notFoundTitle) {
      notFoundOk = false;
      fail(`${p}: status ${res.status}, title ${JSON.stringify(title)} (expected 404 and the site's 404 page)`);
    }
  }
  row['404 page, status 404'] = notFoundOk ? 'yes' : 'no';

  // Security headers, on a page and on the 404 page.
  const sent = await Promise.all(['/', '/this/is/missing/'].map((p) => get(origin, p)));
  const missingHeaders = Object.entries(SECURITY_HEADERS).filter(([name, value]) =>
    sent.some((res) => res.headers.get(name) !== value),
  );
  row['security headers'] = missingHeaders.length ? 'no' : 'yes';
  if (can.headers && missingHeaders.length) fail(`headers not sent: ${missingHeaders.map(([n]) => n).join(', ')}`);
  const headerPolicy = sent[0].headers.get('content-security-policy') ?? '';
  if (/script-src|default-src/.test(headerPolicy)) fail(`the header policy restricts scripts: ${headerPolicy}`);

  // Old addresses: a 301 to the page, or the redirect page (a meta refresh) where rules cannot run.
  const redirects = readRedirectsFile(fs.readFileSync(path.join(site.outDir, sitePaths.redirectsFile()), 'utf8'));
  const kinds = new Set<string>();
  for (const { from, to } of redirects) {
    const res = await get(origin, from);
    if (res.status === 301 && new URL(res.headers.get('location') ?? '', origin).pathname === to) kinds.add('301');
    else if (!can.redirects && res.status === 200 && refreshTarget(await res.text()) === to) kinds.add('meta refresh');
    else fail(`${from}: status ${res.status} ${res.headers.get('location') ?? ''}, not leading to ${to}`);
  }
  row['old addresses'] = kinds.size ? [...kinds].join(' + ') : 'none';

  // Calendars: text/calendar, so "S'abonner" opens the calendar app instead of a download.
  const calendars = walkFiles(site.outDir, { skipFolders: ['_next', '_img'] }).filter((f) => f.rel.endsWith('.ics'));
  let calendarsOk = calendars.length > 0;
  for (const file of calendars) {
    const res = await get(origin, `/${file.rel}`);
    if (res.status !== 200 || !typeOf(res).startsWith('text/calendar')) {
      calendarsOk = false;
      fail(`/${file.rel}: ${res.status} ${typeOf(res) || 'no type'}`);
    }
  }
  row['.ics type'] = calendarsOk ? 'text/calendar' : 'no';

  // Pagefind's files: every one with a type (scripts and styles with theirs).
  for (const file of walkFiles(path.join(site.outDir, sitePaths.searchIndex().slice(1)))) {
    const p = `${sitePaths.searchIndex()}${file.rel}`;
    const res = await get(origin, p);
    const type = typeOf(res);
    const expected = file.rel.endsWith('.js') ? /javascript/ : file.rel.endsWith('.css') ? /^text\/css/ : /./;
    if (res.status !== 200 || !expected.test(type)) fail(`${p}: ${res.status} ${type || 'no type'}`);
  }

  return { row, failures };
}

/** Search in Chromium, under the headers this host sends: a result for the site's word. */
export async function checkSearch(site: Site, origin: string, browser: Browser) {
  const failures: string[] = [];
  const row: Row = {};
  const fail = (what: string) => failures.push(what);
  const page = await browser.newPage();
  const violations: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  try {
    await page.goto(`${origin}${sitePaths.search()}?q=${encodeURIComponent(site.word)}`);
    await page.locator('.pagefind-ui__result').first().waitFor({ timeout: 30_000 });
    row.search = 'yes';
  } catch {
    row.search = 'no';
    fail(`search for « ${site.word} » shows no result${violations.length ? `: ${violations[0]}` : ''}`);
  } finally {
    await page.close();
  }
  return { row, failures };
}
