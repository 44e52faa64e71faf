/**
 * Reads one post (content/post/) or standalone page (content/page/): front matter, body,
 * and the references it makes (partners, images, the event it reports on).
 */
import { sitePaths } from '../urls';
import type { ReadContext, Source } from './collection';
import { checkEventReference } from './events/checks';
import { readMdxFile } from './mdx-file';
import { checkDocumentReferences } from './references';
import type { pageSchema, postSchema } from './schema';
import type { Document, Partner } from './types';

const WORDS_PER_MINUTE = 220;

export type DocumentContext = ReadContext & {
  partners: Map<string, Partner>;
  /** Event slugs, for posts' `event:`. */
  events: ReadonlySet<string>;
};

export function readDocument(
  { abs, file, key: slug, schema }: Source<typeof postSchema | typeof pageSchema>,
  kind: Document['kind'],
  context: DocumentContext,
): Document | undefined {
  const { issues } = context;
  // A field that breaks the schema does not hide the file's partner and event errors.
  const read = readMdxFile(abs, file, schema, context, (data, lineOf) => {
    const written = { file, partners: writtenPartners(data.partners), componentUses: [], banners: [], images: [] };
    issues.push(...checkDocumentReferences(written, lineOf, context.partners, context.dirs));
    if (typeof data.event === 'string')
      issues.push(...checkEventReference({ file, event: data.event }, lineOf, context.events));
  });
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
    // Resource links are links of the page: checked like the body's, at their own line.
    links: [...body.links, ...fm.resources.map((r, index) => ({ url: r.url, ...lineOf(['resources', index, 'url']) }))],
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

/** The partner keys of a front matter that broke the schema, where they are text (index kept for the line). */
function writtenPartners(value: unknown): Document['partners'] {
  const list = Array.isArray(value) ? value : [];
  return list.map((ref) => {
    const key = typeof ref === 'string' ? ref : (ref as { key?: unknown } | null)?.key;
    return { key: typeof key === 'string' ? key : '', tier: 'support' };
  });
}
