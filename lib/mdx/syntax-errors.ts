/**
 * MDX parse errors as a check message: where the author's mistake is (not where the parser
 * gave up) and a hint in the author's words for the mistakes Markdown writers make in MDX.
 */
import { say } from '../messages/say';
import { issue, type ContentIssue } from '../messages/issues';

type Located = { line: number; column: number };

/** MDX parse errors, with a hint for the mistakes Markdown authors make in MDX. */
export function syntaxIssue(error: unknown, file: string, source: string): ContentIssue {
  const e = error as { reason?: string; message?: string; line?: number; column?: number; place?: unknown };
  const reason = e.reason ?? e.message ?? String(error);
  let at = { line: e.line ?? 1, column: e.column ?? 1 };
  // An unclosed element is reported at the end of the file, with the opening tag in the text.
  const opening = /Expected a closing tag for `<[^`]*>` \((\d+):(\d+)-/.exec(reason);
  if (opening) at = { line: Number(opening[1]), column: Number(opening[2]) };
  const braces = /expression|acorn|`\{`|brace/i.test(reason);
  // An unclosed { is reported where the file ends, and text the expression parser cannot read
  // where it stopped reading ({ a: 1 } at the colon): point at the brace the author typed.
  if (braces) at = lastOpenBrace(source, at) ?? at;
  let hint = say('vérifiez la syntaxe Markdown de cette ligne', 'check the Markdown/MDX syntax on that line');
  if (braces)
    hint = say(
      'une accolade { ouvre du code en MDX ; écrivez \\{ pour afficher une accolade',
      'a { starts code in MDX; write \\{ to show a brace',
    );
  else if (/closing tag|end tag|Expected the closing tag/i.test(reason))
    hint = say(
      "fermez l'élément (</Nom>) ou écrivez-le auto-fermant (<Nom />)",
      'close the element (</Name>) or make it self-closing (<Name />)',
    );
  else if (/to create a link in MDX/.test(reason))
    hint = say(
      "écrivez le lien [texte](https://...) ou l'adresse seule, sans < >",
      'write the link as [text](https://...) or as the bare address, without < >',
    );
  else if (/before name|character .* after|Unexpected character/i.test(reason))
    hint = say(
      'un < ouvre une balise en MDX ; écrivez \\< ou &lt; pour afficher le caractère',
      'a < starts a tag in MDX; write \\< or &lt; to show the character',
    );
  else if (/lazy|indent/i.test(reason))
    hint = say(
      'dans un composant, gardez le contenu sur ses propres lignes, sans indentation en plus',
      'inside a component, keep the content on its own lines with no extra indentation',
    );
  // The parser's own words name its internals (acorn, micromark): say what the author wrote instead.
  const what = braces ? say('accolade { } non comprise', 'a brace { } that is not understood') : reason.split('\n')[0];
  return issue(file, at, say(`erreur de syntaxe MDX : ${what}`, `MDX syntax error: ${what}`), hint);
}

function lastOpenBrace(source: string, before: Located): Located | undefined {
  const lines = source.split('\n');
  for (let l = Math.min(before.line, lines.length) - 1; l >= 0; l--) {
    const text = l === before.line - 1 ? lines[l].slice(0, before.column - 1) : lines[l];
    for (let c = text.length - 1; c >= 0; c--) {
      if (text[c] === '{' && text[c - 1] !== '\\') return { line: l + 1, column: c + 1 };
    }
  }
  return undefined;
}
