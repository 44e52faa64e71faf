/**
 * The build's body step (scripts/build-steps/render-bodies.ts): renders a body's element tree to HTML
 * with React, as the page would, and keeps it for the pages (body-html.tsx). Kept apart
 * from body-html.tsx: pages never load React's HTML renderer.
 */
import fs from 'node:fs';
import path from 'node:path';
import { renderToString } from 'react-dom/server';
import { markUsed } from '@/lib/files/cache-age';
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
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(entry));
  fs.renameSync(tmp, file);
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
