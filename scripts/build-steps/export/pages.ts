/**
 * The pages of an export: which of its HTML files are pages of the site, and the address
 * each answers at ("/post/x/" for post/x/index.html). The sitemap, the link check and
 * the browser tests all read the export through this one list.
 */
import fs from 'node:fs';
import { headMetas, parsePage } from '../../../lib/html/page-tree';
import { walkFiles } from '../../../lib/files/walk';
import { sitePaths } from '../../../lib/urls';

/** The error page and the copies of it Next writes: pages of the export, not of the site. */
export const ERROR_PAGES = [sitePaths.notFound(), '/404/', '/_not-found/'];

export type PageKinds = {
  /** Also the redirect pages (meta refresh) written for old addresses. */
  redirects?: boolean;
  /** Also the error pages of ERROR_PAGES. */
  errorPages?: boolean;
};

/** The address of an exported HTML file, from its path in the export ("post/x/index.html"). */
export function sitePathOf(rel: string): string {
  return `/${rel.split('\\').join('/')}`.replace(/(^|\/)index\.html$/, '$1');
}

/** True for a page whose head holds a <meta http-equiv="refresh">: a redirect, not a page. */
export function isRedirectPage(html: string): boolean {
  // Without the word no element can say it (pages are UTF-8 text and React writes attributes
  // unencoded): the word alone only sends the page to the parser, which decides.
  return /refresh/i.test(html) && headMetas(parsePage(html), 'refresh').length > 0;
}

/** Site paths of the exported pages, sorted, e.g. "/", "/post/x/", "/404.html". */
export function exportedPages(outDir: string, { redirects = false, errorPages = false }: PageKinds = {}): string[] {
  return walkFiles(outDir)
    .filter((f) => f.rel.endsWith('.html'))
    .filter((f) => redirects || !isRedirectPage(fs.readFileSync(f.path, 'utf8')))
    .map((f) => sitePathOf(f.rel))
    .filter((p) => errorPages || !ERROR_PAGES.includes(p));
}
