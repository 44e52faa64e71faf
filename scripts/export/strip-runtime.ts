/**
 * Next.js has no switch to export a page without its client runtime, even when no
 * component on it is interactive. Every page here is server-rendered HTML and CSS (client
 * components are forbidden by e2e/no-client-components.spec.ts), so after the export the
 * framework's scripts, script preloads and RSC payload files are removed: pages then
 * ship zero bytes of JavaScript and still render exactly the same.
 */
import fs from 'node:fs';
import path from 'node:path';

/** Scripts a page may keep: the search page's own script, marked data-keep. */
const KEEP = /\bdata-keep\b/;
/** JSON-LD (schema.org data for search engines) is data, not code: it stays. */
const JSON_LD = /\btype="application\/ld\+json"/i;

export function stripRuntime(html: string): string {
  return html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, (tag) => {
      const open = tag.slice(0, tag.indexOf('>'));
      return KEEP.test(open) || JSON_LD.test(open) ? tag : '';
    })
    .replace(/<link\b[^>]*\brel="(?:preload|modulepreload)"[^>]*\bas="script"[^>]*\/?>/gi, '')
    .replace(/<link\b[^>]*\bas="script"[^>]*\brel="(?:preload|modulepreload)"[^>]*\/?>/gi, '')
    .replace(/<link\b[^>]*\brel="modulepreload"[^>]*\/?>/gi, '')
    // React's Suspense boundary markers have no use without the runtime.
    .replace(/<!--\/?\$[!?]?-->/g, '');
}

/** RSC payloads (index.txt, __next.*.txt) that client navigation would have fetched. */
export function isRuntimeFile(rel: string): boolean {
  const name = path.basename(rel);
  if (rel.split(path.sep).join('/').startsWith('_next/static/') && /\.js$/.test(name)) return true;
  return name === 'index.txt' || /^__next\..*\.txt$/.test(name);
}

export function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const abs = path.join(dir, e.name);
    return e.isDirectory() ? walk(abs) : [abs];
  });
}

export function stripExport(outDir: string): { pages: number; removedFiles: number; removedBytes: number } {
  let pages = 0;
  let removedFiles = 0;
  let removedBytes = 0;
  for (const abs of walk(outDir)) {
    const rel = path.relative(outDir, abs);
    if (isRuntimeFile(rel)) {
      removedBytes += fs.statSync(abs).size;
      fs.rmSync(abs);
      removedFiles++;
    } else if (abs.endsWith('.html')) {
      const html = fs.readFileSync(abs, 'utf8');
      const stripped = stripRuntime(html);
      removedBytes += Buffer.byteLength(html) - Buffer.byteLength(stripped);
      fs.writeFileSync(abs, stripped);
      pages++;
    }
  }
  return { pages, removedFiles, removedBytes };
}
