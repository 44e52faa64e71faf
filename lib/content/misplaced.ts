/**
 * A file saved in the wrong folder: a recap in content/page/ (published as a page, out of the
 * article list, the feeds and its event's recap link), a post in content/events/ ("start is
 * missing"), a speaker in content/partners/. Told by the fields only another kind has, it is
 * refused once, at that field, with the folder it belongs in, instead of the schema's errors.
 */
import { issue } from '../messages/issues';
import { say } from '../messages/say';
import type { MisplacedCheck } from './collection';
import type { NamedKind } from './kind';

type Rule = { field: string; unless?: string; kind: NamedKind };

/** The wrong-folder rule of these kinds: for each folder, the fields that say a file belongs elsewhere. */
export function misplacedCheck(kinds: readonly NamedKind[]): MisplacedCheck {
  const folderOf = new Map(kinds.map((kind) => [kind.name, kind.folder]));
  const rules = new Map<string, Rule[]>();
  for (const kind of kinds) {
    for (const { field, unless, in: names } of kind.claims ?? []) {
      for (const name of names) {
        const at = folderOf.get(name);
        if (at === undefined) throw new Error(`kind ${kind.name} claims fields in ${name}, which is no kind`);
        rules.set(at, [...(rules.get(at) ?? []), { field, unless, kind }]);
      }
    }
  }
  return (folder, data, file, lineOf) => {
    const rule = rules.get(folder)?.find((r) => r.field in data && !(r.unless && r.unless in data));
    if (!rule) return undefined;
    const { kind } = rule;
    const name = file.split(/[\\/]/).pop() ?? file;
    const example = kind.name === 'post' && !/^\d{4}-\d{2}-\d{2}-/.test(name) ? ` (AAAA-MM-JJ-${name})` : '';
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
  };
}
