/**
 * Next.js has no switch to export a page without its client runtime, even when no
 * component on it is interactive. Every page here is server-rendered HTML and CSS (client
 * components are forbidden by components/no-client-components.test.ts), so after the export the
 * framework's scripts, script preloads and RSC payload files are removed: pages then
 * ship zero bytes of JavaScript and still render exactly the same.
 */
import path from 'node:path';

/** Scripts a page may keep: the search page's own script, marked data-keep. */
const KEEP = /\bdata-keep\b/;
/** JSON-LD (schema.org data for search engines) is data in a <script> element, never run. */
const DATA = /\btype=["']?application\/ld\+json\b/i;

/** True for a <script> that runs code; JSON-LD data blocks do not. */
export function isExecutableScript(openingTag: string): boolean {
  return !DATA.test(openingTag);
}

export function stripRuntime(html: string): string {
  return (
    html
      .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, (tag) => {
        const opening = tag.slice(0, tag.indexOf('>'));
        return KEEP.test(opening) || !isExecutableScript(opening) ? tag : '';
      })
      .replace(/<link\b[^>]*\brel="(?:preload|modulepreload)"[^>]*\bas="script"[^>]*\/?>/gi, '')
      .replace(/<link\b[^>]*\bas="script"[^>]*\brel="(?:preload|modulepreload)"[^>]*\/?>/gi, '')
      .replace(/<link\b[^>]*\brel="modulepreload"[^>]*\/?>/gi, '')
      // React's Suspense boundary markers have no use without the runtime.
      .replace(/<!--\/?\$[!?]?-->/g, '')
  );
}

/** RSC payloads (index.txt, __next.*.txt) that client navigation would have fetched. */
export function isRuntimeFile(rel: string): boolean {
  const name = path.basename(rel);
  if (rel.split(path.sep).join('/').startsWith('_next/static/') && /\.js$/.test(name)) return true;
  return name === 'index.txt' || /^__next\..*\.txt$/.test(name);
}
