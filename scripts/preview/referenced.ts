/**
 * Is a published file (a photo, a logo, a slides PDF) shown or linked by a page of the
 * export? Pages are parsed and only addresses in src, srcset, href, poster and content
 * attributes count. A photo counts through any of its variants (the image manifest).
 */
import fs from 'node:fs';
import { parse } from 'node-html-parser';
import type { ImageManifest } from '../../lib/images/manifest';
import { walkFiles } from '../../lib/files/walk';

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

/** The addresses a content file is published at: /img/x.jpg and its variants, /slides/x.pdf. */
export function publishedAddresses(contentFile: string, manifest: ImageManifest): string[] {
  const m = /^content\/(img|slides)\/(.+)$/.exec(contentFile);
  if (!m) return [];
  const address = `/${m[1]}/${m[2]}`;
  const entry = Object.hasOwn(manifest, address) ? manifest[address] : undefined;
  if (!entry) return [address];
  const variants = [
    entry.fallback,
    ...entry.avif,
    ...entry.webp,
    ...(entry.card ? [...entry.card.avif, ...entry.card.webp] : []),
  ];
  return [address, entry.original, ...variants.map((v) => v.url)];
}
