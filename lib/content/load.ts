/**
 * Reads and validates everything under content/: posts, pages, tag descriptions and the
 * partner registry. Collects every problem instead of stopping at the first, so one run
 * of the check lists them all. Pages never call this directly: see lib/content/index.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { analyzeMdx, type MdxAnalysis } from '../mdx/analyze';
import { routes } from '../urls';
import { issue, type ContentIssue } from './issues';
import { splitFrontMatter, type SplitFile } from './front-matter';
import { readCached, writeCached } from './file-cache';
import { parseYaml, type Locator } from './yaml';
import { schemaIssues } from './schema-issues';
import { KEBAB, pageSchema, partnerSchema, postSchema, tagSchema } from './schema';
import { checkDocumentReferences, checkEventKey, checkImage, checkInternalLinks, type AssetDirs } from './references';
import { findStrayFiles } from './stray-files';
import type { Document, Page, Partner, Post, SiteContent, TagInfo } from './types';

export type LoadOptions = {
  /** The content folder; default: content/ in the working directory. */
  contentDir?: string;
  /** The public folder, for links to static files; default: public/ beside content/. */
  publicDir?: string;
  /** Posts dated after this are scheduled, not published. Default: now. */
  now?: number;
};

export type LoadResult = { content: SiteContent; issues: ContentIssue[] };

const WORDS_PER_MINUTE = 220;
const CONTENT_EXTENSIONS = ['.mdx', '.md'];

export function loadContent(options: LoadOptions = {}): LoadResult {
  const contentDir = path.resolve(options.contentDir ?? process.env.CONTENT_DIR ?? 'content');
  const publicDir = path.resolve(options.publicDir ?? path.join(contentDir, '..', 'public'));
  const now = options.now ?? Date.now();
  const issues: ContentIssue[] = [];
  const display = (abs: string) => path.relative(process.cwd(), abs) || abs;

  const dirs: AssetDirs = { contentDir, publicDir };
  issues.push(...findStrayFiles(contentDir, display));
  const partners = readPartners(path.join(contentDir, 'partners'), display, issues, dirs);
  const eventKeys = new Set(
    listFiles(path.join(contentDir, 'events'))
      .filter((f) => CONTENT_EXTENSIONS.includes(path.extname(f)))
      .map((f) => path.basename(f, path.extname(f))),
  );
  const context: ReadContext = { display, issues, partners, eventKeys, dirs };
  const posts = readDocuments(path.join(contentDir, 'post'), 'post', context) as Post[];
  const pages = readDocuments(path.join(contentDir, 'page'), 'page', context) as Page[];
  const tagFiles = readTagFiles(path.join(contentDir, 'tags'), display, issues);

  const isPublished = (d: Document) => !d.draft && (d.kind === 'page' || (d.date?.time ?? 0) <= now);
  const publishedPosts = posts.filter(isPublished).sort(newestFirst);
  const publishedPages = pages.filter(isPublished).sort((a, b) => a.title.localeCompare(b.title, 'fr'));
  const scheduled = posts.filter((p) => !p.draft && p.date.time > now);
  for (const post of scheduled) {
    issues.push(
      issue(post.file, { line: 1 }, `scheduled: dated ${post.date.iso}, it will be published by the first build after that`, undefined, 'warning'),
    );
  }

  // A tag described in content/tags/ keeps its page even before (or after) it has posts:
  // its URL was public on the old site and may be linked from elsewhere.
  const counts = new Map<string, number>([...tagFiles.keys()].map((tag) => [tag, 0]));
  for (const post of publishedPosts) for (const tag of post.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  const tags: TagInfo[] = [...counts]
    .map(([tag, count]) => ({
      tag,
      count,
      title: tagFiles.get(tag)?.title ?? tag,
      description: tagFiles.get(tag)?.description,
      url: routes.tag(tag),
    }))
    .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));

  const content: SiteContent = {
    posts: publishedPosts,
    pages: publishedPages,
    tags,
    partners,
    scheduled,
    drafts: [...posts, ...pages].filter((d) => d.draft),
  };
  issues.push(...checkInternalLinks(content, [...posts, ...pages], dirs));
  return { content, issues };
}

function newestFirst(a: Post, b: Post): number {
  return b.date.time - a.date.time || a.slug.localeCompare(b.slug);
}

function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && !e.name.startsWith('.'))
    .map((e) => path.join(dir, e.name))
    .sort();
}

type ReadContext = {
  display: (abs: string) => string;
  issues: ContentIssue[];
  partners: Map<string, Partner>;
  eventKeys: Set<string>;
  dirs: AssetDirs;
};

function readDocuments(dir: string, kind: Document['kind'], context: ReadContext): Document[] {
  const { display, issues } = context;
  const documents: Document[] = [];
  const seen = new Map<string, string>();
  for (const abs of listFiles(dir)) {
    const ext = path.extname(abs);
    if (!CONTENT_EXTENSIONS.includes(ext)) continue;
    const file = display(abs);
    const slug = path.basename(abs, ext);
    if (seen.has(slug)) {
      issues.push(
        issue(file, { line: 1 }, `two files publish /${kind}/${slug}/: ${seen.get(slug)} and this one`, 'keep one of them (rename or delete the other)'),
      );
      continue;
    }
    seen.set(slug, file);
    if (kind === 'page' && /^\d+$/.test(slug)) {
      issues.push(issue(file, { line: 1 }, `a page named "${slug}" would take /page/${slug}/, the address of the home page's page ${slug}`, 'rename the file with a word in it, e.g. meetup-2.mdx'));
      continue;
    }
    if (!KEBAB.test(slug) && !/^[a-z0-9][a-z0-9._-]*$/.test(slug)) {
      issues.push(issue(file, { line: 1 }, `the file name "${slug}" cannot be a URL`, 'use lower-case letters, digits and hyphens, e.g. 2024-05-12-meetup-lyon.mdx'));
      continue;
    }
    const document = readDocument(abs, file, slug, kind, context);
    if (document) documents.push(document);
  }
  return documents;
}

function readText(abs: string, file: string, issues: ContentIssue[]): string | undefined {
  const bytes = fs.readFileSync(abs);
  if (bytes.includes(0)) {
    issues.push(issue(file, { line: 1 }, 'the file is binary, not text', 'content files are UTF-8 text; images go in content/img/'));
    return undefined;
  }
  if (bytes.length > MAX_FILE_BYTES) {
    issues.push(issue(file, { line: 1 }, `the file is ${Math.round(bytes.length / 1024)} KB, over the ${MAX_FILE_BYTES / 1024} KB limit`, 'split it into several posts; images go in content/img/, not inline'));
    return undefined;
  }
  try {
    return utf8.decode(bytes);
  } catch {
    const valid = bytes.toString('utf8');
    issues.push(issue(file, { line: valid.slice(0, valid.indexOf('\uFFFD')).split('\n').length }, 'the file is not valid UTF-8 text', 'save it as UTF-8 in your editor'));
    return undefined;
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
/** A post is prose: anything this large is a mistake (a pasted image, a generated dump). */
const MAX_FILE_BYTES = 512 * 1024;

/** Front matter and body analysis of a file, from the cache when the file is unchanged. */
function parseContentFile(
  raw: string,
  file: string,
  issues: ContentIssue[],
): { data: Record<string, unknown>; analysis: MdxAnalysis; lineOf: Locator } | undefined {
  const cached = readCached(raw, file);
  if (cached) {
    // Positions are only needed to report a problem: parse again then, not before.
    let split: SplitFile | undefined;
    const lineOf: Locator = (path, at) => (split ??= splitFrontMatter(raw, file)).lineOf(path, at);
    return { ...cached, lineOf };
  }
  const split = splitFrontMatter(raw, file);
  if (split.issues.length) {
    issues.push(...split.issues);
    return undefined;
  }
  const analysis = analyzeMdx(split.body, file);
  if (!analysis.issues.length) writeCached(raw, file, { data: split.data, analysis });
  return { data: split.data, analysis, lineOf: split.lineOf };
}

function readDocument(
  abs: string,
  file: string,
  slug: string,
  kind: Document['kind'],
  context: ReadContext,
): Document | undefined {
  const { issues } = context;
  const raw = readText(abs, file, issues);
  if (raw === undefined) return undefined;
  const split = parseContentFile(raw, file, issues);
  if (!split) return undefined;
  const schema = kind === 'post' ? postSchema : pageSchema;
  const parsed = schema.safeParse(split.data, { reportInput: true });
  const body = split.analysis;
  issues.push(...body.issues);
  if (!parsed.success) {
    issues.push(...schemaIssues(parsed.error as z.ZodError, file, split.lineOf, Object.keys(schema.shape)));
    return undefined;
  }

  const fm = parsed.data;
  const summary = (fm.summary ?? fm.description ?? body.summary).trim();
  const document: Document = {
    kind,
    slug,
    file,
    url: kind === 'post' ? routes.post(slug) : routes.page(slug),
    title: fm.title,
    subtitle: fm.subtitle,
    date: fm.date,
    lastmod: fm.lastmod,
    tags: fm.tags,
    banners: fm.bigimg ?? [],
    image: fm.image ?? fm.bigimg?.[0]?.src,
    summary,
    draft: fm.draft,
    resources: fm.resources,
    partners: fm.partners,
    event: fm.event,
    source: body.source,
    wordCount: body.wordCount,
    readingMinutes: Math.max(1, Math.round(body.wordCount / WORDS_PER_MINUTE)),
    headings: body.headings,
    links: body.links,
    images: body.images,
    components: body.components,
    bareComponents: body.bareComponents,
    componentUses: body.componentUses,
  };
  const references = checkDocumentReferences(document, split.lineOf, context.partners, context.dirs);
  const eventIssue = checkEventKey(document, split.lineOf, context.eventKeys);
  if (eventIssue) references.push(eventIssue);
  issues.push(...references);
  // References are checked even when the body has errors, so one run lists every problem.
  return [...body.issues, ...references].some((i) => i.severity === 'error') ? undefined : document;
}

function readTagFiles(
  dir: string,
  display: (abs: string) => string,
  issues: ContentIssue[],
): Map<string, { title: string; description?: string; file: string }> {
  const tags = new Map<string, { title: string; description?: string; file: string }>();
  for (const abs of listFiles(dir)) {
    const ext = path.extname(abs);
    if (!CONTENT_EXTENSIONS.includes(ext)) continue;
    const file = display(abs);
    const tag = path.basename(abs, ext);
    if (!KEBAB.test(tag)) {
      issues.push(issue(file, { line: 1 }, `"${tag}" is not a tag name`, 'name the file after the tag, lower-case with hyphens: summer-camp.md'));
      continue;
    }
    const raw = readText(abs, file, issues);
    if (raw === undefined) continue;
    const split = splitFrontMatter(raw, file);
    if (split.issues.length) {
      issues.push(...split.issues);
      continue;
    }
    const parsed = tagSchema.safeParse(split.data, { reportInput: true });
    if (!parsed.success) {
      issues.push(...schemaIssues(parsed.error as z.ZodError, file, split.lineOf, Object.keys(tagSchema.shape)));
      continue;
    }
    const body = analyzeMdx(split.body, file);
    issues.push(...body.issues);
    const description = body.source.trim() || parsed.data.description;
    tags.set(tag, { title: parsed.data.title, description, file });
  }
  return tags;
}

function readPartners(dir: string, display: (abs: string) => string, issues: ContentIssue[], dirs: AssetDirs): Map<string, Partner> {
  const partners = new Map<string, Partner>();
  for (const abs of listFiles(dir)) {
    const ext = path.extname(abs);
    if (ext !== '.yml' && ext !== '.yaml') continue;
    const file = display(abs);
    const key = path.basename(abs, ext);
    if (!KEBAB.test(key)) {
      issues.push(issue(file, { line: 1 }, `"${key}" is not a partner key`, 'name the file in lower-case with hyphens: resilience-care.yml'));
      continue;
    }
    const raw = readText(abs, file, issues);
    if (raw === undefined) continue;
    const yaml = parseYaml(raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'), file);
    if (yaml.issues.length) {
      issues.push(...yaml.issues);
      continue;
    }
    const parsed = partnerSchema.safeParse(yaml.data ?? {}, { reportInput: true });
    if (!parsed.success) {
      issues.push(...schemaIssues(parsed.error as z.ZodError, file, yaml.lineOf, Object.keys(partnerSchema.shape)));
      continue;
    }
    const logoIssue = parsed.data.logo ? checkImage(parsed.data.logo, yaml.lineOf(['logo']), file, dirs) : undefined;
    if (logoIssue) {
      issues.push(logoIssue);
      continue;
    }
    partners.set(key, { key, ...parsed.data });
  }
  return partners;
}
