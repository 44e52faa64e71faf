/**
 * The feeds, at the old site's URLs: RSS 2.0 for the site (/index.xml), the posts
 * (/post/index.xml) and each tag (/tags/<tag>/index.xml), plus Atom (/atom.xml) and JSON
 * Feed 1.1 (/feed.json). Each item carries the post's full text, taken from its exported page.
 * RSS and Atom come from the `feed` library (escaping, dates and namespaces done right); JSON
 * Feed 1.1 is plain JSON, written here because the library only speaks version 1.0.
 *
 * The library puts titles, summaries and texts in CDATA sections and splits only the first
 * "]]>" of each (xml-js), so a second one would end the section and let markup of the
 * author's choosing into the XML. Every string handed to it is therefore HTML that holds no
 * "]]>" at all: plain text is HTML-escaped (the fields are HTML in RSS and type="html" in
 * Atom), and the page's HTML has its "]]>" written "]]&gt;", the same text in HTML.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Feed, type Item } from 'feed';
import type { Post, SiteContent, SiteEvent } from '../../../lib/content/types';
import { shareImage } from '../../../lib/seo';
import { siteConfig } from '../../../lib/site-config';
import { absoluteUrl, sitePaths } from '../../../lib/urls';
import { extractFeedBody, feedHtml } from './feed-html';
import { jsonWithoutXmlForbidden, withoutXmlForbidden } from '../../../lib/text/xml-chars';

type FeedSpec = {
  file: string;
  title: string;
  description: string;
  home: string;
  posts: Post[];
  /** When the feed last changed (RSS lastBuildDate, Atom updated). */
  updated?: Date;
};

/** A post's feed text as the export's page pass took it, by the post's address. */
export type FeedBodies = ReadonlyMap<string, string>;

/** A post's full text for feeds: taken by the page pass, or else read from out/post/<slug>/index.html. */
function postContent(outDir: string, post: Post, taken?: FeedBodies): string {
  const passed = taken?.get(post.url);
  if (passed !== undefined) return passed;
  const file = path.join(outDir, post.url, 'index.html');
  const body = fs.existsSync(file) ? extractFeedBody(fs.readFileSync(file, 'utf8')) : undefined;
  if (body === undefined) {
    throw new Error(
      `${path.relative(process.cwd(), file)} has no data-feed-body element: the feeds take each post's text from it (components/DocumentView.tsx)`,
    );
  }
  return feedHtml(body, absoluteUrl(post.url));
}

/** The posts some feed carries: the latest of the site and of each tag. */
export function postsInFeeds(content: Pick<SiteContent, 'posts'>): Set<string> {
  const urls = new Set(content.posts.slice(0, siteConfig.feedItems).map((p) => p.url));
  const perTag = new Map<string, number>();
  for (const post of content.posts) {
    for (const tag of post.tags) {
      const n = perTag.get(tag) ?? 0;
      if (n < siteConfig.feedItems) urls.add(post.url);
      perTag.set(tag, n + 1);
    }
  }
  return urls;
}

/** Plain text as HTML: with "<", ">" and "&" escaped, "]]>" cannot occur. */
export function textAsHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** HTML with every "]]>" (outside CDATA, HTML has none) written with an entity: same meaning. */
export function htmlForCdata(html: string): string {
  return html.replaceAll(']]>', ']]&gt;');
}

const author = () => ({ name: siteConfig.title, link: absoluteUrl('/') });

function xmlFeed(spec: FeedSpec, content: (post: Post) => string): Feed {
  const feed = new Feed({
    id: absoluteUrl(spec.home),
    link: absoluteUrl(spec.home),
    title: spec.title,
    description: spec.description,
    language: siteConfig.language,
    image: shareImage(siteConfig.logo).url,
    favicon: absoluteUrl('/favicon.svg'),
    copyright: `${siteConfig.association}, ${siteConfig.license.label}`,
    updated: spec.updated,
    generator: siteConfig.title,
    feedLinks: {
      rss: absoluteUrl(spec.file),
      atom: absoluteUrl(sitePaths.atomFeed()),
      json: absoluteUrl(sitePaths.jsonFeed()),
    },
    author: author(),
  });
  for (const post of spec.posts) {
    const item: Item = {
      title: textAsHtml(post.title),
      id: absoluteUrl(post.url),
      link: absoluteUrl(post.url),
      date: new Date(post.date.time),
      published: new Date(post.date.time),
      description: textAsHtml(post.summary),
      content: htmlForCdata(content(post)),
      author: [author()],
      category: post.tags.map((tag) => ({ name: tag, domain: absoluteUrl(sitePaths.tag(tag)) })),
    };
    feed.addItem(item);
  }
  return feed;
}

function jsonFeed(spec: FeedSpec, content: (post: Post) => string): string {
  return jsonWithoutXmlForbidden(
    {
      version: 'https://jsonfeed.org/version/1.1',
      title: spec.title,
      description: spec.description,
      home_page_url: absoluteUrl(spec.home),
      feed_url: absoluteUrl(sitePaths.jsonFeed()),
      icon: shareImage(siteConfig.logo).url,
      favicon: absoluteUrl('/favicon.svg'),
      language: siteConfig.locale,
      authors: [{ name: siteConfig.title, url: absoluteUrl('/') }],
      items: spec.posts.map((post) => ({
        id: absoluteUrl(post.url),
        url: absoluteUrl(post.url),
        title: post.title,
        summary: post.summary || undefined,
        content_html: content(post),
        image: post.image ? shareImage(post.image).url : undefined,
        date_published: post.date.iso,
        date_modified: post.lastmod?.iso,
        tags: post.tags,
      })),
    },
    2,
  );
}

/**
 * When a feed last changed: its newest post; a tag with no post yet, its newest event, else
 * the site's newest post or event. Never the build's clock (the library's default), so two
 * builds of the same content write the same feed, and a reader is not told of a change that
 * is not there.
 */
export function feedUpdated(
  posts: Post[],
  tagEvents: SiteEvent[],
  site: Pick<SiteContent, 'posts' | 'events'>,
): Date | undefined {
  const newestEvent = (events: SiteEvent[]) =>
    events.reduce<SiteEvent | undefined>((a, e) => (!a || e.start.time > a.start.time ? e : a), undefined);
  const time =
    posts[0]?.date.time ??
    newestEvent(tagEvents)?.start.time ??
    site.posts[0]?.date.time ??
    newestEvent(site.events)?.start.time;
  return time === undefined ? undefined : new Date(time);
}

/** The events with a tag, on the event or one of its sessions (the events its page lists). */
function eventsByTag(events: SiteEvent[]): Map<string, SiteEvent[]> {
  const byTag = new Map<string, SiteEvent[]>();
  for (const event of events) {
    for (const tag of new Set([...event.tags, ...event.sessions.flatMap((s) => s.tags)])) {
      byTag.set(tag, [...(byTag.get(tag) ?? []), event]);
    }
  }
  return byTag;
}

export function writeFeeds(
  outDir: string,
  content: Pick<SiteContent, 'posts' | 'tags' | 'events'>,
  taken?: FeedBodies,
): string[] {
  const latest = (posts: Post[]) => posts.slice(0, siteConfig.feedItems);
  // Posts by tag in one pass (newest first, as content.posts): not one scan of every post per tag.
  const byTag = new Map<string, Post[]>();
  for (const post of content.posts) {
    for (const tag of post.tags) {
      const list = byTag.get(tag) ?? byTag.set(tag, []).get(tag)!;
      if (list.length < siteConfig.feedItems) list.push(post);
    }
  }
  const site: FeedSpec = {
    file: sitePaths.feed(),
    title: siteConfig.title,
    description: siteConfig.description,
    home: '/',
    posts: latest(content.posts),
    updated: feedUpdated(content.posts, [], content),
  };
  const tagEvents = eventsByTag(content.events);
  const specs: FeedSpec[] = [
    site,
    { ...site, file: sitePaths.postsFeed(), title: `${siteConfig.title} : articles`, home: sitePaths.posts() },
    ...content.tags.map((tag) => ({
      file: sitePaths.tagFeed(tag.tag),
      title: `${siteConfig.title} : ${tag.title}`,
      description: `Les articles de ${siteConfig.title} avec le tag ${tag.tag}.`,
      home: tag.url,
      posts: byTag.get(tag.tag) ?? [],
      updated: feedUpdated(byTag.get(tag.tag) ?? [], tagEvents.get(tag.tag) ?? [], content),
    })),
  ];
  // Each post's text is read once, whatever the number of feeds it appears in.
  const texts = new Map<string, string>();
  const text = (post: Post) =>
    texts.get(post.slug) ?? texts.set(post.slug, postContent(outDir, post, taken)).get(post.slug)!;

  const written: string[] = [];
  const write = (file: string, data: string) => {
    fs.mkdirSync(path.dirname(path.join(outDir, file)), { recursive: true });
    fs.writeFileSync(path.join(outDir, file), data);
    written.push(file);
  };
  for (const spec of specs) write(spec.file, withoutXmlForbidden(xmlFeed(spec, text).rss2()));
  write(sitePaths.atomFeed(), withoutXmlForbidden(xmlFeed({ ...site, file: sitePaths.feed() }, text).atom1()));
  write(sitePaths.jsonFeed(), jsonFeed(site, text));
  return written;
}
