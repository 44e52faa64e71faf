/**
 * Splits a content file into its YAML front matter and its body. gray-matter finds the
 * block; lib/content/yaml.ts reads it with positions, so every field can be traced back
 * to its line in the file.
 */
import matter from 'gray-matter';
import { parseYaml, type Locator } from './yaml';
import { issue, type ContentIssue } from './issues';

export type SplitFile = {
  data: Record<string, unknown>;
  /** The body, preceded by blank lines in place of the front matter so lines match the file. */
  body: string;
  lineOf: Locator;
  issues: ContentIssue[];
};

/** Normalizes what editors and operating systems add: a byte-order mark and CRLF endings. */
export function normalizeText(raw: string): string {
  return raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

export function splitFrontMatter(raw: string, file: string): SplitFile {
  const text = normalizeText(raw);
  const fail = (message: string, hint: string): SplitFile => ({
    data: {},
    body: text,
    lineOf: () => ({ line: 1, column: 1 }),
    issues: [issue(file, { line: 1 }, message, hint)],
  });

  if (!text.trim()) return fail('the file is empty', 'copy an existing file, or run npm run new');
  if (text.startsWith('+++')) {
    return fail('front matter must be YAML between --- lines', 'TOML (+++) is not read here; npm run import:hugo converts it');
  }
  if (!text.startsWith('---')) {
    return fail('the file has no front matter', 'start it with a --- line, the fields (title: ..., date: ...), and another --- line');
  }
  if (!/\n---[ \t]*(\n|$)/.test(text)) {
    return fail('the front matter is never closed', 'add a line with only --- after the last field');
  }

  let yaml: ReturnType<typeof parseYaml> | undefined;
  const parsed = matter(text, {
    engines: {
      // The text gray-matter hands over starts on the line of the opening ---.
      yaml: (source: string) => {
        yaml = parseYaml(source, file, 1);
        return (yaml.data ?? {}) as object;
      },
    },
  });

  const header = text.slice(0, text.length - parsed.content.length);
  const body = header.replace(/[^\n]/g, '') + parsed.content;
  const issues: ContentIssue[] = [...(yaml?.issues ?? [])];
  const data = yaml?.data ?? {};
  if (!issues.length && (data === null || typeof data !== 'object' || Array.isArray(data))) {
    issues.push(issue(file, { line: 2 }, 'front matter must be a list of "key: value" fields'));
  }

  return {
    data: issues.length ? {} : (data as Record<string, unknown>),
    body,
    lineOf: yaml?.lineOf ?? (() => ({ line: 1, column: 1 })),
    issues,
  };
}
