/**
 * Reads one MDX content file: its text, its front matter checked against a schema, and
 * its body checked against the MDX allow-list. Every problem goes to `issues`; nothing
 * comes back unless both halves are valid.
 */
import type { z } from 'zod';
import { analyzeMdx, type MdxAnalysis } from '../mdx/analyze';
import { readText } from './files';
import { splitFrontMatter } from './front-matter';
import type { ContentIssue } from './issues';
import { schemaIssues } from './schema-issues';
import type { Locator } from './yaml';

type Shape = z.ZodObject & { shape: Record<string, unknown> };

export type MdxFile<T> = { data: T; body: MdxAnalysis; lineOf: Locator };

export function readMdxFile<S extends Shape>(abs: string, file: string, schema: S, issues: ContentIssue[]): MdxFile<z.output<S>> | undefined {
  const raw = readText(abs, file, issues);
  if (raw === undefined) return undefined;
  const split = splitFrontMatter(raw, file);
  if (split.issues.length) {
    issues.push(...split.issues);
    return undefined;
  }
  const parsed = schema.safeParse(split.data, { reportInput: true });
  const body = analyzeMdx(split.body, file);
  issues.push(...body.issues);
  if (!parsed.success) {
    issues.push(...schemaIssues(parsed.error as z.ZodError, file, split.lineOf, Object.keys(schema.shape)));
    return undefined;
  }
  if (body.issues.some((i) => i.severity === 'error')) return undefined;
  return { data: parsed.data as z.output<S>, body, lineOf: split.lineOf };
}
