/**
 * /sitemap.xml and /robots.txt. The sitemap lists each published page once (the list from
 * lib/content/routes.ts), absolute, with the date its content last changed; it is checked
 * against the export both ways, so a page the app exports but routes.ts forgot (or the
 * reverse) stops the build instead of silently missing from search engines.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ContentDate } from '../../../lib/dates';
import type { SiteContent } from '../../../lib/content/types';
import { publishedPaths } from '../../../lib/content/routes';
import { absoluteUrl, sitePaths } from '../../../lib/urls';
import { exportedPages } from './pages';
import { withoutXmlForbidden } from '../../../lib/text/xml-chars';

/** When each page's content last changed; lists take their newest post's date. */
function lastModified(
  content: Pick<SiteContent, 'posts' | 'pages' | 'tags'>,
): (path: string) => ContentDate | undefined {
  const changed = (d: { date?: ContentDate; lastmod?: ContentDate }) => d.lastmod ?? d.date;
  const newest = content.posts[0] && changed(content.posts[0]);
  const byPath = new Map<string, ContentDate | undefined>();
  for (const post of content.posts) byPath.set(post.url, changed(post));
  for (const page of content.pages) byPath.set(page.url, changed(page) ?? newest);
  // Posts are newest first: the first post seen with a tag is its latest (one pass, not tags × posts).
  const latestByTag = new Map<string, (typeof content.posts)[number]>();
  for (const post of content.posts) for (const tag of post.tags) if (!latestByTag.has(tag)) latestByTag.set(tag, post);
  for (const tag of content.tags) {
    const latest = latestByTag.get(tag.tag);
    // A described tag with no post yet changes with the site.
    byPath.set(tag.url, (latest && changed(latest)) ?? newest);
  }
  return (p) => (byPath.has(p) ? byPath.get(p) : newest);
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function sitemapXml(paths: string[], lastmod: (path: string) => ContentDate | undefined): string {
  const urls = paths.map((p) => {
    const date = lastmod(p);
    return `  <url>\n    <loc>${escapeXml(absoluteUrl(p))}</loc>${date ? `\n    <lastmod>${date.iso}</lastmod>` : ''}\n  </url>`;
  });
  return withoutXmlForbidden(
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`,
  );
}

export function writeSitemap(outDir: string, content: Pick<SiteContent, 'posts' | 'pages' | 'tags'>): number {
  const listed = publishedPaths(content);
  const published = [...listed].sort();
  const exported = new Set(exportedPages(outDir));
  const missing = published.filter((p) => !exported.has(p));
  const unlisted = [...exported].filter((p) => !listed.has(p)).sort();
  if (missing.length || unlisted.length) {
    throw new Error(
      [
        'sitemap: lib/content/routes.ts publishedPaths() and the export disagree.',
        ...missing.map((p) => `  ${p} is listed but was not exported: is its route generated?`),
        ...unlisted.map((p) => `  ${p} was exported but is not listed: add it to publishedPaths()`),
      ].join('\n'),
    );
  }
  fs.writeFileSync(path.join(outDir, sitePaths.sitemap()), sitemapXml(published, lastModified(content)));
  fs.writeFileSync(
    path.join(outDir, sitePaths.robots()),
    `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(sitePaths.sitemap())}\n`,
  );
  return published.length;
}
