/**
 * YAML read in the 1.2 core schema (dates stay strings, so their written offset is kept),
 * with a locator that maps a field path to its line in the file.
 */
import { parseDocument, LineCounter, isNode, isMap, type Document } from 'yaml';
import { issue, type ContentIssue } from '../messages/issues';
import { say } from '../messages/say';

/** Line and column of a field's value, or of its key with `at: 'key'`. */
export type Locator = (path: readonly PropertyKey[], at?: 'key' | 'value') => { line: number; column: number };

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

  const issues = doc.errors.map((error) => {
    // An unclosed quote is detected where the text ends; the mistake is where it opens.
    const quote = /Missing closing (["'])quote/.exec(error.message)?.[1];
    const at = toFile(quote ? openingQuote(source, error.pos[0], quote) : error.pos[0]);
    const message = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    const hint = /tab/i.test(message)
      ? say('indentez avec des espaces, pas des tabulations', 'indent with spaces, not tabs')
      : /duplicate|unique/i.test(message)
        ? say('gardez une seule ligne par champ', 'keep one line per field')
        : say(
            'vérifiez les guillemets et la forme "clé: valeur" de cette ligne ; mettez entre guillemets une valeur qui contient ": " ou " #"',
            'check the quotes and the "key: value" form on that line; quote values containing ": " or " #"',
          );
    return issue(file, at, say(`YAML non valide : ${message}`, `not valid YAML: ${message}`), hint);
  });

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

  if (issues.length) return { data: undefined, lineOf, issues };
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
          say(`YAML non valide : ${message.split('\n')[0]}`, `not valid YAML: ${message.split('\n')[0]}`),
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

/** Offset of the quote that opens the unclosed scalar ending at `end`. */
function openingQuote(source: string, end: number, quote: string): number {
  let open = -1;
  for (let i = 0; i < end; i++) {
    if (source[i] === '\\' && quote === '"') i++;
    else if (source[i] === quote) open = open === -1 ? i : -1;
  }
  return open === -1 ? end : open;
}
