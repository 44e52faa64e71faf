/**
 * The page pass's plans kept in .cache/pages/: a warm deploy of thousands of pages parses
 * only the pages whose HTML Next wrote differently (about 8 ms a page saved on each of the
 * others, measured at 5000 posts). The key is everything the plan is a function of: the page
 * as Next wrote it, its address, whether its feed text is wanted, the site's settings and
 * deploy target, and a hash of the code that decides the edits (lib/ and this folder). Next's
 * build ID is fixed (next.config.ts), so an unchanged page is byte-identical from one build
 * to the next; with a new ID every build no entry would ever be found again, never a wrong one.
 *
 * An entry only holds edits, never a page: what is written is always the page Next wrote
 * this build with the edits applied. CONTENT_CACHE=0 turns it off, like the other caches.
 */
import fs from 'node:fs';
import { markUsed } from '../../../lib/files/cache-age';
import { cacheEntryPath, writeCacheEntry } from '../../../lib/files/code-version';
import { deployTarget, siteConfig } from '../../../lib/site-config';
import { type PagePlan, type PassOptions, planPage } from './page-pass';

export const PAGE_PASS_CACHE = 'pages';
const CODE_DIRS = ['lib', 'scripts/build-steps/export'];
/** The same for every page of a build: taken once, not for each of thousands of pages. */
const SETTINGS = JSON.stringify([siteConfig, deployTarget()]);

function entryPath(html: string, sitePath: string, { withFeedBody = false }: PassOptions): string | undefined {
  return cacheEntryPath(PAGE_PASS_CACHE, CODE_DIRS, [SETTINGS, sitePath, String(withFeedBody), html], '.json');
}

/** The plan of `html` at `sitePath`: from the cache when this page was passed before, else made and stored. */
export function cachedPlan(html: string, sitePath: string, options: PassOptions = {}): PagePlan {
  const entry = entryPath(html, sitePath, options);
  if (entry) {
    try {
      const plan = JSON.parse(fs.readFileSync(entry, 'utf8')) as PagePlan;
      markUsed(entry);
      return plan;
    } catch {
      // Not passed before (or an entry cut short by a stopped build: made again).
    }
  }
  const plan = planPage(html, sitePath, options);
  if (entry) {
    try {
      writeCacheEntry(entry, JSON.stringify(plan));
    } catch {
      // A read-only checkout still builds, only slower.
    }
  }
  return plan;
}
