/**
 * A file saved in the wrong folder: a recap in content/page/ (published as a page, out of the
 * article list, the feeds and its event's recap link), a post in content/events/ ("start is
 * missing"), a speaker in content/partners/. Told by the fields only another kind has, it is
 * refused once, at that field, with the folder it belongs in, instead of the schema's errors.
 */
import { issue, type ContentIssue } from '../messages/issues';
import { say } from '../messages/say';
import type { Locator } from './yaml';
import { type ContentKind, KIND_LIST, type KindName, KINDS } from './kinds';

type Rule = { field: string; unless?: string; kind: ContentKind };

/**
 * For each folder: the fields that say a file belongs elsewhere, from the kinds' claims. Built
 * on first use: a kind's reader imports this module while the registry is still being read.
 */
let rules: Map<string, Rule[]> | undefined;
function rulesOf(folder: string): Rule[] | undefined {
  if (!rules) {
    rules = new Map();
    for (const kind of KIND_LIST) {
      for (const { field, unless, in: names } of kind.claims ?? []) {
        for (const name of names) {
          const at = KINDS[name as KindName].folder;
          rules.set(at, [...(rules.get(at) ?? []), { field, unless, kind }]);
        }
      }
    }
  }
  return rules.get(folder);
}

export function misplacedFile(
  folder: string,
  data: Record<string, unknown>,
  file: string,
  lineOf: Locator,
): ContentIssue | undefined {
  const rule = rulesOf(folder)?.find((r) => r.field in data && !(r.unless && r.unless in data));
  if (!rule) return undefined;
  const { kind } = rule;
  const name = file.split(/[\\/]/).pop() ?? file;
  const example = kind === KINDS.post && !/^\d{4}-\d{2}-\d{2}-/.test(name) ? ` (AAAA-MM-JJ-${name})` : '';
  return issue(
    file,
    lineOf([rule.field], 'key'),
    say(
      `avec le champ "${rule.field}", ce fichier est ${kind.aFile()} : content/${folder}/ ne le publierait pas comme tel`,
      `with the field "${rule.field}", this file is ${kind.aFile()}: content/${folder}/ would not publish it as one`,
    ),
    say(
      `déplacez-le dans content/${kind.folder}/${example}`,
      `move it to content/${kind.folder}/${example.replace('AAAA-MM-JJ', 'YYYY-MM-DD')}`,
    ),
  );
}
