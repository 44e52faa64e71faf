/**
 * Next.js has no switch to export a page without its client runtime, even when no
 * component on it is interactive. Every page here is server-rendered HTML and CSS (client
 * components are forbidden by components/no-client-components.test.ts), so after the export the
 * framework's scripts, script preloads and RSC payload files are removed: pages then
 * ship zero bytes of JavaScript and still render exactly the same.
 */
import path from 'node:path';
import {
  attr,
  descendants,
  type Document,
  type Element,
  isComment,
  isElement,
  type Node,
  tokens,
} from '../../../lib/html/page-tree';

/** True for a <script> that runs code; JSON-LD (schema.org data for search engines) is never run. */
export function isExecutableScript(script: Element): boolean {
  return (attr(script, 'type') ?? '').trim().toLowerCase() !== 'application/ld+json';
}

/** Scripts a page may keep: the search page's own script, marked data-keep, and JSON-LD data. */
const isKept = (script: Element) => attr(script, 'data-keep') !== undefined || !isExecutableScript(script);

function isRuntime(node: Node): boolean {
  if (isComment(node)) return /^\/?\$[!?]?$/.test(node.data); // React's Suspense markers
  if (!isElement(node)) return false;
  if (node.tagName === 'script') return !isKept(node);
  if (node.tagName !== 'link') return false;
  const rel = tokens(node, 'rel');
  return (
    rel.includes('modulepreload') || (rel.includes('preload') && attr(node, 'as')?.trim().toLowerCase() === 'script')
  );
}

/** The framework's nodes of a page: scripts, script preloads, Suspense markers. */
export function runtimeNodes(doc: Document): Node[] {
  return [...descendants(doc)].filter(isRuntime);
}

/** RSC payloads (index.txt, __next.*.txt) that client navigation would have fetched. */
export function isRuntimeFile(rel: string): boolean {
  const name = path.basename(rel);
  if (rel.split(path.sep).join('/').startsWith('_next/static/') && /\.js$/.test(name)) return true;
  return name === 'index.txt' || /^__next\..*\.txt$/.test(name);
}
