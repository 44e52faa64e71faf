/**
 * Every HTML page the site publishes, computed from the content. The link check, the
 * route parameters and the sitemap all read this one list, so they cannot disagree.
 */
import { siteConfig } from '../site-config';
import { sitePaths } from '../urls';
import type { SiteContent } from './types';
import { archivePaths, buildArchive } from './archive';
import { KIND_LIST } from './kinds';
import { ui } from '../messages/interface';

export function pageCount(items: number, perPage = siteConfig.postsPerPage): number {
  return Math.max(1, Math.ceil(items / perPage));
}

type EventsOf = Partial<Pick<SiteContent, 'events' | 'speakers' | 'partners' | 'records'>>;

export function publishedPaths(content: Pick<SiteContent, 'posts' | 'pages' | 'tags'> & EventsOf): Set<string> {
  const paths = new Set<string>([
    '/',
    sitePaths.posts(),
    sitePaths.pages(),
    sitePaths.tags(),
    sitePaths.events(),
    sitePaths.search(),
  ]);
  const listPages = pageCount(content.posts.length);
  for (let n = 2; n <= listPages; n++) {
    paths.add(sitePaths.home(n));
    paths.add(sitePaths.posts(n));
  }
  for (const post of content.posts) paths.add(post.url);
  for (const page of content.pages) paths.add(page.url);
  for (const tag of content.tags) {
    for (let n = 1; n <= pageCount(tag.count); n++) paths.add(sitePaths.tag(tag.tag, n));
  }
  for (const event of content.events ?? []) paths.add(event.url);
  if (content.events) {
    const archive = buildArchive({
      events: content.events,
      speakers: content.speakers ?? new Map(),
      partners: content.partners ?? new Map(),
      posts: content.posts,
    });
    for (const path of archivePaths(archive)) paths.add(path);
  }
  const { records, pages } = content;
  if (records) for (const kind of KIND_LIST) for (const path of kind.paths?.({ records, pages }) ?? []) paths.add(path);
  return paths;
}

/** The pages that only redirect: page 1 of each paged list (/page/1/ → /), exported by the list routes, and the kinds' own. */
export function redirectPaths(content: Pick<SiteContent, 'tags' | 'pages'>): Set<string> {
  const lists = [sitePaths.home(), sitePaths.posts(), ...content.tags.map((tag) => sitePaths.tag(tag.tag))];
  return new Set([
    ...lists.map(sitePaths.firstListPage),
    ...KIND_LIST.flatMap((kind) => [...(kind.redirects?.(content) ?? [])]),
  ]);
}

/**
 * Files generated next to the pages (feeds, sitemap, calendars, the host files written after
 * the export), which content may link to and which no page or old address may take.
 */
export function generatedFiles(content: Pick<SiteContent, 'tags'> & EventsOf): Set<string> {
  const files = new Set([
    sitePaths.feed(),
    sitePaths.postsFeed(),
    sitePaths.sitemap(),
    sitePaths.robots(),
    sitePaths.notFound(),
    sitePaths.jsonFeed(),
    sitePaths.atomFeed(),
    sitePaths.calendar(),
    sitePaths.headersFile(),
    sitePaths.redirectsFile(),
    sitePaths.htaccess(),
    sitePaths.noJekyll(),
    sitePaths.cname(),
  ]);
  for (const tag of content.tags) files.add(sitePaths.tagFeed(tag.tag));
  for (const event of content.events ?? []) files.add(event.calendarUrl);
  return files;
}

/** "1 article", "3 articles", "aucun article pour l'instant". */
export function articleCount(count: number): string {
  return ui().topics.articles(count);
}

/** The file of the export that answers a path: a folder's index.html, or the file itself. */
export function outputFile(sitePath: string): string {
  return sitePath.endsWith('/')
    ? `${sitePath}index.html`
    : /\.html?$/.test(sitePath)
      ? sitePath
      : `${sitePath}/index.html`;
}

/**
 * The file of `taken` that writing `file` would clash with: the same file, a file where
 * one of its folders must be (/feed.json/index.html under the file /feed.json), or a file
 * inside it. One rule for the check (aliases, page names) and the export.
 */
export function clashingFile(file: string, taken: ReadonlySet<string>): string | undefined {
  if (taken.has(file)) return file;
  const parts = file.split('/');
  for (let i = parts.length - 1; i > 1; i--) {
    const folder = parts.slice(0, i).join('/');
    if (taken.has(folder)) return folder;
  }
  return folderIndex(taken).get(file);
}

// Each folder of a set of files, with the first file inside it: built once per set, so
// checking thousands of pages against thousands of files (public/_img) stays linear.
// Rebuilt if the set has grown or shrunk since.
const folderIndexes = new WeakMap<ReadonlySet<string>, { size: number; folders: Map<string, string> }>();
function folderIndex(taken: ReadonlySet<string>): Map<string, string> {
  const known = folderIndexes.get(taken);
  if (known && known.size === taken.size) return known.folders;
  const folders = new Map<string, string>();
  for (const other of taken) {
    for (let end = other.lastIndexOf('/'); end > 0; end = other.lastIndexOf('/', end - 1)) {
      const folder = other.slice(0, end);
      if (!folders.has(folder)) folders.set(folder, other);
    }
  }
  folderIndexes.set(taken, { size: taken.size, folders });
  return folders;
}
