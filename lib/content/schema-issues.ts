/**
 * Turns zod's issues into sentences an organizer can act on, located on the line of the
 * field: `tags[1]: expected text, got 42`.
 */
import type { z } from 'zod';
import { issue, type ContentIssue } from './issues';
import type { Locator } from './yaml';

export function describePath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index ? '.' : ''}${String(part)}`))
    .join('');
}

function shown(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  const json = JSON.stringify(value);
  return json.length > 40 ? `${json.slice(0, 37)}...` : json;
}

export function schemaIssues(
  error: z.ZodError,
  file: string,
  lineOf: Locator,
  knownFields: string[],
): ContentIssue[] {
  return flattenUnions(error.issues as unknown as RawIssue[]).map((i) => {
    const path = i.path as PropertyKey[];
    const field = describePath(path);
    const raw = i as unknown as { input?: unknown; keys?: string[]; expected?: string; code: string };
    if (i.code === 'unrecognized_keys') {
      const keys = raw.keys ?? [];
      return issue(
        file,
        lineOf([...path, keys[0]], 'key'),
        `unknown field${keys.length > 1 ? 's' : ''} ${keys.map((k) => `"${k}"`).join(', ')}`,
        `check the spelling; known fields: ${knownFields.join(', ')}`,
      );
    }
    if (i.code === 'invalid_type' && raw.input === undefined) {
      const where = /\.ya?ml$/.test(file) ? 'the file' : 'the front matter';
      return issue(file, lineOf(path), `${field} is missing`, `add a line "${String(path[path.length - 1])}: ..." to ${where}`);
    }
    if (i.code === 'invalid_type') {
      return issue(file, lineOf(path), `${field}: ${i.message.replace(/^Invalid input: /, '')}, got ${shown(raw.input)}`);
    }
    if (i.code === 'invalid_union') {
      return issue(file, lineOf(path), `${field}: the value ${shown(raw.input)} does not have an accepted form`, unionHint(path));
    }
    if (i.code === 'invalid_value') {
      return issue(file, lineOf(path), `${field}: ${i.message.replace(/^Invalid option: /, '')}, got ${shown(raw.input)}`);
    }
    return issue(file, lineOf(path), `${field}: ${i.message}`);
  });
}

type RawIssue = z.core.$ZodIssue & { errors?: RawIssue[][] };

/**
 * A union (tags: one tag or a list of tags) reports one issue per branch. When one branch
 * got further into the value (its issues have deeper paths), it is the form the author
 * meant: report that branch's issues rather than "does not have an accepted form".
 */
function flattenUnions(issues: RawIssue[]): RawIssue[] {
  return issues.flatMap((i) => {
    if (i.code !== 'invalid_union' || !i.errors?.length) return [i];
    const depth = (branch: RawIssue[]) => Math.max(...branch.map((b) => b.path.length));
    const best = [...i.errors].sort((a, b) => depth(b) - depth(a))[0];
    if (depth(best) === 0) return [i];
    return flattenUnions(best.map((b) => ({ ...b, path: [...i.path, ...b.path] }) as RawIssue));
  });
}

function unionHint(path: readonly PropertyKey[]): string | undefined {
  const top = String(path[0]);
  if (top === 'bigimg') return 'write bigimg: [{src: "/img/photo.jpg", desc: "Légende"}]';
  if (top === 'tags') return 'write tags: ["meetup", "lyon"]';
  if (top === 'partners') return 'write partners: [{key: "resilience-care", tier: "gold"}]';
  if (top === 'author') return 'write author: "Name"';
  return undefined;
}
