import { renderToString } from 'react-dom/server';
import { markUsed } from '@/lib/files/cache-age';
import { writeCacheEntry } from '@/lib/files/code-version';
import { readImages } from '@/lib/images/manifest';
import { type BodyEntry, bodyEntryFile, cachedBodyHtml, imageFingerprint } from './body-html';
import type { MdxContext } from './components/define';
import { type RenderInput, renderMdx } from './render';

/** 'kept': its HTML was cached already; 'rendered': now it is; 'off': no cache to keep it in. */
export type Prerendered = 'kept' | 'rendered' | 'off';

/** Renders the body's HTML into the cache unless it is there. A refused body throws, as on its page. */
export async function prerenderBody(input: RenderInput, context: MdxContext): Promise<Prerendered> {
  const file = bodyEntryFile(input, context);
  if (!file) return 'off';
  if (cachedBodyHtml(input, context) !== undefined) {
    markUsed(file);
    return 'kept';
  }
  const html = await bodyHtml(input, context);
  const entry: BodyEntry = {
    html: html.html,
    images: [...html.images].map(([src, image]) => [src, imageFingerprint(image)]),
  };
  writeCacheEntry(file, JSON.stringify(entry));
  return 'rendered';
}

/**
 * The body's HTML as the page's renderer writes it: renderToString keeps React's `<!-- -->`
 * between adjacent texts, as the pages have them (renderToStaticMarkup would drop them).
 */
export async function bodyHtml(input: RenderInput, context: MdxContext) {
  const element = await renderMdx(input, context);
  const { result, images } = readImages(() => renderToString(element));
  return { html: result, images };
}
