/**
 * The content layer pages call: "all posts, newest first", "post by slug", "posts with
 * tag"... Content is read and validated once per process; a content error stops the
 * build with every problem listed (npm run check prints the same list without building).
 */
import { loadContent } from './load';
import { ContentError } from './issues';
import { pageCount } from './routes';
import { buildReadingLinks, type ReadingLinks } from './related';
import { siteConfig } from '../site-config';
import { splitEvents, type EventTimeline } from '../events/timeline';
import type { Page, Partner, Post, SiteContent, SiteEvent, Speaker, TagInfo } from './types';

export type { Document, Page, Partner, Post, SiteContent, SiteEvent, Speaker, TagInfo } from './types';
export type { ReadingLinks } from './related';
export { pageCount } from './routes';

let cached: SiteContent | undefined;
let readingLinks: Map<string, ReadingLinks> | undefined;

export function getContent(): SiteContent {
  if (!cached) {
    const { content, issues } = loadContent();
    if (issues.some((i) => i.severity === 'error')) throw new ContentError(issues);
    cached = content;
  }
  return cached;
}

export function getAllPosts(): Post[] {
  return getContent().posts;
}

export function getPostBySlug(slug: string): Post | undefined {
  return getContent().posts.find((p) => p.slug === slug);
}

/** Previous, next and related posts, computed once for the whole site. */
export function getReadingLinks(slug: string): ReadingLinks {
  readingLinks ??= buildReadingLinks(getAllPosts()).links;
  return readingLinks.get(slug) ?? { related: [] };
}

export function getAllPages(): Page[] {
  return getContent().pages;
}

export function getPageBySlug(slug: string): Page | undefined {
  return getContent().pages.find((p) => p.slug === slug);
}

export function getAllTags(): TagInfo[] {
  return getContent().tags;
}

export function getTag(tag: string): TagInfo | undefined {
  return getContent().tags.find((t) => t.tag === tag);
}

export function getPostsByTag(tag: string): Post[] {
  return getContent().posts.filter((p) => p.tags.includes(tag));
}

export function getPartner(key: string): Partner | undefined {
  return getContent().partners.get(key);
}

/** Events, soonest first. */
export function getAllEvents(): SiteEvent[] {
  return getContent().events;
}

export function getEventBySlug(slug: string): SiteEvent | undefined {
  return getContent().events.find((e) => e.slug === slug);
}

/** Upcoming and past events, as of the build. */
export function getEventTimeline(): EventTimeline & { builtAt: number } {
  const { events, builtAt } = getContent();
  return { ...splitEvents(events, builtAt), builtAt };
}

/** Published posts that report on an event (front matter `event:`), newest first. */
export function getRecapsOf(slug: string): Post[] {
  return getContent().posts.filter((p) => p.event === slug);
}

export function getSpeaker(key: string): Speaker | undefined {
  return getContent().speakers.get(key);
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
