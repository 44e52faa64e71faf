/**
 * Reads one MDX content file: its text, its front matter checked against a schema, and
 * its body checked against the MDX allow-list. Every problem goes to `issues`; nothing
 * comes back unless both halves are valid. Clean files are read from the cache
 * (file-cache.ts) when their text is unchanged.
 */
import path from 'node:path';
import type { z } from 'zod';
import { analyzeMdx, type MdxAnalysis } from '../mdx/analyze';
import { readCached, writeCached } from './file-cache';
import { readText } from './files';
import { splitFrontMatter, type SplitFile } from './front-matter';
import type { ReadContext } from './collection';
import type { ContentIssue } from '../messages/issues';
import { schemaIssues } from './schema-issues';
import type { Locator } from './yaml';

type Shape = z.ZodObject & { shape: Record<string, unknown> };

/** `bodyValid` is false when the body has errors (already reported): the caller may still check references. */
export type MdxFile<T> = { data: T; body: MdxAnalysis; lineOf: Locator; bodyValid: boolean };

export function readMdxFile<S extends Shape>(
  abs: string,
  file: string,
  schema: S,
  { issues, misplaced: misplacedFile }: Pick<ReadContext, 'issues' | 'misplaced'>,
  /** Called when the front matter is readable but breaks the schema: its references can still be checked. */
  onInvalid?: (data: Record<string, unknown>, lineOf: Locator) => void,
): MdxFile<z.output<S>> | undefined {
  const raw = readText(abs, file, issues);
  if (raw === undefined) return undefined;
  const split = parseContentFile(raw, file, issues);
  if (!split) return undefined;
  const misplaced = misplacedFile(path.basename(path.dirname(abs)), split.data, file, split.lineOf);
  if (misplaced) {
    issues.push(misplaced);
    return undefined;
  }
  const parsed = schema.safeParse(split.data, { reportInput: true });
  const body = split.analysis;
  issues.push(...body.issues);
  if (!parsed.success) {
    issues.push(...schemaIssues(parsed.error as z.ZodError, file, split.lineOf, Object.keys(schema.shape)));
    onInvalid?.(split.data, split.lineOf);
    return undefined;
  }
  const bodyValid = !body.issues.some((i) => i.severity === 'error');
  return { data: parsed.data as z.output<S>, body, lineOf: split.lineOf, bodyValid };
}

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
    const lineOf: Locator = (path, at) => {
      split ??= splitFrontMatter(raw, file);
      return split.lineOf(path, at);
    };
    return { ...cached, lineOf };
  }
  const split = splitFrontMatter(raw, file);
  issues.push(...split.issues);
  if (split.fatal) return undefined;
  const analysis = analyzeMdx(split.body, file);
  // Only a file with no problem at all is cached: its next read would not report them.
  if (!analysis.issues.length && !split.issues.length) writeCached(raw, file, { data: split.data, analysis });
  return { data: split.data, analysis, lineOf: split.lineOf };
}
