/**
 * Reads a tag's description (content/tags/<tag>.md). Its description is its body, else its
 * front matter `description`: the tag page renders either as MDX, so either is checked
 * against the allow-list, at its own lines.
 */
import type { z } from 'zod';
import { analyzeMdx } from '../mdx/analyze';
import type { ReadContext, Source } from './collection';
import { readText } from './files';
import { splitFrontMatter } from './front-matter';
import type { tagSchema } from './schema';
import { schemaIssues } from './schema-issues';
import { checkDocumentReferences } from './references';
import type { LinkRef } from '../mdx/analysis';
import type { Partner } from './types';

export type TagFile = { tag: string; file: string; title: string; description?: string; links: LinkRef[] };

export function readTagFile(
  { abs, file, key, schema }: Source<typeof tagSchema>,
  { issues, dirs, partners, misplaced: misplacedFile }: ReadContext & { partners: Map<string, Partner> },
): TagFile | undefined {
  const raw = readText(abs, file, issues);
  if (raw === undefined) return undefined;
  const split = splitFrontMatter(raw, file);
  issues.push(...split.issues);
  if (split.fatal) return undefined;
  const misplaced = misplacedFile('tags', split.data, file, split.lineOf);
  if (misplaced) {
    issues.push(misplaced);
    return undefined;
  }
  const parsed = schema.safeParse(split.data, { reportInput: true });
  if (!parsed.success) {
    issues.push(...schemaIssues(parsed.error as z.ZodError, file, split.lineOf, Object.keys(schema.shape)));
    return undefined;
  }
  let body = analyzeMdx(split.body, file);
  if (!body.source.trim() && parsed.data.description) {
    // The field's text is analysed on its own: what it reports and refers to is moved to the field's line.
    const at = split.lineOf(['description']);
    const shift = <T extends { line: number; column: number }>(i: T): T => ({
      ...i,
      line: at.line + i.line - 1,
      column: i.line === 1 ? at.column : i.column,
    });
    body = analyzeMdx(parsed.data.description, file);
    body.issues = body.issues.map(shift);
    body.images = body.images.map(shift);
    body.links = body.links.map(shift);
    body.componentUses = body.componentUses.map(shift);
  }
  // The tag page renders the description like a post's body: its images and partners are checked alike.
  const references = checkDocumentReferences(
    { file, partners: [], componentUses: body.componentUses, banners: [], image: undefined, images: body.images },
    split.lineOf,
    partners,
    dirs,
  );
  issues.push(...body.issues, ...references);
  if ([...body.issues, ...references].some((i) => i.severity === 'error')) return undefined;
  return { tag: key, file, title: parsed.data.title, description: body.source.trim() || undefined, links: body.links };
}
