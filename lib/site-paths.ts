/**
 * The site path of every page and of every file the build writes beside them: the one place
 * each address is written. Plain functions with no import, so that lib/site-config.ts may
 * use them too; lib/urls.ts re-exports them with the base path and absolute URL helpers.
 */
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
  shareCard: (kind: 'post' | 'event' | 'speaker', slug: string) => `${sitePaths.shareCards()}${kind}/${slug}.jpg`,
  shareCards: () => '/og/',
  /** The share card of every other page: the site's name and subtitle, at the size networks read. */
  siteCard: () => `${sitePaths.shareCards()}site.jpg`,
  /** A PDF of content/slides/, published as it is. */
  slide: (file: string) => `${sitePaths.slides()}${file}`,
  slides: () => '/slides/',
  /** Page 1 of a paged list (/, /post/, a tag), exported as a redirect to the list itself. */
  firstListPage: (list: string) => `${list}page/1/`,
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
  /** Files static hosts read (written after the export): headers, redirects, no Jekyll, custom domain. */
  headersFile: () => '/_headers',
  redirectsFile: () => '/_redirects',
  htaccess: () => '/.htaccess',
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

/** Folders the steps after the export fill whole (share cards, slides): no old address goes there. */
export const EXPORT_FOLDERS: readonly string[] = [sitePaths.shareCards(), sitePaths.slides()];
