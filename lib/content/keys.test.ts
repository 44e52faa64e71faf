/**
 * References by key (people, partners, tags): a key written as a display name, with capitals
 * or punctuation gets the key it means; one broken field does not hide the file's other key
 * errors; a record refused for one field still exists for the files that name it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { formatIssue } from '../messages/issues.ts';
import { loadFiles, post, TINY_JPEG } from '../test/temp-content.ts';

const NOW = Date.parse('2026-01-01T00:00:00Z');
const errorsOf = (files: Record<string, string | Buffer>) =>
  loadFiles(files, { now: NOW })
    .issues.filter((i) => i.severity === 'error')
    .map((i) => formatIssue({ ...i, file: path.basename(i.file) }));

const PEOPLE = {
  'content/speakers/elodie-faure.yml': 'name: "Élodie Faure"\n',
  'content/speakers/rym.yml': 'name: "Rym"\n',
  'content/speakers/mathieu-corbin.yml': 'name: "Mathieu Corbin"\n',
  'content/speakers/jb.yml': 'name: "Jean-Baptiste Roux"\n',
};

const event = (frontMatter: string) =>
  post(`title: "Meetup"\nstart: 2026-03-10 19:00\nvenue: {name: "Salle", city: "Lille"}\n${frontMatter}`);

test('a person written as a name, in capitals or with a dot gets the key meant, every one in one run', () => {
  const errors = errorsOf({
    ...PEOPLE,
    'content/events/meetup.mdx': event(
      'organizers: ["Élodie Faure", "Rym", "mathieu.corbin", "Jean-Baptiste Roux"]\nsessions:\n  - title: "Un talk"\n    format: talk\n    speakers: ["Mathieu Corbin"]\n    tags: ["Observabilité"]',
    ),
  });
  const hints = errors.map((e) => /\(([^()]*(?:\([^)]*\))?[^()]*)\)$/.exec(e)?.[1]);
  assert.deepEqual(hints, [
    // A session's tag gets its spelling like a post's, and does not hide the people below.
    'écrivez "observabilite"',
    'vouliez-vous dire "elodie-faure" ?',
    'vouliez-vous dire "rym" ?',
    'vouliez-vous dire "mathieu-corbin" ?',
    'vouliez-vous dire "jb" ?',
    'vouliez-vous dire "mathieu-corbin" ?',
  ]);
  assert.match(errors[1], /^meetup\.mdx:5:14 /);
});

test('a person with no file gets the key to write and the file to create, not an unrelated example', () => {
  const [error] = errorsOf({ ...PEOPLE, 'content/events/meetup.mdx': event('organizers: ["Zoé Martin"]') });
  assert.match(error, /"Zoé Martin" n'est pas dans content\/speakers\//);
  assert.match(error, /"zoe-martin" \(content\/speakers\/zoe-martin\.yml\)/);
  assert.doesNotMatch(error, /arthur-busser/);
});

test('a partner written as its name gets its key, also when another field of the post is wrong', () => {
  const errors = errorsOf({
    'content/partners/resilience-care.yml': 'name: "Resilience Care"\nurl: https://example.com\n',
    'content/post/2025-01-01-a.mdx': post(
      'title: "A"\ndate: 2025-01-01T10:00:00+01:00\ndraft: yes\npartners: ["Resilience Care"]',
    ),
  });
  assert.equal(errors.length, 2, errors.join('\n'));
  assert.match(errors.join('\n'), /le partenaire "Resilience Care" .*vouliez-vous dire "resilience-care" \?/);
});

test('a partner refused for its logo is one error, at the logo: the posts and events naming it are not told it is missing', () => {
  const errors = errorsOf({
    'content/img/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    'content/img/ok.jpg': TINY_JPEG,
    'content/partners/nouveau.yml': 'name: "Nouveau"\nurl: https://example.com\nlogo: /img/logo.svg\n',
    'content/speakers/sans-photo.yml': 'name: "Sans photo"\nphoto: /img/absente.jpg\n',
    'content/post/2025-01-01-a.mdx': post('title: "A"\ndate: 2025-01-01T10:00:00+01:00\npartners: ["nouveau"]'),
    'content/events/meetup.mdx': event('partners: ["nouveau"]\norganizers: ["sans-photo"]'),
  });
  assert.deepEqual(
    errors.map((e) => e.split('  ')[0]),
    ['logo.svg:1:1', 'sans-photo.yml:2:8'],
    errors.join('\n'),
  );
});
