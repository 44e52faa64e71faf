/**
 * Reads and validates everything under content/: posts, pages, events, tag descriptions
 * and the partner and speaker registries. Collects every problem instead of stopping at
 * the first, so one run of the check lists them all. Pages never call this directly:
 * see lib/content/index.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { analyzeMdx } from '../mdx/analyze';
import { siteConfig } from '../site-config';
import { sitePaths } from '../urls';
import { issue, type ContentIssue } from './issues';
import { splitFrontMatter } from './front-matter';
import { schemaIssues } from './schema-issues';
import { KEBAB, pageSchema, partnerSchema, postSchema, tagSchema } from './schema';
import { checkDocumentReferences, checkImage, checkInternalLinks, type AssetDirs } from './references';
import { findStrayFiles } from './stray-files';
import type { Document, Page, Partner, Post, SiteContent, TagInfo } from './types';
import { guardFile, listFiles, listTree, readText } from './files';
import { readYamlRegistry } from './registry';
import { readEvents, readSpeakers } from './events';
import { checkEventReference } from './event-checks';
import { readMdxFile } from './mdx-file';
import { checkAliases } from './aliases';
import { clashingFile, generatedFiles, outputFile } from './routes';
import { say } from './say';

export type LoadOptions = {
  /** The content folder; default: content/ in the working directory. */
  contentDir?: string;
  /** The public folder, for links to static files; default: public/ beside content/, else the project's. */
  publicDir?: string;
  /** Posts dated after this are scheduled, not published. Default: now. */
  now?: number;
};

export type LoadResult = { content: SiteContent; issues: ContentIssue[] };

const WORDS_PER_MINUTE = 220;
const CONTENT_EXTENSIONS = ['.mdx', '.md'];

export function loadContent(options: LoadOptions = {}): LoadResult {
  const contentDir = path.resolve(options.contentDir ?? process.env.CONTENT_DIR ?? 'content');
  // A content folder elsewhere (CONTENT_DIR: the fixture site, a copy) may have no public/ beside
  // it: it is then built with the project's public/.
  const sibling = path.join(contentDir, '..', 'public');
  const publicDir = path.resolve(options.publicDir ?? (options.contentDir || fs.existsSync(sibling) ? sibling : 'public'));
  const now = options.now ?? Date.now();
  const issues: ContentIssue[] = [];
  const display = (abs: string) => path.relative(process.cwd(), abs) || abs;

  const dirs: AssetDirs = { contentDir, publicDir };
  issues.push(...findStrayFiles(contentDir, display));
  const partners = readPartners(path.join(contentDir, 'partners'), display, issues, dirs);
  const speakers = readSpeakers(path.join(contentDir, 'speakers'), display, issues, dirs);
  const events = readEvents(path.join(contentDir, 'events'), { display, issues, partners, speakers, dirs });
  // Posts name events by file: an event with its own errors is reported once, not again
  // as "missing" by every post that links to it.
  const eventKeys = new Set(
    listFiles(path.join(contentDir, 'events'))
      .filter((f) => CONTENT_EXTENSIONS.includes(path.extname(f)))
      .map((f) => path.basename(f, path.extname(f))),
  );
  const context: ReadContext = { display, issues, partners, dirs, events: eventKeys };
  const posts = readDocuments(path.join(contentDir, 'post'), 'post', context) as Post[];
  const pages = readDocuments(path.join(contentDir, 'page'), 'page', context) as Page[];
  const tagFiles = readTagFiles(path.join(contentDir, 'tags'), display, issues);

  const isPublished = (d: Document) => !d.draft && (d.kind === 'page' || (d.date?.time ?? 0) <= now);
  const publishedPosts = posts.filter(isPublished).sort(newestFirst);
  const publishedPages = pages.filter(isPublished).sort((a, b) => a.title.localeCompare(b.title, siteConfig.language));
  const scheduled = posts.filter((p) => !p.draft && p.date.time > now);
  for (const post of scheduled) {
    issues.push(
      issue(post.file, { line: 1 }, say(`programmé : daté du ${post.date.iso}, il sera publié par la première construction du site après cette date`, `scheduled: dated ${post.date.iso}, it will be published by the first build after that`), undefined, 'warning'),
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
  };
  issues.push(...checkInternalLinks(content, [...posts, ...pages, ...events], dirs));
  const publicFiles = listTree(publicDir).map((rel) => `/${rel}`);
  issues.push(...checkAliases([...publishedPosts, ...publishedPages], content, publicFiles));
  issues.push(...checkPageFiles([...posts, ...pages], content, publicFiles));
  return { content, issues };
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
            say(`l'adresse ${doc.url} de ce fichier prendrait la place de ${clash}, que le site publie`, `this file's address ${doc.url} would take the place of ${clash}, which the site publishes`),
            say('renommez le fichier (lettres minuscules, chiffres et tirets)', 'rename the file (lower-case letters, digits and hyphens)'),
          ),
        ]
      : [];
  });
}

function newestFirst(a: Post, b: Post): number {
  return b.date.time - a.date.time || a.slug.localeCompare(b.slug);
}

type ReadContext = {
  display: (abs: string) => string;
  issues: ContentIssue[];
  partners: Map<string, Partner>;
  dirs: AssetDirs;
  /** Event slugs, for posts' `event:`. */
  events: ReadonlySet<string>;
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
        issue(file, { line: 1 }, say(`deux fichiers publient /${kind}/${slug}/ : ${seen.get(slug)} et celui-ci`, `two files publish /${kind}/${slug}/: ${seen.get(slug)} and this one`), say("gardez-en un (renommez ou supprimez l'autre)", 'keep one of them (rename or delete the other)')),
      );
      continue;
    }
    seen.set(slug, file);
    if (kind === 'page' && /^\d+$/.test(slug)) {
      issues.push(issue(file, { line: 1 }, say(`une page nommée "${slug}" prendrait /page/${slug}/, l'adresse de la page ${slug} de l'accueil`, `a page named "${slug}" would take /page/${slug}/, the address of the home page's page ${slug}`), say('renommez le fichier avec un mot, par exemple meetup-2.mdx', 'rename the file with a word in it, e.g. meetup-2.mdx')));
      continue;
    }
    if (!KEBAB.test(slug) && !/^[a-z0-9][a-z0-9._-]*$/.test(slug)) {
      issues.push(issue(file, { line: 1 }, say(`le nom de fichier "${slug}" ne peut pas faire une adresse`, `the file name "${slug}" cannot be a URL`), say('utilisez des minuscules, des chiffres et des tirets, par exemple 2024-05-12-meetup-lyon.mdx', 'use lower-case letters, digits and hyphens, e.g. 2024-05-12-meetup-lyon.mdx')));
      continue;
    }
    const document = guardFile(file, issues, () => readDocument(abs, file, slug, kind, context));
    if (document) documents.push(document);
  }
  return documents;
}

function readDocument(
  abs: string,
  file: string,
  slug: string,
  kind: Document['kind'],
  context: ReadContext,
): Document | undefined {
  const { issues } = context;
  const read = readMdxFile(abs, file, kind === 'post' ? postSchema : pageSchema, issues);
  if (!read) return undefined;
  const { body, lineOf } = read;

  const fm = read.data;
  // A written description says what the post is better than its first paragraph does.
  const summary = (fm.description ?? fm.summary ?? body.summary).trim();
  const document: Document = {
    kind,
    slug,
    file,
    url: kind === 'post' ? sitePaths.post(slug) : sitePaths.page(slug),
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
    aliases: fm.aliases.map((alias, index) => ({ path: aliasPath(alias), line: lineOf(['aliases', index]).line })),
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
  const references = [
    ...checkDocumentReferences(document, lineOf, context.partners, context.dirs),
    ...checkEventReference(document, lineOf, context.events),
  ];
  issues.push(...references);
  // References are checked even when the body has errors, so one run lists every problem.
  return !read.bodyValid || references.some((i) => i.severity === 'error') ? undefined : document;
}

/** Hugo wrote /old/path/ and /old/path alike; a file name (.html) stays as it is. */
function aliasPath(alias: string): string {
  return alias.endsWith('/') || /\.html?$/.test(alias) ? alias : `${alias}/`;
}

function readTagFiles(
  dir: string,
  display: (abs: string) => string,
  issues: ContentIssue[],
): Map<string, { title: string; description?: string }> {
  const tags = new Map<string, { title: string; description?: string }>();
  for (const abs of listFiles(dir)) {
    const ext = path.extname(abs);
    if (!CONTENT_EXTENSIONS.includes(ext)) continue;
    const file = display(abs);
    const tag = path.basename(abs, ext);
    if (!KEBAB.test(tag)) {
      issues.push(issue(file, { line: 1 }, say(`"${tag}" n'est pas un nom de mot-clé`, `"${tag}" is not a tag name`), say('nommez le fichier comme le mot-clé, en minuscules avec des tirets : summer-camp.md', 'name the file after the tag, lower-case with hyphens: summer-camp.md')));
      continue;
    }
    const read = guardFile(file, issues, () => readTagFile(abs, file, issues));
    if (read) tags.set(tag, read);
  }
  return tags;
}

/**
 * A tag's description is its body, else its front matter `description`: the tag page
 * renders either as MDX, so either is checked against the allow-list, at its own lines.
 */
function readTagFile(abs: string, file: string, issues: ContentIssue[]): { title: string; description?: string } | undefined {
  const raw = readText(abs, file, issues);
  if (raw === undefined) return undefined;
  const split = splitFrontMatter(raw, file);
  if (split.issues.length) {
    issues.push(...split.issues);
    return undefined;
  }
  const parsed = tagSchema.safeParse(split.data, { reportInput: true });
  if (!parsed.success) {
    issues.push(...schemaIssues(parsed.error as z.ZodError, file, split.lineOf, Object.keys(tagSchema.shape)));
    return undefined;
  }
  let body = analyzeMdx(split.body, file);
  if (!body.source.trim() && parsed.data.description) {
    // The field's text is analysed on its own: its problems are moved to the field's line.
    const at = split.lineOf(['description']);
    body = analyzeMdx(parsed.data.description, file);
    body.issues = body.issues.map((i) => ({ ...i, line: at.line + i.line - 1, column: i.line === 1 ? at.column : i.column }));
  }
  issues.push(...body.issues);
  if (body.issues.some((i) => i.severity === 'error')) return undefined;
  return { title: parsed.data.title, description: body.source.trim() || undefined };
}

function readPartners(dir: string, display: (abs: string) => string, issues: ContentIssue[], dirs: AssetDirs): Map<string, Partner> {
  const entries = readYamlRegistry(dir, partnerSchema, { noun: 'partner', example: 'resilience-care' }, display, issues);
  const partners = new Map<string, Partner>();
  for (const { key, file, data, lineOf } of entries) {
    const logoIssue = data.logo ? checkImage(data.logo, () => lineOf(['logo']), file, dirs) : undefined;
    if (logoIssue) issues.push(logoIssue);
    else partners.set(key, { key, ...data });
  }
  return partners;
}
