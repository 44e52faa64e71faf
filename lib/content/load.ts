/**
 * Reads and validates everything under content/: each collection of collections.ts, in the
 * order their references need (partners and speakers, then events, then posts and pages),
 * then the links between them. Collects every problem instead of stopping at the first, so
 * one run of the check lists them all. Pages never call this directly: see index.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { siteConfig } from '../site-config';
import { contentDir as defaultContentDir } from '../settings/site-dir';
import { sitePaths } from '../urls';
import { issue, type ContentIssue } from '../messages/issues';
import type { AssetDirs } from './references';
import { checkInternalLinks } from './internal-links';
import { findStrayFiles } from './stray-files';
import { checkLookAlikeSpeakers } from './look-alike-speakers';
import type { Document, Page, Post, SiteContent, TagInfo } from './types';
import { listTree } from './files';
import { readCollection, type ReadContext } from './collection';
import { COLLECTIONS } from './collections';
import { KIND_LIST } from './kinds';
import { misplacedCheck } from './misplaced';
import { soonestFirst } from './events/read';
import { checkAliases } from './aliases';
import { clashingFile, generatedFiles, outputFile } from './routes';
import { say } from '../messages/say';
import { capIssuesPerFile } from '../messages/cap';

export type LoadOptions = {
  /** The content folder; default: content/ in the working directory. */
  contentDir?: string;
  /** The public folder, for links to static files; default: public/ beside content/, else the project's. */
  publicDir?: string;
  /** Posts dated after this are scheduled, not published. Default: now. */
  now?: number;
};

export type LoadResult = { content: SiteContent; issues: ContentIssue[] };

export function loadContent(options: LoadOptions = {}): LoadResult {
  const contentDir = path.resolve(options.contentDir ?? defaultContentDir());
  // A content folder elsewhere (CONTENT_DIR: the fixture site, a copy) may have no public/ beside
  // it: it is then built with the project's public/.
  const sibling = path.join(contentDir, '..', 'public');
  const publicDir = path.resolve(
    options.publicDir ?? (options.contentDir || fs.existsSync(sibling) ? sibling : 'public'),
  );
  const now = options.now ?? Date.now();
  const issues: ContentIssue[] = [];
  const display = (abs: string) => path.relative(process.cwd(), abs) || abs;

  const dirs: AssetDirs = { contentDir, publicDir };
  issues.push(...findStrayFiles(contentDir, display));
  const base: ReadContext = { display, issues, dirs, misplaced: misplacedCheck(KIND_LIST) };
  const partnerFiles = readCollection(COLLECTIONS.partners, contentDir, base);
  const speakerFiles = readCollection(COLLECTIONS.speakers, contentDir, base);
  const partners = new Map(partnerFiles.records.map((p) => [p.key, p]));
  const speakers = new Map(speakerFiles.records.map((s) => [s.key, s]));
  issues.push(
    ...checkLookAlikeSpeakers(speakers.values(), path.join(contentDir, COLLECTIONS.speakers.folder), display),
  );
  // References are checked against every file, valid or not: a partner refused for its logo
  // is reported once, at its logo, not again as "missing" by each post that names it.
  const known = { partners: referable(partners, partnerFiles.keys), speakers: referable(speakers, speakerFiles.keys) };
  const eventFiles = readCollection(COLLECTIONS.events, contentDir, { ...base, ...known });
  const events = eventFiles.records.sort(soonestFirst);
  // Posts name events by file: an event with its own errors is reported once, not again
  // as "missing" by every post that links to it.
  const documentContext = { ...base, partners: known.partners, events: eventFiles.keys };
  const posts = readCollection(COLLECTIONS.posts, contentDir, documentContext).records as Post[];
  const pages = readCollection(COLLECTIONS.pages, contentDir, documentContext).records as Page[];
  const tagFiles = new Map(
    readCollection(COLLECTIONS.tags, contentDir, { ...base, partners }).records.map((t) => [t.tag, t]),
  );

  const isPublished = (d: Document) => !d.draft && (d.kind === 'page' || (d.date?.time ?? 0) <= now);
  const publishedPosts = posts.filter(isPublished).sort(newestFirst);
  const publishedPages = pages.filter(isPublished).sort((a, b) => a.title.localeCompare(b.title, siteConfig.language));
  const scheduled = posts.filter((p) => !p.draft && p.date.time > now);
  for (const post of scheduled) {
    issues.push(
      issue(
        post.file,
        { line: 1 },
        say(
          `programmé : daté du ${post.date.iso}, il sera publié par la première construction du site après cette date`,
          `scheduled: dated ${post.date.iso}, it will be published by the first build after that`,
        ),
        undefined,
        'warning',
      ),
    );
  }

  // A tag described in content/tags/ keeps its page even before (or after) it has posts:
  // its URL was public on the old site and may be linked from elsewhere. A tag of an event or
  // a session has its page too: the event page links it, whether or not a post has it yet.
  const counts = new Map<string, number>([...tagFiles.keys()].map((tag) => [tag, 0]));
  for (const event of events)
    for (const tag of [...event.tags, ...event.sessions.flatMap((s) => s.tags)]) counts.set(tag, 0);
  for (const post of publishedPosts) for (const tag of post.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  const tags: TagInfo[] = [...counts]
    .map(([tag, count]) => ({
      tag,
      count,
      title: tagFiles.get(tag)?.title ?? tag,
      description: tagFiles.get(tag)?.description,
      url: sitePaths.tag(tag),
    }))
    .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));

  const content: SiteContent = {
    posts: publishedPosts,
    pages: publishedPages,
    tags,
    partners,
    scheduled,
    drafts: [...posts, ...pages].filter((d) => d.draft),
    events,
    speakers,
    builtAt: now,
    records: new Map(
      KIND_LIST.flatMap((kind) =>
        kind.collection ? [[kind.name, readCollection(kind.collection, contentDir, base).records] as const] : [],
      ),
    ),
  };
  issues.push(...checkInternalLinks(content, [...posts, ...pages, ...events, ...tagFiles.values()], dirs));
  const publicFiles = listTree(publicDir).map((rel) => `/${rel}`);
  issues.push(...checkAliases([...publishedPosts, ...publishedPages], content, publicFiles));
  issues.push(...checkPageFiles([...posts, ...pages], content, publicFiles));
  return { content, issues: capIssuesPerFile(issues) };
}

/**
 * A page is a folder of the export: one named like a generated file (a post named
 * index.xml.mdx would be /post/index.xml/, where the posts' feed is) cannot be written.
 */
function checkPageFiles(documents: Document[], content: SiteContent, publicFiles: string[]): ContentIssue[] {
  const files = new Set([...generatedFiles(content), ...publicFiles]);
  return documents.flatMap((doc) => {
    const clash = clashingFile(outputFile(doc.url), files);
    return clash
      ? [
          issue(
            doc.file,
            { line: 1 },
            say(
              `l'adresse ${doc.url} de ce fichier prendrait la place de ${clash}, que le site publie`,
              `this file's address ${doc.url} would take the place of ${clash}, which the site publishes`,
            ),
            say(
              'renommez le fichier (lettres minuscules, chiffres et tirets)',
              'rename the file (lower-case letters, digits and hyphens)',
            ),
          ),
        ]
      : [];
  });
}

/** The valid records, plus a stand-in named by its key for each file refused for its own errors. */
function referable<T extends { key: string; name: string }>(
  records: Map<string, T>,
  keys: Set<string>,
): Map<string, T> {
  const all = new Map(records);
  for (const key of keys) if (!all.has(key)) all.set(key, { key, name: key } as T);
  return all;
}

function newestFirst(a: Post, b: Post): number {
  return b.date.time - a.date.time || a.slug.localeCompare(b.slug);
}
