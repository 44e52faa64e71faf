/**
 * The body of each exported page as a plain tree (tag, attributes, children), so a floor
 * site can make Next render the same elements with none of our code: what Next itself costs
 * for pages of our size. See floor-site.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { type HTMLElement, type Node, NodeType, parse } from 'node-html-parser';

/** A text, or [tag, attributes, ...children]. */
export type PageTree = string | [string, Record<string, string>, ...PageTree[]];

/** Elements React places itself or that carry code: left out, the floor renders what remains. */
const LEFT_OUT = new Set(['script', 'style', 'link', 'meta', 'template']);

function toTree(node: Node): PageTree | undefined {
  if (node.nodeType === NodeType.TEXT_NODE) return node.text;
  if (node.nodeType !== NodeType.ELEMENT_NODE) return undefined;
  const element = node as HTMLElement;
  const tag = element.rawTagName?.toLowerCase();
  if (!tag || LEFT_OUT.has(tag)) return undefined;
  const children = element.childNodes.map(toTree).filter((child) => child !== undefined);
  return [tag, element.attributes, ...children];
}

/** The exported page at `sitePath`; '' for a copy of the error page that postbuild removed (/404/). */
function exportedHtml(outDir: string, sitePath: string): string {
  const file = path.join(outDir, decodeURI(sitePath), 'index.html');
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
}

/** The children of <body> in the exported page at `sitePath` (an address ending in /). */
export function bodyTrees(outDir: string, sitePath: string): PageTree[] {
  const html = exportedHtml(outDir, sitePath);
  const body = parse(html, { comment: false }).querySelector('body');
  return body ? body.childNodes.map(toTree).filter((tree) => tree !== undefined) : [];
}

/** The bytes between <body> and </body> of the exported page at `sitePath`, as they are. */
export function bodyHtml(outDir: string, sitePath: string): string {
  const html = exportedHtml(outDir, sitePath);
  const start = html.search(/<body[\s>]/);
  const open = start < 0 ? -1 : html.indexOf('>', start);
  const end = html.lastIndexOf('</body>');
  return open < 0 || end < open ? '' : html.slice(open + 1, end);
}

/** Writes bodies/<i>.html for the i-th path of `sitePaths`. */
export function writePageBodies(outDir: string, sitePaths: string[], bodiesDir: string) {
  fs.mkdirSync(bodiesDir, { recursive: true });
  sitePaths.forEach((sitePath, i) => {
    fs.writeFileSync(path.join(bodiesDir, `${i}.html`), bodyHtml(outDir, sitePath));
  });
}

/** Writes trees/<i>.json for the i-th path of `sitePaths`. */
export function writePageTrees(outDir: string, sitePaths: string[], treesDir: string) {
  fs.mkdirSync(treesDir, { recursive: true });
  sitePaths.forEach((sitePath, i) => {
    fs.writeFileSync(path.join(treesDir, `${i}.json`), JSON.stringify(bodyTrees(outDir, sitePath)));
  });
}
