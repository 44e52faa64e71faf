/**
 * The build's HTML step for shared markup (cached-markup.tsx): renders the children of each
 * element into the cache unless they are there. Kept apart: pages never load React's HTML
 * renderer.
 */
import fs from 'node:fs';
import type { ReactElement, ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { markUsed } from '@/lib/files/cache-age';
import { writeCacheEntry } from '@/lib/files/code-version';
import { childrenOf, markupEntryFile } from './cached-markup';

/** 'kept': already cached; 'rendered': now it is; 'off': nothing to cache it in. */
export function prerenderMarkup(element: ReactElement<{ children?: ReactNode }>): 'kept' | 'rendered' | 'off' {
  const children = childrenOf(element);
  const file = children === undefined ? undefined : markupEntryFile(children);
  if (!file) return 'off';
  if (fs.existsSync(file)) {
    markUsed(file);
    return 'kept';
  }
  // renderToString keeps React's `<!-- -->` between adjacent texts, as the pages have them.
  const html = renderToString(children);
  writeCacheEntry(file, html);
  return 'rendered';
}
