/**
 * Turns zod's issues into sentences an organizer can act on, located on the line of the
 * field: `tags[1]: expected text, got 42`. Positions count as a person does: tags[1] is
 * the first tag.
 */
import type { z } from 'zod';
import { issue, type ContentIssue } from '../messages/issues';
import { say } from '../messages/say';
import { slugify } from './slug';
import { didYouMean } from '../messages/suggest';
import type { Locator } from './yaml';

export function describePath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part + 1}]` : `${index ? '.' : ''}${String(part)}`))
    .join('');
}

function shown(value: unknown): string {
  if (value === undefined) return say('rien', 'nothing');
  if (value === null) return say('une valeur vide', 'an empty value');
  const json = JSON.stringify(value);
  return json.length > 40 ? `${json.slice(0, 37)}...` : json;
}

export function schemaIssues(error: z.ZodError, file: string, lineOf: Locator, knownFields: string[]): ContentIssue[] {
  return flattenUnions(error.issues as unknown as RawIssue[]).map((i) => {
    const path = i.path as PropertyKey[];
    const field = describePath(path);
    const raw = i as unknown as { input?: unknown; keys?: string[]; expected?: string; code: string };
    if (i.code === 'unrecognized_keys') {
      const keys = raw.keys ?? [];
      const names = keys.map((k) => `"${k}"`).join(', ');
      const guess = didYouMean(keys[0], knownFields);
      return issue(
        file,
        lineOf([...path, keys[0]], 'key'),
        say(
          `champ${keys.length > 1 ? 's' : ''} inconnu${keys.length > 1 ? 's' : ''} ${names}`,
          `unknown field${keys.length > 1 ? 's' : ''} ${names}`,
        ),
        `${guess ? `${guess} ` : ''}${say(`champs connus : ${knownFields.join(', ')}`, `known fields: ${knownFields.join(', ')}`)}`,
      );
    }
    if (i.code === 'invalid_type' && raw.input === undefined) {
      const yml = /\.ya?ml$/.test(file);
      const line = `"${String(path[path.length - 1])}: ..."`;
      return issue(
        file,
        lineOf(path),
        say(`${field} manque`, `${field} is missing`),
        say(
          `ajoutez une ligne ${line} ${yml ? 'au fichier' : 'au front matter'}`,
          `add a line ${line} to ${yml ? 'the file' : 'the front matter'}`,
        ),
      );
    }
    if (i.code === 'invalid_type') {
      return issue(
        file,
        lineOf(path),
        `${field}: ${i.message.replace(/^Invalid input: /, '')}, ${say('reçu', 'got')} ${shown(raw.input)}`,
      );
    }
    if (i.code === 'invalid_union') {
      return issue(
        file,
        lineOf(path),
        say(
          `${field} : la valeur ${shown(raw.input)} n'a pas une forme acceptée`,
          `${field}: the value ${shown(raw.input)} does not have an accepted form`,
        ),
        unionHint(path),
      );
    }
    if (i.code === 'invalid_value') {
      return issue(
        file,
        lineOf(path),
        `${field}: ${i.message.replace(/^Invalid option: /, '')}, ${say('reçu', 'got')} ${shown(raw.input)}`,
      );
    }
    // A tag written "Summer Camp" or "Meetup", of a post or of a session: say which spelling the site wants.
    const inTags = path.filter((p) => typeof p === 'string').at(-1) === 'tags';
    const tagHint =
      inTags && typeof raw.input === 'string' && slugify(raw.input)
        ? say(`écrivez "${slugify(raw.input)}"`, `write "${slugify(raw.input)}"`)
        : undefined;
    return issue(file, lineOf(path), `${field}: ${i.message}`, tagHint);
  });
}

type RawIssue = z.core.$ZodIssue & { errors?: RawIssue[][] };

/**
 * A union (tags: one tag or a list of tags) reports one issue per branch. When one branch
 * got further into the value (its issues have deeper paths), it is the form the author
 * meant: report that branch's issues rather than "does not have an accepted form".
 */
function flattenUnions(issues: RawIssue[]): RawIssue[] {
  return issues.flatMap((i) => {
    if (i.code !== 'invalid_union' || !i.errors?.length) return [i];
    const depth = (branch: RawIssue[]) => Math.max(...branch.map((b) => b.path.length));
    const best = [...i.errors].sort((a, b) => depth(b) - depth(a))[0];
    if (depth(best) === 0) return [i];
    return flattenUnions(best.map((b) => ({ ...b, path: [...i.path, ...b.path] }) as RawIssue));
  });
}

function unionHint(path: readonly PropertyKey[]): string | undefined {
  const top = String(path[0]);
  const write = (example: string) => say(`écrivez ${example}`, `write ${example}`);
  if (top === 'bigimg') return write('bigimg: [{src: "/img/photo.jpg", desc: "Légende"}]');
  if (top === 'tags') return write('tags: ["meetup", "lyon"]');
  if (top === 'partners') return write('partners: [{key: "resilience-care", tier: "gold"}]');
  if (top === 'author') return write('author: "Prénom Nom"');
  return undefined;
}
