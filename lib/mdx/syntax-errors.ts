/**
 * MDX parse errors as a check message: where the author's mistake is (not where the parser
 * gave up), said in the author's language with the element's own name, and a hint for the
 * mistakes Markdown writers make in MDX. The parser's English sentence is never the message.
 */
import { say } from '../messages/say';
import { issue, type ContentIssue } from '../messages/issues';

type Located = { line: number; column: number };
type Explained = { what: string; hint: string };

/** The parser's reasons (micromark-extension-mdx-jsx, mdast-util-mdx-jsx), each in the author's words. */
function explain(reason: string): Explained | undefined {
  let m = /Expected a closing tag for `<([^`>]*)>`/.exec(reason);
  if (m)
    return {
      what: say(`<${m[1]}> n'est jamais fermé`, `<${m[1]}> is never closed`),
      hint: say(
        `ajoutez </${m[1]}> seul sur sa ligne après son contenu, ou écrivez-le auto-fermant <${m[1]} />`,
        `add </${m[1]}> on its own line after its content, or make it self-closing <${m[1]} />`,
      ),
    };
  m = /Unexpected closing tag `<\/([^`>]*)>`, expected corresponding closing tag for `<([^`>]*)>`/.exec(reason);
  if (m)
    return {
      what: say(
        `</${m[1]}> ferme un élément qui n'est pas ouvert ici (<${m[2]}> attend </${m[2]}>)`,
        `</${m[1]}> closes an element that is not open here (<${m[2]}> expects </${m[2]}>)`,
      ),
      hint: say(
        `fermez d'abord <${m[2]}> par </${m[2]}>, ou retirez </${m[1]}>`,
        `close <${m[2]}> with </${m[2]}> first, or remove </${m[1]}>`,
      ),
    };
  m = /Expected the closing tag `<\/([^`>]*)>` either after the end of/.exec(reason);
  if (m)
    return {
      what: say(`</${m[1]}> n'est pas à sa place`, `</${m[1]}> is not where it belongs`),
      hint: say(
        `mettez </${m[1]}> seul sur sa ligne, après le contenu, sans indentation`,
        `put </${m[1]}> on its own line after the content, with no indentation`,
      ),
    };
  if (/Unexpected closing slash `\/` in tag, expected an open tag first/.test(reason))
    return {
      what: say('une balise fermante </…> sans balise ouvrante', 'a closing tag </…> with no opening tag'),
      hint: say('retirez-la, ou écrivez \\< pour afficher le caractère <', 'remove it, or write \\< to show a <'),
    };
  if (/to create a link in MDX/.test(reason))
    return {
      what: say(
        'une adresse entre < > est lue comme une balise en MDX',
        'an address between < > is read as a tag in MDX',
      ),
      hint: say(
        "écrivez le lien [texte](https://...) ou l'adresse seule, sans < >",
        'write the link as [text](https://...) or as the bare address, without < >',
      ),
    };
  if (/before attribute value/.test(reason))
    return {
      what: say("la valeur d'un attribut n'est pas entre guillemets", 'an attribute value is not in quotes'),
      hint: say(
        'écrivez-la entre guillemets droits : src="/img/photo.jpg"',
        'write it in straight quotes: src="/img/photo.jpg"',
      ),
    };
  if (/Unexpected end of file in attribute value/.test(reason))
    return {
      what: say(
        "la valeur d'un attribut ouvre un guillemet qui n'est jamais fermé",
        'an attribute value opens a quote that is never closed',
      ),
      hint: say("fermez la valeur par le même guillemet qu'au début", 'close the value with the quote it starts with'),
    };
  if (/Unexpected end of file (after|in) (name|attribute|local name)/.test(reason))
    return {
      what: say("une balise n'est jamais terminée par >", 'a tag is never ended by >'),
      hint: say(
        'terminez la balise par > (ou /> si elle est auto-fermante)',
        'end the tag with > (or /> when it is self-closing)',
      ),
    };
  if (/before name|character .* after|Unexpected character/i.test(reason))
    return {
      what: say('un < qui ouvre une balise que MDX ne peut pas lire', 'a < that opens a tag MDX cannot read'),
      hint: say(
        'un < ouvre une balise en MDX ; écrivez \\< ou &lt; pour afficher le caractère',
        'a < starts a tag in MDX; write \\< or &lt; to show the character',
      ),
    };
  if (/lazy|indent/i.test(reason))
    return {
      what: say('une ligne collée à un composant ou à une liste', 'a line glued to a component or a list'),
      hint: say(
        'dans un composant, gardez le contenu sur ses propres lignes, sans indentation en plus',
        'inside a component, keep the content on its own lines with no extra indentation',
      ),
    };
  return undefined;
}

/** MDX parse errors, with a hint for the mistakes Markdown authors make in MDX. */
export function syntaxIssue(error: unknown, file: string, source: string): ContentIssue {
  const e = error as { reason?: string; message?: string; line?: number; column?: number; place?: unknown };
  const reason = e.reason ?? e.message ?? String(error);
  let at = { line: e.line ?? 1, column: e.column ?? 1 };
  // An unclosed element is reported at the end of the file, with the opening tag in the text.
  const opening = /Expected a closing tag for `<[^`]*>` \((\d+):(\d+)-/.exec(reason);
  if (opening) at = { line: Number(opening[1]), column: Number(opening[2]) };
  const known = explain(reason);
  // « such as `"`, `'`, or `{` » in an attribute's reason is not a brace the author wrote.
  const braces = !known && /expression|acorn|`\{`|brace/i.test(reason);
  // An unclosed { is reported where the file ends, and text the expression parser cannot read
  // where it stopped reading ({ a: 1 } at the colon): point at the brace the author typed.
  if (braces) at = lastOpenBrace(source, at) ?? at;
  const explained: Explained = braces
    ? {
        what: say('accolade { } non comprise', 'a brace { } that is not understood'),
        hint: say(
          'une accolade { ouvre du code en MDX ; écrivez \\{ pour afficher une accolade',
          'a { starts code in MDX; write \\{ to show a brace',
        ),
      }
    : (known ?? {
        // A mistake with no sentence of ours yet: say so in French, the parser's words after.
        what: say(`texte que MDX ne peut pas lire (${reason.split('\n')[0]})`, reason.split('\n')[0]),
        hint: say('vérifiez la syntaxe Markdown de cette ligne', 'check the Markdown/MDX syntax on that line'),
      });
  return issue(
    file,
    at,
    say(`erreur de syntaxe MDX : ${explained.what}`, `MDX syntax error: ${explained.what}`),
    explained.hint,
  );
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
