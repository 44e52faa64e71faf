/**
 * Crawls the static export as a visitor's browser and a feed reader would: serves it (under
 * the base path, if any), follows every link, image, srcset, stylesheet, share image, feed
 * and sitemap entry that points to this site, and reports each one that does not answer 200,
 * that leaves the base path, or whose #fragment names no element.
 *
 *   npx tsx scripts/crawl.ts [--dir out]     (BASE_PATH and SITE_URL as for the build)
 */
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { deployTarget } from '../lib/site-config';
import { siteFeeds, sitePaths } from '../lib/urls';
import { createStaticServer } from './serve';

export type Broken = { url: string; from: string; reason: string };
export type CrawlResult = { fetched: number; pages: number; broken: Broken[] };

/** Entry points besides the home page: files no page links to but readers and robots fetch. */
const ENTRY_FILES = [sitePaths.sitemap(), sitePaths.robots(), ...siteFeeds(), sitePaths.notFound()];

const ATTRIBUTES = ['href', 'src', 'poster'];

/** URLs in an HTML page: links, images, sources, stylesheets, share images, meta refresh. */
function htmlReferences(html: string): string[] {
  const root = parse(html);
  const urls: string[] = [];
  for (const el of root.querySelectorAll('[href],[src],[poster],[srcset]')) {
    for (const name of ATTRIBUTES) {
      const value = el.getAttribute(name);
      if (value !== undefined) urls.push(value);
    }
    const srcset = el.getAttribute('srcset');
    if (srcset) urls.push(...srcset.split(',').map((c) => c.trim().split(/\s+/)[0]));
  }
  for (const meta of root.querySelectorAll('meta[property^="og:image"], meta[name="twitter:image"], meta[property="og:url"]')) {
    const content = meta.getAttribute('content');
    if (content && /^https?:/.test(content)) urls.push(content);
  }
  const refresh = root.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content');
  if (refresh) urls.push(refresh.replace(/^\d+;\s*url=/i, ''));
  for (const script of root.querySelectorAll('script[type="application/ld+json"]')) {
    // "@id" URLs name things (…/#organization); they are not anchors in the page.
    urls.push(...absoluteUrlsIn(script.text).map((u) => u.replace(/#.*$/, '')));
  }
  return urls;
}

/** Absolute http(s) URLs written in text: feeds, sitemap, robots.txt, JSON. */
function absoluteUrlsIn(text: string): string[] {
  return [...text.matchAll(/https?:\/\/[^\s"'<>\\)\]]+/g)].map((m) => m[0].replace(/[.,;]+$/, '').replace(/&amp;/g, '&'));
}

type CrawlOptions = { dir: string; basePath: string; siteUrl: string; entries?: string[] };

export async function crawlExport(options: CrawlOptions): Promise<CrawlResult> {
  const { basePath, siteUrl, entries = ENTRY_FILES } = options;
  const server = createStaticServer(path.resolve(options.dir), basePath);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const local = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const site = new URL(siteUrl).origin;

  const broken: Broken[] = [];
  const bodies = new Map<string, { status: number; type: string; text: string }>();
  const queue: { url: string; from: string }[] = [`${basePath}/`, ...entries.map((f) => `${basePath}${f}`)].map((p) => ({ url: `${local}${p}`, from: '(entry)' }));
  const seen = new Set(queue.map((q) => q.url));
  const fragments: { url: string; id: string; from: string }[] = [];
  let pages = 0;

  /** The local URL for a reference, or undefined when it points to another site. */
  const resolveReference = (raw: string, base: string): URL | undefined => {
    if (!raw || /^(mailto:|tel:|data:|javascript:)/i.test(raw)) return undefined;
    const url = new URL(raw.replace(/&amp;/g, '&'), base);
    if (url.origin === site) return new URL(url.pathname + url.search + url.hash, local);
    return url.origin === local ? url : undefined;
  };

  try {
    while (queue.length) {
      const { url, from } = queue.shift()!;
      const pathname = new URL(url).pathname;
      if (basePath && pathname !== basePath && !pathname.startsWith(`${basePath}/`)) {
        broken.push({ url: pathname, from, reason: `outside the base path ${basePath}/` });
        continue;
      }
      const response = await fetch(url);
      const type = response.headers.get('content-type') ?? '';
      const textual = /html|xml|json|text|css/.test(type);
      const text = textual ? await response.text() : (await response.arrayBuffer(), '');
      bodies.set(url, { status: response.status, type, text });
      if (response.status !== 200) {
        broken.push({ url: pathname, from, reason: `HTTP ${response.status}` });
        continue;
      }
      let references: string[] = [];
      if (type.includes('html')) {
        pages++;
        references = htmlReferences(text);
      } else if (/xml|json|text\/plain/.test(type)) {
        references = absoluteUrlsIn(text);
      } else if (type.includes('css')) {
        references = [...text.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)].map((m) => m[1]);
      }
      for (const raw of references) {
        let target: URL | undefined;
        try {
          target = resolveReference(raw, response.url);
        } catch {
          broken.push({ url: raw, from: pathname, reason: 'not a valid URL' });
          continue;
        }
        if (!target) continue;
        if (target.hash.length > 1) fragments.push({ url: target.origin + target.pathname, id: decodeURIComponent(target.hash.slice(1)), from: pathname });
        target.hash = '';
        if (!seen.has(target.href)) {
          seen.add(target.href);
          queue.push({ url: target.href, from: pathname });
        }
      }
    }
  } finally {
    server.close();
  }

  for (const { url, id, from } of fragments) {
    const page = bodies.get(url);
    if (!page || page.status !== 200 || !page.type.includes('html')) continue;
    if (!page.text.includes(`id="${id}"`)) broken.push({ url: `${new URL(url).pathname}#${id}`, from, reason: 'no element with this id' });
  }
  return { fetched: bodies.size, pages, broken };
}

async function main() {
  const args = process.argv.slice(2);
  const i = args.indexOf('--dir');
  const dir = i >= 0 && args[i + 1] ? args[i + 1] : 'out';
  const { basePath, siteUrl } = deployTarget();
  const result = await crawlExport({ dir, basePath, siteUrl });
  const where = `${dir}/ served at ${basePath || '/'}`;
  if (result.broken.length) {
    console.error(`crawl: ${result.broken.length} broken of ${result.fetched} URLs (${where}):`);
    for (const b of result.broken) console.error(`  ${b.url}  ${b.reason}  (linked from ${b.from})`);
    process.exit(1);
  }
  console.log(`crawl: ${result.fetched} URLs, ${result.pages} pages, 0 broken (${where})`);
}

if (process.argv[1]?.endsWith('crawl.ts')) await main();
