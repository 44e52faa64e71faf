/**
 * Is a published file (a photo, a logo, a slides PDF) shown or linked by a page of the
 * export? Pages are parsed and only addresses in src, srcset, href, poster and content
 * attributes count. A photo counts through any of its variants.
 */
import fs from 'node:fs';
import { parse } from 'node-html-parser';
import { sourceHash } from '../../../lib/images/source-hash';
import { walkFiles } from '../../../lib/files/walk';

const URL_ATTRIBUTES = ['src', 'href', 'poster', 'content'];

/** Every address the export's pages use, without base path, query or fragment. */
export function addressesUsed(outDir: string, basePath = ''): Set<string> {
  const used = new Set<string>();
  const add = (value: string | undefined) => {
    if (!value) return;
    let address = value.trim().replace(/[?#].*$/, '');
    try {
      address = new URL(address, 'http://site.invalid/').pathname;
    } catch {
      return;
    }
    if (basePath && address.startsWith(`${basePath}/`)) address = address.slice(basePath.length);
    used.add(decodeURIComponent(address));
  };
  for (const file of walkFiles(outDir).filter((f) => f.rel.endsWith('.html'))) {
    const root = parse(fs.readFileSync(file.path, 'utf8'));
    for (const element of root.querySelectorAll('*')) {
      for (const name of URL_ATTRIBUTES) add(element.getAttribute(name));
      for (const candidate of (element.getAttribute('srcset') ?? '').split(',')) add(candidate.trim().split(/\s+/)[0]);
    }
  }
  return used;
}

/**
 * The addresses a content file is published at: /img/x.jpg (its metadata-free copy) and its
 * variants' folder /_img/<hash>/ for a photo, /slides/x.pdf for slides. Read from the file
 * itself, not from an image manifest another build may have rewritten since.
 */
export function publishedAddresses(
  contentFile: string,
  bytes: Buffer | undefined,
): { exact: string; folder?: string } | undefined {
  const m = /^content\/(img|slides)\/(.+)$/.exec(contentFile);
  if (!m) return undefined;
  const exact = `/${m[1]}/${m[2]}`;
  return m[1] === 'img' && bytes ? { exact, folder: `/_img/${sourceHash(bytes)}/` } : { exact };
}

/** Does a page of the export use the file published at these addresses? */
export function isUsed(addresses: { exact: string; folder?: string }, used: Set<string>): boolean {
  if (used.has(addresses.exact)) return true;
  const { folder } = addresses;
  return folder !== undefined && [...used].some((a) => a.startsWith(folder));
}
