import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatIssue } from '../messages/issues.ts';
import { loadFiles, post } from '../test/temp-content.ts';

const NOW = Date.parse('2026-01-01T00:00:00Z');
const problemsOf = (files: Record<string, string>) =>
  loadFiles(files, { now: NOW })
    .issues.filter((i) => i.severity === 'error')
    .map(formatIssue);

const EVENT = post('title: Meetup\nstart: 2025-06-01 19:00\nvenue: {name: Salle, city: Lyon}');

test('each folder refuses a file name that cannot be its key, saying what that folder wants', () => {
  const problems = problemsOf({
    'content/post/Mon Article.mdx': post('title: A\ndate: 2022-01-01'),
    'content/page/2.mdx': post('title: Deux'),
    'content/tags/Summer Camp.md': post('title: Summer Camp'),
    'content/events/Meetup_Lyon.mdx': EVENT,
    'content/partners/La_Dynamo.yml': 'name: La Dynamo\nurl: https://ladynamo.example\n',
    'content/speakers/Léa.yml': 'name: Léa\n',
  });
  assert.deepEqual(
    problems.map((p) => p.replace(/^.*?:1:1 {2}/, '').replace(/ {2}\(.*$/, '')),
    [
      '"La_Dynamo" ne peut pas servir de clé (partner)',
      '"Léa" ne peut pas servir de clé (speaker)',
      'le nom de fichier "Meetup_Lyon" ne peut pas faire une adresse',
      'le nom de fichier "Mon Article" ne peut pas faire une adresse',
      `une page nommée "2" prendrait /page/2/, l'adresse de la page 2 de l'accueil`,
      '"Summer Camp" n\'est pas un nom de mot-clé',
    ],
  );
});

test('two files of one event (x.md and x.mdx) are refused like two posts', () => {
  const problems = problemsOf({ 'content/events/camp.md': EVENT, 'content/events/camp.mdx': EVENT });
  assert.equal(problems.length, 1);
  assert.match(problems[0], /camp\.mdx:1:1 {2}deux fichiers publient \/events\/camp\/ : .*camp\.md et celui-ci/);
});

test('a post naming an event whose own file has errors is not reported a second time', () => {
  const problems = problemsOf({
    'content/events/camp.mdx': post('title: Camp\nstart: 2025-06-01 19:00'),
    'content/post/recap.mdx': post('title: Recap\ndate: 2022-09-05\nevent: camp'),
  });
  assert.equal(problems.length, 1);
  assert.match(problems[0], /camp\.mdx.*ni où il a lieu/);
});

test('a folder the site does not read names every folder it does', () => {
  const problems = problemsOf({ 'content/posts/a.mdx': post('title: A\ndate: 2022-01-01') });
  assert.deepEqual(
    problems.map((p) => p.replace(/^\S+ {2}/, '')),
    [
      "le dossier content/posts/ n'est pas lu par le site  (le contenu va dans post/, page/, tags/, partners/, events/, speakers/, img/, slides/)",
    ],
  );
});
