/**
 * Two files for one person split their talks across two speaker pages (« Mathieu » beside
 * « Mathieu Corbin »). The check cannot know they are the same person, so it only warns:
 * a record named by a first name alone, or whose key is the start of another key
 * (mathieu, mathieu-corbin), beside one that shares that first name.
 */
import fs from 'node:fs';
import path from 'node:path';
import { issue, type ContentIssue } from '../messages/issues';
import { say } from '../messages/say';
import type { Speaker } from './types';

const firstName = (name: string) =>
  (name.trim().split(/\s+/)[0] ?? '').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const isFirstNameOnly = (name: string) => name.trim().split(/\s+/).length === 1;

/** Pairs [short, full] of records that may be one person; each short record once, by key. */
export function lookAlikeSpeakers(speakers: Iterable<Speaker>): [Speaker, Speaker][] {
  const byFirstName = new Map<string, Speaker[]>();
  for (const speaker of speakers) {
    const first = firstName(speaker.name);
    byFirstName.set(first, [...(byFirstName.get(first) ?? []), speaker]);
  }
  const pairs: [Speaker, Speaker][] = [];
  for (const group of byFirstName.values()) {
    if (group.length < 2) continue;
    for (const short of group) {
      const full = group.find(
        (other) =>
          other !== short &&
          ((isFirstNameOnly(short.name) && !isFirstNameOnly(other.name)) || other.key.startsWith(`${short.key}-`)),
      );
      if (full) pairs.push([short, full]);
    }
  }
  return pairs.sort(([a], [b]) => a.key.localeCompare(b.key));
}

/** The warnings, at the `name:` line of the shorter record's file. */
export function checkLookAlikeSpeakers(
  speakers: Iterable<Speaker>,
  folder: string,
  display: (abs: string) => string,
): ContentIssue[] {
  return lookAlikeSpeakers(speakers).map(([short, full]) => {
    const abs = fileOf(folder, short.key);
    const fullFile = path.basename(fileOf(folder, full.key));
    return issue(
      display(abs),
      { line: nameLine(abs) },
      say(
        `« ${short.name} » ressemble à « ${full.name} » (${fullFile}) : une même personne aurait ses talks répartis sur deux pages d'intervenant`,
        `"${short.name}" looks like "${full.name}" (${fullFile}): one person would have their talks split across two speaker pages`,
      ),
      say(
        `si c'est la même personne, remplacez la clé ${short.key} par ${full.key} dans les événements et supprimez ce fichier ; sinon, écrivez son nom complet`,
        `if so, replace the key ${short.key} with ${full.key} in the events and delete this file; otherwise write their full name`,
      ),
      'warning',
    );
  });
}

function fileOf(folder: string, key: string): string {
  const yml = path.join(folder, `${key}.yml`);
  return fs.existsSync(yml) ? yml : path.join(folder, `${key}.yaml`);
}

function nameLine(abs: string): number {
  try {
    const lines = fs.readFileSync(abs, 'utf8').split(/\r?\n/);
    const index = lines.findIndex((line) => /^name\s*:/.test(line));
    return index >= 0 ? index + 1 : 1;
  } catch {
    return 1;
  }
}
