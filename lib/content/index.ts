/**
 * The content layer pages call: "all posts, newest first", "post by slug", "posts with
 * tag"... Content is read and validated once per process; a content error stops the
 * build with every problem listed (npm run check prints the same list without building).
 */
import { contentDir } from '../settings/site-dir';
import { loadContent } from './load';
import { contentSignature, isDevelopment } from './dev-signature';
import { ContentError } from '../messages/issues';
import { pageCount } from './routes';
import { buildReadingLinks, type ReadingLinks } from './related';
import { siteConfig } from '../site-config';
import { sitePaths } from '../site-paths';
import { buildArchive, type Archive } from './archive';
import type { Page, Post, SiteContent, SiteEvent, TagInfo } from './types';

export type { Document, Page, Partner, Post, SiteContent, SiteEvent, Speaker, TagInfo } from './types';
export type { ReadingLinks } from './related';
export { pageCount } from './routes';

/** Lookups computed once, so a build of thousands of pages does no scan per page. */
type Loaded = {
  content: SiteContent;
  postsBySlug: Map<string, Post>;
  postsByTag: Map<string, Post[]>;
  readingLinks?: Map<string, ReadingLinks>;
  archive?: Archive;
  /** In development only: the content folder's signature when it was loaded. */
  signature?: string;
};

// `next build` instantiates this module more than once in a worker (one copy per bundle
// layer): keep the loaded content on globalThis so each process reads it only once.
const SHARED = Symbol.for('community-site.content');
const shared = globalThis as typeof globalThis & { [SHARED]?: Loaded };

/** A page calls the content layer many times per request: look at the files at most this often. */
const DEV_CHECK_MS = 250;
let lastCheck = 0;

/** In `next dev`, forget the content when a file under it was added, removed or changed. */
function forgetIfEdited(): string | undefined {
  const now = Date.now();
  if (shared[SHARED] && now - lastCheck < DEV_CHECK_MS) return shared[SHARED].signature;
  lastCheck = now;
  const signature = contentSignature(contentDir());
  if (shared[SHARED] && shared[SHARED].signature !== signature) delete shared[SHARED];
  return signature;
}

function loaded(): Loaded {
  const signature = isDevelopment() ? forgetIfEdited() : undefined;
  if (!shared[SHARED]) {
    const { content, issues } = loadContent();
    if (issues.some((i) => i.severity === 'error')) throw new ContentError(issues);
    const postsByTag = new Map<string, Post[]>();
    for (const post of content.posts) {
      for (const tag of post.tags) {
        const list = postsByTag.get(tag);
        if (list) list.push(post);
        else postsByTag.set(tag, [post]);
      }
    }
    shared[SHARED] = { content, postsBySlug: new Map(content.posts.map((p) => [p.slug, p])), postsByTag, signature };
  }
  return shared[SHARED];
}

export function getContent(): SiteContent {
  return loaded().content;
}

export function getAllPosts(): Post[] {
  return getContent().posts;
}

export function getPostBySlug(slug: string): Post | undefined {
  return loaded().postsBySlug.get(slug);
}

/** Previous, next and related posts, computed once for the whole site. */
export function getReadingLinks(slug: string): ReadingLinks {
  const state = loaded();
  state.readingLinks ??= buildReadingLinks(state.content.posts).links;
  return state.readingLinks.get(slug) ?? { related: [] };
}

export function getAllPages(): Page[] {
  return getContent().pages;
}

export function getPageBySlug(slug: string): Page | undefined {
  return getContent().pages.find((p) => p.slug === slug);
}

/** A standalone page's address when the site has it: code links to /page/contact/ only on a site that wrote one. */
export function standalonePagePath(slug: string): string | undefined {
  return getPageBySlug(slug) ? sitePaths.page(slug) : undefined;
}

export function getAllTags(): TagInfo[] {
  return getContent().tags;
}

export function getTag(tag: string): TagInfo | undefined {
  return getContent().tags.find((t) => t.tag === tag);
}

/** Posts with a tag, newest first. */
export function getPostsByTag(tag: string): Post[] {
  return loaded().postsByTag.get(tag) ?? [];
}

/** Events, soonest first. */
export function getAllEvents(): SiteEvent[] {
  return getContent().events;
}

export function getEventBySlug(slug: string): SiteEvent | undefined {
  return getContent().events.find((e) => e.slug === slug);
}

/** Published posts that report on an event (front matter `event:`), newest first. */
export function getRecapsOf(slug: string): Post[] {
  return getContent().posts.filter((p) => p.event === slug);
}

/** Talks, speakers and partners across all events, computed once. */
export function getArchive(): Archive {
  const state = loaded();
  state.archive ??= buildArchive(state.content);
  return state.archive;
}

export type PageOf<T> = { items: T[]; page: number; pages: number };

/** One page of a list; page numbers start at 1. */
export function paginate<T>(items: T[], page: number, perPage = siteConfig.postsPerPage): PageOf<T> {
  const pages = pageCount(items.length, perPage);
  return { items: items.slice((page - 1) * perPage, page * perPage), page, pages };
}

/** Page numbers 2..n of a list, as route parameters (page 1 lives at the list's own URL). */
export function laterPageNumbers(items: number): string[] {
  return Array.from({ length: pageCount(items) - 1 }, (_, i) => String(i + 2));
}
