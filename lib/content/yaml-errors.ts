/**
 * The YAML parser's errors, said in French with what is actually wrong. A parser reports one
 * mistake several times (a dedented line is a bad indent, then a nested map, then a key on
 * two lines): only the first error of a block is the organizer's mistake, the others follow
 * from it. Repeated keys are separate mistakes, each reported at its second line.
 */
import type { YAMLError } from 'yaml';
import { issue, type ContentIssue } from '../messages/issues';
import { say } from '../messages/say';

type At = (offset: number) => { line: number; column: number };

export function yamlErrorIssues(errors: readonly YAMLError[], source: string, file: string, at: At): ContentIssue[] {
  const duplicates = errors.filter((e) => e.code === 'DUPLICATE_KEY');
  const first = errors.find((e) => e.code !== 'DUPLICATE_KEY');
  if (first) return [structureIssue(first, source, file, at)];
  return duplicates.map((e) => {
    const key = /^[ \t]*(?:- )?["']?([^"':#\n]+?)["']?[ \t]*:/.exec(lineAt(source, e.pos[0]))?.[1] ?? '';
    return issue(
      file,
      at(e.pos[0]),
      say(`le champ "${key}" est écrit deux fois`, `the field "${key}" is written twice`),
      say(
        `gardez une seule ligne "${key}: ..." : seule la dernière serait lue`,
        `keep one "${key}: ..." line: only the last one would be read`,
      ),
    );
  });
}

function structureIssue(error: YAMLError, source: string, file: string, at: At): ContentIssue {
  const offset = error.pos[0];
  const quote = /Missing closing (["'])quote/.exec(error.message)?.[1];
  if (quote) {
    return issue(
      file,
      at(openingQuote(source, offset, quote)),
      say(`le guillemet ${quote} ouvert ici n'est jamais fermé`, `the ${quote} quote opened here is never closed`),
      say(
        `fermez-le à la fin de la valeur ; à l'intérieur, un ${quote} s'écrit ${quote === '"' ? '\\"' : "''"}`,
        `close it at the end of the value; inside it, write ${quote} as ${quote === '"' ? '\\"' : "''"}`,
      ),
    );
  }
  if (error.code === 'TAB_AS_INDENT' || /\btab/i.test(error.message)) {
    return issue(
      file,
      at(offset),
      say('cette ligne est indentée par une tabulation', 'this line is indented with a tab'),
      say('indentez avec des espaces, pas des tabulations', 'indent with spaces, not tabs'),
    );
  }
  const bracket = /Flow (?:sequence|map) .*end with a ([\]}])/.exec(error.message)?.[1];
  if (bracket) {
    const open = bracket === ']' ? '[' : '{';
    return issue(
      file,
      at(openingBracket(source, offset, open, bracket)),
      say(`le ${open} ouvert ici n'est jamais fermé`, `the ${open} opened here is never closed`),
      say(
        `fermez-le par ${bracket} sur la même ligne, après la dernière valeur`,
        `close it with ${bracket} on the same line, after the last value`,
      ),
    );
  }
  if (/^Unexpected scalar at node end/.test(error.message)) {
    return issue(
      file,
      at(offset),
      say('du texte suit la valeur entre guillemets', 'text follows the quoted value'),
      say(
        'mettez toute la valeur entre guillemets, et écrivez un guillemet intérieur \\"',
        'quote the whole value, and write an inner quote as \\"',
      ),
    );
  }
  if (error.code === 'BAD_INDENT') {
    const start = lineStart(source, offset);
    const previous = previousLineStart(source, start);
    if (previous !== undefined && indentOf(source, start) > indentOf(source, previous))
      return overIndented(file, at(start + indentOf(source, start)));
    return issue(
      file,
      at(start),
      say(
        "l'indentation de cette ligne ne correspond ni au champ au-dessus ni à celui qui la contient",
        'the indentation of this line matches neither the field above nor the one that holds it',
      ),
      say(
        'alignez-la sur les champs de même niveau : le même nombre d’espaces en début de ligne',
        'align it with the fields of its level: the same number of spaces at the start of the line',
      ),
    );
  }
  if (error.code === 'BLOCK_AS_IMPLICIT_KEY' || error.code === 'MULTILINE_IMPLICIT_KEY') {
    // "key: value" then a line indented further: the parser sees one key over two lines.
    const next = nextLineStart(source, offset);
    if (next !== undefined && indentOf(source, next) > indentOf(source, lineStart(source, offset)))
      return overIndented(file, at(next + indentOf(source, next)));
    if (!/: .*:( |$)/.test(lineAt(source, offset)))
      return issue(
        file,
        at(lineStart(source, offset)),
        say('cette ligne n\'est pas un champ : il lui manque "clé: "', 'this line is not a field: it lacks "key: "'),
        say(
          'écrivez-la "clé: valeur", ou mettez ce texte entre guillemets dans la valeur du champ au-dessus',
          'write it as "key: value", or put this text in quotes in the value of the field above',
        ),
      );
    return issue(
      file,
      at(offset),
      say(
        'un ": " dans une valeur sans guillemets commence un second champ',
        'a ": " in an unquoted value starts a second field',
      ),
      say(
        'mettez la valeur entre guillemets : titre: "Incidents : ce qu’on en retient"',
        'quote the value: title: "Incidents: what we learnt"',
      ),
    );
  }
  return issue(
    file,
    at(offset),
    say(
      'cette ligne n\'a pas la forme "clé: valeur" que le YAML attend',
      'this line is not in the "key: value" form YAML expects',
    ),
    say(
      'vérifiez les guillemets, les crochets et les deux-points de cette ligne ; mettez entre guillemets une valeur qui contient ": " ou " #"',
      'check the quotes, brackets and colons on this line; quote values containing ": " or " #"',
    ),
  );
}

function overIndented(file: string, at: { line: number; column: number }): ContentIssue {
  return issue(
    file,
    at,
    say(
      'cette ligne est plus indentée que le champ au-dessus, qui a déjà sa valeur',
      'this line is indented further than the field above, which already has its value',
    ),
    say(
      'alignez-la sur le champ au-dessus, ou retirez la valeur de celui-ci pour en faire un groupe',
      'align it with the field above, or remove that field’s value to make it a group',
    ),
  );
}

/** The start of the closest line with text before the line starting at `start`. */
function previousLineStart(source: string, start: number): number | undefined {
  let end = start - 1;
  while (end > 0) {
    const begin = lineStart(source, end);
    const line = source.slice(begin, end);
    if (line.trim() && !line.trim().startsWith('#')) return begin;
    end = begin - 1;
  }
  return undefined;
}

function lineStart(source: string, offset: number): number {
  return source.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
}

function lineAt(source: string, offset: number): string {
  const start = lineStart(source, offset);
  const end = source.indexOf('\n', start);
  return source.slice(start, end === -1 ? undefined : end);
}

/** The start of the next line with text after the line of `offset`. */
function nextLineStart(source: string, offset: number): number | undefined {
  let end = source.indexOf('\n', offset);
  while (end !== -1) {
    const start = end + 1;
    const line = lineAt(source, start);
    if (line.trim() && !line.trim().startsWith('#')) return start;
    end = source.indexOf('\n', start);
  }
  return undefined;
}

function indentOf(source: string, start: number): number {
  return /^[ ]*/.exec(source.slice(start))?.[0].length ?? 0;
}

/** Offset of the last bracket left open before `end`. */
function openingBracket(source: string, end: number, open: string, close: string): number {
  const stack: number[] = [];
  for (let i = 0; i < end; i++) {
    if (source[i] === open) stack.push(i);
    else if (source[i] === close) stack.pop();
  }
  return stack[0] ?? end;
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
