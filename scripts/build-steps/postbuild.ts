/**
 * Steps that run on the static export after `next build`, in order. Each step is its own
 * module under scripts/build-steps/export/. The search index comes last: it reads the final pages.
 */
import { contentDir as siteContentDir } from '../../lib/settings/site-dir';
import path from 'node:path';
import { getArchive, getContent } from '../../lib/content';
import { siteConfig } from '../../lib/site-config';
import { rewriteExport } from './export/rewrite-pages';
import { removePlaceholderPages } from './export/placeholder-pages';
import { writeHeadersFile } from './export/headers';
import { postsInFeeds, writeFeeds } from './export/feeds';
import { writeSitemap } from './export/sitemap';
import { buildSearchIndex } from './export/search-index';
import { writeHostFiles } from './export/static-host';
import { writeAliasRedirects } from './export/aliases';
import { writeSectionFirstPages } from './export/redirects';
import { writeShareCards } from './export/share-cards';
import { writeSlides } from './export/slides';
import { readArgs } from '../cli/args';
import { shownLines } from '../../lib/messages/shown';
import { BUILD_CACHES, pruneUnused, UNUSED_DAYS } from '../../lib/files/cache-age';

const { positionals } = readArgs(
  'usage: tsx scripts/build-steps/postbuild.ts [export folder, default out]   (run by npm run build after next build)',
  { options: {}, allowPositionals: true },
);
const outDir = path.resolve(positionals[0] ?? 'out');
const started = performance.now();
const step = (what: string) =>
  console.log(`postbuild: ${what} (${((performance.now() - started) / 1000).toFixed(2)} s)`);

try {
  const content = getContent();
  const placeholders = removePlaceholderPages(outDir);
  if (placeholders.length) step(`${placeholders.length} placeholder pages of routes with nothing to list removed`);
  // Each page parsed once, on every core; the feeds' texts are taken in the same pass.
  const pages = await rewriteExport(outDir, postsInFeeds(content));
  step(
    `${pages.pages} pages without framework JavaScript, French typography, a Content-Security-Policy (${pages.removedFiles} runtime files, ${Math.round(pages.removedBytes / 1024)} KB removed)`,
  );
  const aliases = writeAliasRedirects(outDir, content);
  if (aliases) step(`${aliases} redirect${aliases > 1 ? 's' : ''} from old addresses (aliases)`);
  if (writeSectionFirstPages(outDir)) step('first pages of the old section lists (/page/page/1/)');
  writeHeadersFile(outDir);
  const contentDir = siteContentDir();
  const slides = writeSlides(outDir, contentDir);
  if (slides) step(`${slides} slides PDF in slides/`);
  const cards = await writeShareCards(outDir, content, getArchive(), contentDir);
  step(
    `${cards.cards} share cards in og/ (${cards.drawn} drawn, the others from the cache; ${cards.seconds.toFixed(2)} s)`,
  );
  const feeds = writeFeeds(outDir, content, pages.feedBodies);
  step(`${feeds.length} feeds (${feeds.slice(0, 3).join(', ')}...)`);
  const listed = writeSitemap(outDir, content);
  step(`sitemap.xml with ${listed} pages, robots.txt`);
  const host = writeHostFiles(outDir, siteConfig.customDomain);
  step(`_headers, ${host.join(', ')}${siteConfig.customDomain ? ` for ${siteConfig.customDomain}` : ''}`);
  const search = await buildSearchIndex(outDir);
  step(`search index of ${search.pages} pages in pagefind/`);
  // The build's own caches (the image step prunes its own): what no build used for a month goes.
  const pruned = BUILD_CACHES.filter((folder) => folder !== 'images').reduce(
    (sum, folder) => sum + pruneUnused(path.resolve('.cache', folder)),
    0,
  );
  if (pruned) step(`${pruned} cache entries no build used for ${UNUSED_DAYS} days removed from .cache/`);
} catch (error) {
  console.error(`postbuild: ${shownLines(error instanceof Error ? error.message : String(error))}`);
  process.exit(1);
}
