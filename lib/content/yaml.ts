/**
 * YAML read in the 1.2 core schema (dates stay strings, so their written offset is kept),
 * with a locator that maps a field path to its line in the file. What the parser refuses
 * (yaml-errors.ts) and what it reads differently from what was written (yaml-surprises.ts)
 * is an issue at its line.
 */
import { parseDocument, LineCounter, isNode, isMap, type Document } from 'yaml';
import { issue, type ContentIssue } from '../messages/issues';
import { yamlErrorIssues } from './yaml-errors';
import { yamlSurprises } from './yaml-surprises';
import { say } from '../messages/say';

/** Line and column of a field's value, or of its key with `at: 'key'`. */
export type Locator = (path: readonly PropertyKey[], at?: 'key' | 'value') => { line: number; column: number };

/** `data` is undefined when the text cannot be read; `issues` may come with data (YAML read differently than written). */
export type ParsedYaml = { data: unknown; lineOf: Locator; issues: ContentIssue[] };

/**
 * `firstLine` is the file line of the first line of `source` (2 for front matter, which
 * starts after the opening ---). The `yaml` library builds plain data only: no tags that
 * make objects or run code exist in the core schema.
 */
export function parseYaml(source: string, file: string, firstLine = 1): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(source, { schema: 'core', lineCounter, uniqueKeys: true });
  const toFile = (offset: number) => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line + firstLine - 1, column: pos.col };
  };

  const issues = doc.errors.length
    ? yamlErrorIssues(doc.errors, source, file, toFile)
    : yamlSurprises(doc, source, file, toFile);

  const lineOf: Locator = (path, at = 'value') => {
    for (let depth = at === 'key' ? path.length - 1 : path.length; depth >= 0; depth--) {
      const prefix = path.slice(0, depth) as (string | number)[];
      const node = depth ? doc.getIn(prefix, true) : doc.contents;
      if (depth < path.length && isMap(node)) {
        // The path's next key is absent or unusual: point at the key if it exists.
        const pair = node.items.find((p) => isNode(p.key) && (p.key as { value?: unknown }).value === path[depth]);
        if (pair && isNode(pair.key) && pair.key.range) return toFile(pair.key.range[0]);
      }
      if (isNode(node) && node.range) return toFile(node.range[0]);
    }
    return { line: firstLine, column: 1 };
  };

  // What parses but reads differently (a surprise) still gives data: the file's other problems are found too.
  if (doc.errors.length) return { data: undefined, lineOf, issues };
  try {
    // maxAliasCount: a "billion laughs" of aliases is refused instead of filling memory.
    return { data: doc.toJS({ maxAliasCount: 100 }), lineOf, issues };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /alias/i.test(message) ? firstAlias(source) : 0;
    return {
      data: undefined,
      lineOf,
      issues: [
        issue(
          file,
          toFile(at),
          say(
            'trop d’alias (*nom) : leurs répétitions feraient une valeur démesurée',
            'too many aliases (*name): their repetitions would make a huge value',
          ),
          say(
            "écrivez chaque valeur en entier : pas d'alias (*nom) qui se répètent",
            'write each value out: no repeated aliases (*name)',
          ),
        ),
      ],
    };
  }
}

/** Offset of the first alias (*name) in the text, where a problem with aliases starts. */
function firstAlias(source: string): number {
  const match = /(^|[\s[{,:-])\*[^\s,\]}]+/.exec(source);
  return match ? match.index + match[1].length : 0;
}
