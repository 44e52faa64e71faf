import { siteConfig } from './site-config';

/** True for links that leave the site (other origins, mail, phone). */
export function isExternal(href: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//');
}

/**
 * Prefixes a site-absolute path with the base path. Plain <a> and <img> are used
 * everywhere (next/link would ship client JavaScript), so this is the one place
 * where deploys under a sub-path are handled.
 */
export function withBase(href: string, basePath: string = siteConfig.basePath): string {
  if (!href.startsWith('/') || href.startsWith('//')) return href;
  if (basePath && (href === basePath || href.startsWith(`${basePath}/`))) return href;
  return `${basePath}${href}`;
}

/** Absolute URL (origin + base path) for feeds, sitemaps, canonical links and share cards. */
export function absoluteUrl(href: string): string {
  if (isExternal(href)) return href;
  const path = href.startsWith('/') ? href : `/${href}`;
  return `${siteConfig.siteUrl}${withBase(path)}`;
}

export const sitePaths = {
  home: (page = 1) => (page <= 1 ? '/' : `/page/${page}/`),
  posts: (page = 1) => (page <= 1 ? '/post/' : `/post/page/${page}/`),
  post: (slug: string) => `/post/${slug}/`,
  pages: () => '/page/',
  page: (slug: string) => `/page/${slug}/`,
  tags: () => '/tags/',
  tag: (tag: string, page = 1) => (page <= 1 ? `/tags/${tag}/` : `/tags/${tag}/page/${page}/`),
  events: () => '/events/',
  event: (slug: string) => `/events/${slug}/`,
  eventCalendar: (slug: string) => `/events/${slug}/${slug}.ics`,
  /** Every event in one calendar, to subscribe to once. */
  calendar: () => '/events/calendar.ics',
  search: () => '/search/',
  speakers: () => '/speakers/',
  speaker: (key: string) => `/speakers/${key}/`,
  talks: () => '/talks/',
  talksByFormat: (format: string) => `/talks/format/${format}/`,
  talksByTopic: (tag: string) => `/talks/sujet/${tag}/`,
  partners: () => '/partners/',
  proposeTalk: () => '/proposer-un-talk/',
  /** The generated Open Graph image of a post, event or speaker page. */
  shareCard: (kind: 'post' | 'event' | 'speaker', slug: string) => `/og/${kind}/${slug}.jpg`,
  /** Feeds at the old site's URLs (RSS), plus Atom and JSON Feed. */
  feed: () => '/index.xml',
  postsFeed: () => '/post/index.xml',
  tagFeed: (tag: string) => `/tags/${tag}/index.xml`,
  atomFeed: () => '/atom.xml',
  jsonFeed: () => '/feed.json',
  /** Files the export writes for search engines, and the page static hosts serve for unknown addresses. */
  sitemap: () => '/sitemap.xml',
  robots: () => '/robots.txt',
  notFound: () => '/404.html',
  /** Files static hosts read (written after the export): headers, no Jekyll, custom domain. */
  headersFile: () => '/_headers',
  noJekyll: () => '/.nojekyll',
  cname: () => '/CNAME',
  /** The search index and its interface, queried in the browser by the search page. */
  searchIndex: () => '/pagefind/',
};

/** The feeds at fixed addresses, the site's own first (each tag has one more: tagFeed). */
export function siteFeeds(): string[] {
  return [sitePaths.feed(), sitePaths.postsFeed(), sitePaths.atomFeed(), sitePaths.jsonFeed()];
}

/** Folders the build writes beside the pages: Next's code and styles, image variants, the search index. */
export const BUILD_FOLDERS: readonly string[] = ['/_next/', '/_img/', sitePaths.searchIndex()];

/** A video in YouTube's privacy-enhanced player (the frame the pages allow), with player parameters. */
export function youtubePlayerUrl(id: string, params?: URLSearchParams): string {
  return `${siteConfig.youtube.player}/embed/${id}${params ? `?${params}` : ''}`;
}

/** A video's page on youtube.com, for readers who would rather watch it there. */
export function youtubeWatchUrl(id: string): string {
  return `${siteConfig.youtube.site}/watch?v=${id}`;
}
