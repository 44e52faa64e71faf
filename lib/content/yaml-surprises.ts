/**
 * YAML that parses but does not say what was written: `title: Meetup #14 — Paris` is
 * « Meetup » followed by a comment, `postalCode: 07000` is the number 7000, an alias inside
 * its own anchor is a value without end. Each is refused at its line with the fix.
 */
import { type Document, isAlias, isPair, isScalar, visit, type Node } from 'yaml';
import { issue, type ContentIssue } from '../messages/issues';
import { say } from '../messages/say';

type At = (offset: number) => { line: number; column: number };

export function yamlSurprises(doc: Document, source: string, file: string, at: At): ContentIssue[] {
  const found: ContentIssue[] = [];
  visit(doc, {
    Scalar(key, node, path) {
      if (key === 'key' || node.type !== 'PLAIN' || !node.range) return;
      const [start, end] = node.range;
      const written = source.slice(start, end);
      const field = fieldName(path);
      const rest = source.slice(end, lineEnd(source, end));
      if (typeof node.value === 'string' && /^[ \t]+#/.test(rest)) {
        const whole = `${written}${rest}`.trimEnd();
        found.push(
          issue(
            file,
            at(end + rest.indexOf('#')),
            say(
              `ce qui suit " #" est lu comme un commentaire : ${field} vaut seulement "${written}"`,
              `what follows " #" is read as a comment: ${field} is only "${written}"`,
            ),
            say(
              `mettez la valeur entre guillemets : ${field}: ${JSON.stringify(whole)}`,
              `quote the value: ${field}: ${JSON.stringify(whole)}`,
            ),
          ),
        );
      }
      if (typeof node.value === 'number' && changesWhenRead(written)) {
        found.push(
          issue(
            file,
            at(start),
            say(
              `YAML lit ${written} comme le nombre ${String(node.value)}`,
              `YAML reads ${written} as the number ${String(node.value)}`,
            ),
            say(
              `mettez-le entre guillemets pour garder ce qui est écrit : ${field}: "${written}"`,
              `quote it to keep what is written: ${field}: "${written}"`,
            ),
          ),
        );
      }
    },
    Alias(_key, node, path) {
      const target = node.resolve(doc);
      if (!target || !path.includes(target as Node)) return;
      found.push(
        issue(
          file,
          at(node.range?.[0] ?? 0),
          say(
            `l'alias *${node.source} est à l'intérieur de la valeur qu'il répète : elle n'aurait pas de fin`,
            `the alias *${node.source} is inside the value it repeats: it would never end`,
          ),
          say(
            'écrivez la valeur en entier à cet endroit, sans alias (*nom)',
            'write the value out at this place, without an alias (*name)',
          ),
        ),
      );
    },
  });
  return found;
}

/** Numbers whose digits YAML does not keep: 07000, 0x1F, 0o17, 1e3, .inf, +5. */
function changesWhenRead(written: string): boolean {
  return /^[-+]?0\d|^[-+]?0[xo]|e|inf|nan|^\+|^[-+]?\./i.test(written);
}

function fieldName(path: readonly unknown[]): string {
  for (let i = path.length - 1; i >= 0; i--) {
    const step = path[i];
    if (isPair(step) && isScalar(step.key)) return String(step.key.value);
    if (isAlias(step)) break;
  }
  return say('la valeur', 'the value');
}

function lineEnd(source: string, offset: number): number {
  const end = source.indexOf('\n', offset);
  return end === -1 ? source.length : end;
}
