import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { formatIssue } from '../messages/issues.ts';
import { loadFiles, post } from '../test/temp-content.ts';

const NOW = Date.parse('2026-01-01T00:00:00Z');
const errorsOf = (files: Record<string, string | Buffer>) =>
  loadFiles(files, { now: NOW })
    .issues.filter((i) => i.severity === 'error')
    .map(formatIssue);
// A real, tiny JPEG: content/img/ files are read as images, not only by name.
const JPEG = fs.readFileSync(path.join(import.meta.dirname, 'fixtures', 'hostile', 'content', 'img', 'ok.jpg'));
const lyon = post('title: "Lyon"\ndate: 2022-07-12T19:00:00+01:00');

test('a misspelt field gets the nearest field, at its line', () => {
  const [error] = errorsOf({ 'content/post/a.md': post('title: A\ndate: 2022-01-01\ntag: ["meetup"]') });
  assert.match(
    error,
    /^content\/post\/a\.md:4:1 {2}champ inconnu "tag" {2}\(vouliez-vous dire "tags" \? champs connus : /,
  );
});

test('a tag written with capitals gets its spelling, counted from 1', () => {
  const [error] = errorsOf({ 'content/post/a.md': post('title: A\ndate: 2022-01-01\ntags: ["lyon", "Meetup"]') });
  assert.match(
    error,
    /^content\/post\/a\.md:4:16 {2}tags\[2\]: les mots-clés sont en minuscules.* {2}\(écrivez "meetup"\)$/,
  );
});

test('a component written with the wrong letter case gets the right one', () => {
  const [error] = errorsOf({ 'content/post/a.md': post('title: A\ndate: 2022-01-01', '<Youtube id="5GxEaOzIZ7I" />') });
  assert.match(
    error,
    /composant inconnu <Youtube> {2}\(vouliez-vous dire "YouTube" \? seule la casse \(majuscules, minuscules\) diffère ; composants permis : /,
  );
});

test('a link to a misspelt post address gets the nearest published post', () => {
  const [error] = errorsOf({
    'content/post/2022-08-01-live-from-lyon.md': lyon,
    'content/post/a.md': post('title: A\ndate: 2022-01-01', 'Voir [Lyon](/post/2022-08-01-live-from-lyom/).'),
  });
  assert.match(
    error,
    /lien vers "\/post\/2022-08-01-live-from-lyom\/" : aucune page n'a cette adresse {2}\(vouliez-vous dire "\/post\/2022-08-01-live-from-lyon\/" \?\)/,
  );
});

test('an image path that differs only by letter case says so', () => {
  const [error] = errorsOf({
    'content/img/meetup/Lyon-2022.jpg': JPEG,
    'content/post/a.md': post('title: A\ndate: 2022-01-01\nimage: "/img/meetup/lyon-2022.jpg"'),
  });
  assert.match(
    error,
    /l'image "\/img\/meetup\/lyon-2022\.jpg" n'existe pas {2}\(vouliez-vous dire "\/img\/meetup\/Lyon-2022\.jpg" \? seule la casse/,
  );
});

test('no suggestion when nothing is near', () => {
  const [error] = errorsOf({ 'content/post/a.md': post('title: A\ndate: 2022-01-01\nzzzzzz: 1') });
  assert.doesNotMatch(error, /vouliez-vous dire/);
});
