/**
 * The search index, built from the exported pages by Pagefind (its npm package ships the
 * native indexer): static files in out/pagefind/ that the /search/ page queries in the
 * browser, so search works on any CDN. Only what is marked data-pagefind-body (articles and
 * pages) is indexed; the language, and so French stemming, comes from <html lang> (siteConfig.language).
 */
import path from 'node:path';
import * as pagefind from 'pagefind';
import { sitePaths } from '../../../lib/urls';

export async function buildSearchIndex(outDir: string): Promise<{ pages: number }> {
  const fail = (what: string, errors: string[]) => {
    throw new Error(`search index: ${what} failed:\n  ${errors.join('\n  ')}`);
  };
  try {
    // Heading anchors ("#") would show up glued to each section title in the results.
    const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['.heading-anchor'] });
    if (!index) return fail('starting Pagefind', errors);
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length) fail(`indexing ${outDir}`, added.errors);
    if (added.page_count === 0) fail(`indexing ${outDir}`, ['no page has data-pagefind-body: nothing to search']);
    const written = await index.writeFiles({ outputPath: path.join(outDir, sitePaths.searchIndex()) });
    if (written.errors.length) fail('writing the index', written.errors);
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}
