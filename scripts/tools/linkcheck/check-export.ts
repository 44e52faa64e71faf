/**
 * Checks a static export as a visitor's browser and a feed reader would: serves it (under
 * its base path), and with linkinator fetches every page, then every link, image (srcset
 * included), stylesheet and its url() assets, share image, JSON-LD URL and meta refresh
 * that points to this site; the feeds, the sitemap and robots.txt are read for their links
 * too, and every #fragment must name an element of its page. External links are not
 * fetched: the check must not depend on other sites being up.
 */
import fs from 'node:fs';
import path from 'node:path';
import { check, LinkState } from 'linkinator';
import { parse } from 'node-html-parser';
import { outputFile } from '../../../lib/content/routes';
import { walkFiles } from '../../../lib/files/walk';
import { sitePaths } from '../../../lib/urls';
import { exportedPages } from '../../build-steps/export/pages';
import { serveLocally } from '../../serve/static-server';
import { deadFragments, type FragmentLink } from './fragments';
import { absoluteUrlsIn, localTarget, type Served } from './site-urls';

export type Target = { dir: string; basePath: string; siteUrl: string };
/** One broken target, with every page or file that links to it. */
export type Broken = { url: string; reason: string; from: string[] };
export type LinkReport = { pages: number; checked: number; broken: Broken[] };

/** Files whose links no HTML parser reads: the feeds, the sitemap, robots.txt. */
const textFiles = (dir: string) =>
  walkFiles(dir, { skipFolders: ['_next', 'pagefind'] }).filter((f) => /\.(xml|json|txt)$/.test(f.rel));

export async function checkExport({ dir, basePath, siteUrl }: Target): Promise<LinkReport> {
  const { origin: local, server } = await serveLocally(dir, basePath);
  const served: Served = { local, site: new URL(siteUrl).origin };
  const shown = (url: string) => url.replace(local, '');
  const broken = new Map<string, Broken>();
  const report = (url: string, reason: string, from: string) => {
    const key = `${url} ${reason}`;
    const entry = broken.get(key) ?? { url, reason, from: [] };
    if (!entry.from.includes(from)) entry.from.push(from);
    broken.set(key, entry);
  };

  // Every page is a starting point, so a page no other page links to is checked too.
  const pages = exportedPages(dir, { redirects: true, errorPages: true });
  const starts = new Map<string, string[]>(pages.map((p) => [`${local}${basePath}${p}`, []]));
  // Robots fetch /robots.txt though no page links to it; the sitemap is found from there.
  starts.set(`${local}${basePath}${sitePaths.robots()}`, ['(where robots look)']);
  const fragments: FragmentLink[] = [];
  const follow = (raw: string, base: string, from: string) => {
    let target: URL | undefined;
    try {
      target = localTarget(raw, base, served);
    } catch {
      return report(raw, 'not a valid URL', from);
    }
    if (target && target.hash.length > 1) fragments.push({ target: new URL(target), from });
    return target;
  };
  for (const file of textFiles(dir)) {
    const from = `${basePath}/${file.rel}`;
    for (const raw of absoluteUrlsIn(fs.readFileSync(file.path, 'utf8'))) {
      const target = follow(raw, local, from);
      if (!target) continue;
      target.hash = '';
      starts.set(target.href, [...(starts.get(target.href) ?? []), from]);
    }
  }
  for (const page of pages) {
    const base = `${local}${basePath}${page}`;
    for (const el of parse(fs.readFileSync(path.join(dir, outputFile(page)), 'utf8')).querySelectorAll('[href*="#"]')) {
      follow(el.getAttribute('href') ?? '', base, `${basePath}${page}`);
    }
  }

  let checked = 0;
  try {
    const site = new RegExp(`^${served.site.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=/|$)`);
    const result = await check({
      path: [...starts.keys()],
      recurse: true,
      checkCss: true,
      concurrency: 8,
      timeout: 10_000,
      // Share tags and JSON-LD write this site's own address: check it on the served copy.
      urlRewriteExpressions: [{ pattern: site, replacement: local }],
      linksToSkip: async (link) => !link.startsWith(local),
    });
    // What an error answer links to is the 404 page's links, not those of the missing page.
    const failed = new Set(result.links.filter((l) => l.state === LinkState.BROKEN).map((l) => l.url));
    for (const link of result.links) {
      if (link.state === LinkState.OK) checked++;
      if (link.state !== LinkState.BROKEN || (link.parent && failed.has(link.parent))) continue;
      const url = shown(link.url ?? '');
      const outside = basePath && !url.startsWith(`${basePath}/`) && url.startsWith('/');
      const reason = outside ? `outside the base path ${basePath}/` : link.status ? `HTTP ${link.status}` : 'no answer';
      // A page reached with and without its trailing slash is one page.
      const parents = link.parent
        ? [shown(link.parent).replace(/^([^?#]*?\/[^/.?#]+)$/, '$1/')]
        : (starts.get(link.url ?? '') ?? ['(start)']);
      for (const from of parents) report(url, reason, from);
    }
  } finally {
    server.close();
  }

  for (const { target, from } of deadFragments(dir, basePath, fragments))
    report(shown(target.href), 'no element with this id', from);
  const sorted = [...broken.keys()].sort().map((key) => broken.get(key)!);
  return { pages: pages.length, checked, broken: sorted.map((b) => ({ ...b, from: b.from.sort() })) };
}
