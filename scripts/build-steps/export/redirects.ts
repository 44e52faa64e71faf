/**
 * The old addresses an export answers, read from the export itself: every page that is a
 * meta refresh (aliases, each list's …/page/1/) is one redirect. `_redirects` (Cloudflare
 * Pages, Netlify) and `.htaccess` (Apache) turn them into 301s; hosting/ makes the same
 * rules for nginx, Caddy and lighttpd from `_redirects`. Hosts that read none of these
 * serve the pages, whose meta refresh still leads to the right place.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { walkFiles } from '../../../lib/files/walk';
import { siteConfig } from '../../../lib/site-config';
import { sitePaths, withBase } from '../../../lib/urls';
import { redirectHtml } from './aliases';

/** From a site path (without the base path) to the address the page points at (with it). */
export type Redirect = { from: string; to: string };

/** The target of a meta refresh page, or undefined for any other page. */
export function refreshTarget(html: string): string | undefined {
  const meta = parse(html)
    .querySelectorAll('meta')
    .find((m) => m.getAttribute('http-equiv')?.toLowerCase() === 'refresh');
  const target = meta?.getAttribute('content')?.match(/^\s*\d+\s*;\s*url=(.+)$/i)?.[1];
  return target?.trim().replace(/^(['"])(.*)\1$/, '$2');
}

export function exportRedirects(outDir: string): Redirect[] {
  return walkFiles(outDir, { skipFolders: ['_next', '_img'] })
    .filter((f) => f.rel.endsWith('index.html'))
    .flatMap((f) => {
      const html = fs.readFileSync(f.path, 'utf8');
      // Most pages have no refresh at all: parse only those that may.
      const to = /refresh/i.test(html) ? refreshTarget(html) : undefined;
      return to ? [{ from: `/${f.rel}`.replace(/index\.html$/, ''), to }] : [];
    })
    .sort((a, b) => a.from.localeCompare(b.from));
}

/**
 * Hugo gave every section list a …/page/1/ redirect, whatever the section's name: the list
 * of standalone pages (/page/) had /page/page/1/, which no route of the site makes.
 */
export function writeSectionFirstPages(outDir: string): number {
  const lists = [{ from: `${sitePaths.pages()}page/1/`, to: sitePaths.pages(), title: 'Pages' }];
  let written = 0;
  for (const { from, to, title } of lists) {
    const file = path.join(outDir, from, 'index.html');
    if (fs.existsSync(file) || !fs.existsSync(path.join(outDir, to, 'index.html'))) continue;
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, redirectHtml(to, title));
    written++;
  }
  return written;
}

/** Cloudflare Pages and Netlify: `from to 301`, one a line. */
export function redirectsFile(redirects: Redirect[], basePath = siteConfig.basePath): string {
  return redirects.map(({ from, to }) => `${withBase(from, basePath)} ${to} 301\n`).join('');
}

/** Parses `_redirects` lines back (the hosting recipes make server rules from the file). */
export function readRedirectsFile(text: string): Redirect[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [from, to] = line.split(/\s+/);
      return { from, to };
    });
}
