/**
 * A file saved in the wrong folder: a recap in content/page/ (published as a page, out of the
 * article list, the feeds and its event's recap link), a post in content/events/ ("start is
 * missing"), a speaker in content/partners/. Told by the fields only another kind has, it is
 * refused once, at that field, with the folder it belongs in, instead of the schema's errors.
 */
import { issue, type ContentIssue } from '../messages/issues';
import { say } from '../messages/say';
import type { Locator } from './yaml';

type Kind = { folder: string; noun: string };

const POST: Kind = { folder: 'post', noun: say('un article', 'a post') };
const EVENT: Kind = { folder: 'events', noun: say('un événement', 'an event') };
const SPEAKER: Kind = { folder: 'speakers', noun: say('une personne', 'a person') };
const PARTNER: Kind = { folder: 'partners', noun: say('un partenaire', 'a partner') };

/** For each folder: the fields that say a file belongs elsewhere, unless it also has `unless`. */
const RULES: Record<string, { field: string; unless?: string; kind: Kind }[]> = {
  page: [
    { field: 'event', kind: POST },
    { field: 'start', kind: EVENT },
  ],
  events: [{ field: 'date', unless: 'start', kind: POST }],
  post: [{ field: 'start', unless: 'date', kind: EVENT }],
  tags: [
    { field: 'date', kind: POST },
    { field: 'start', kind: EVENT },
  ],
  partners: ['photo', 'bio', 'company', 'links'].map((field) => ({ field, unless: 'logo', kind: SPEAKER })),
  speakers: ['logo', 'url'].map((field) => ({ field, unless: 'photo', kind: PARTNER })),
};

export function misplacedFile(
  folder: string,
  data: Record<string, unknown>,
  file: string,
  lineOf: Locator,
): ContentIssue | undefined {
  const rule = RULES[folder]?.find((r) => r.field in data && !(r.unless && r.unless in data));
  if (!rule) return undefined;
  const { kind } = rule;
  const name = file.split(/[\\/]/).pop() ?? file;
  const example = kind.folder === 'post' && !/^\d{4}-\d{2}-\d{2}-/.test(name) ? ` (AAAA-MM-JJ-${name})` : '';
  return issue(
    file,
    lineOf([rule.field], 'key'),
    say(
      `avec le champ "${rule.field}", ce fichier est ${kind.noun} : content/${folder}/ ne le publierait pas comme tel`,
      `with the field "${rule.field}", this file is ${kind.noun}: content/${folder}/ would not publish it as one`,
    ),
    say(
      `déplacez-le dans content/${kind.folder}/${example}`,
      `move it to content/${kind.folder}/${example.replace('AAAA-MM-JJ', 'YYYY-MM-DD')}`,
    ),
  );
}
