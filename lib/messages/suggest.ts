/**
 * "Did you mean": the nearest known name to a misspelt one (a field, a tag, a component,
 * a page address, an image path). A small edit distance is enough for names this short.
 */
import { say } from './say';
import { slugify } from '../content/slug';

/** Levenshtein distance: insertions, deletions and substitutions, each costing 1. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/**
 * The candidate closest to `word`: one equal but for letter case first, else the nearest
 * within about a third of the word's length (so "tittle" finds "title", "foo" finds nothing).
 */
export function nearest(word: string, candidates: Iterable<string>): string | undefined {
  const list = [...candidates];
  const sameLetters = list.find((c) => c !== word && c.toLowerCase() === word.toLowerCase());
  if (sameLetters) return sameLetters;
  const limit = Math.max(1, Math.floor(word.length / 3));
  let best: { name: string; distance: number } | undefined;
  for (const name of list) {
    const distance = editDistance(word.toLowerCase(), name.toLowerCase());
    if (distance <= limit && (!best || distance < best.distance)) best = { name, distance };
  }
  return best?.name;
}

/** `vouliez-vous dire "title" ?` (and "only the letter case differs" when that is all). */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  const found = nearest(word, candidates);
  if (!found) return undefined;
  if (found.toLowerCase() === word.toLowerCase()) {
    return say(
      `vouliez-vous dire "${found}" ? seule la casse (majuscules, minuscules) diffère`,
      `did you mean "${found}"? only the letter case differs`,
    );
  }
  return say(`vouliez-vous dire "${found}" ?`, `did you mean "${found}"?`);
}

/**
 * The key meant by a reference written as a display name, with capitals or punctuation
 * ("Élodie Faure", "Rym", "mathieu.corbin"): its key form if that exists, else the key of a
 * record whose display name it is, else the nearest key. `names`: each key's display name.
 */
export function meantKey(
  written: string,
  keys: Iterable<string>,
  names?: Iterable<[string, string]>,
): string | undefined {
  const list = [...keys];
  const form = slugify(written);
  if (form && form !== written && list.includes(form)) return form;
  for (const [key, name] of names ?? []) if (key !== written && form && slugify(name) === form) return key;
  const near = nearest(form || written, list);
  return near === written ? undefined : near;
}

/**
 * `vouliez-vous dire "elodie-faure" ?` for a misspelt key, else, for a key not in key form,
 * the form to write and the file that would define it (`folder`: content/speakers/...).
 */
export function keyHint(
  written: string,
  keys: Iterable<string>,
  folder: string,
  names?: Iterable<[string, string]>,
): string | undefined {
  const meant = meantKey(written, keys, names);
  if (meant) return say(`vouliez-vous dire "${meant}" ?`, `did you mean "${meant}"?`);
  const form = slugify(written);
  if (!form || form === written) return undefined;
  return say(
    `une clé s'écrit en minuscules avec des tirets, comme le nom de son fichier : "${form}" (content/${folder}/${form}.yml)`,
    `a key is written in lower case with hyphens, like its file name: "${form}" (content/${folder}/${form}.yml)`,
  );
}
