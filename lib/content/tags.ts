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
import { misplacedFile } from './misplaced';
import type { tagSchema } from './schema';
import { schemaIssues } from './schema-issues';

export type TagFile = { tag: string; title: string; description?: string };

export function readTagFile(
  { abs, file, key, schema }: Source<typeof tagSchema>,
  { issues }: ReadContext,
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
    // The field's text is analysed on its own: its problems are moved to the field's line.
    const at = split.lineOf(['description']);
    body = analyzeMdx(parsed.data.description, file);
    body.issues = body.issues.map((i) => ({
      ...i,
      line: at.line + i.line - 1,
      column: i.line === 1 ? at.column : i.column,
    }));
  }
  issues.push(...body.issues);
  if (body.issues.some((i) => i.severity === 'error')) return undefined;
  return { tag: key, title: parsed.data.title, description: body.source.trim() || undefined };
}
