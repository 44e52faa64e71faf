/**
 * Links to a #fragment must land on an element of the target page. Read from the files of
 * the export once the crawl is done: linkinator checks a fragment only when it meets the
 * link before it fetches the page, which is rare when every page is a starting point.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { outputFile } from '../../../lib/content/routes';

export type FragmentLink = { target: URL; from: string };

/** The ids a page offers as fragments: elements' ids and the names of <a name> anchors. */
function anchorsOf(html: string): Set<string> {
  const root = parse(html);
  const ids = root.querySelectorAll('[id]').map((el) => el.getAttribute('id') ?? '');
  const names = root.querySelectorAll('a[name]').map((el) => el.getAttribute('name') ?? '');
  return new Set([...ids, ...names]);
}

/** The HTML file of the export that answers `pathname`, if there is one. */
function pageFile(dir: string, basePath: string, pathname: string): string | undefined {
  if (!pathname.startsWith(`${basePath}/`)) return undefined;
  const file = path.join(dir, outputFile(decodeURIComponent(pathname.slice(basePath.length))));
  return fs.existsSync(file) ? file : undefined;
}

/** Links whose fragment names nothing on an existing page (a missing page is the crawl's to report). */
export function deadFragments(dir: string, basePath: string, links: FragmentLink[]): FragmentLink[] {
  const anchors = new Map<string, Set<string>>();
  return links.filter(({ target }) => {
    const file = pageFile(dir, basePath, target.pathname);
    if (!file) return false;
    if (!anchors.has(file)) anchors.set(file, anchorsOf(fs.readFileSync(file, 'utf8')));
    return !anchors.get(file)!.has(decodeURIComponent(target.hash.slice(1)));
  });
}
