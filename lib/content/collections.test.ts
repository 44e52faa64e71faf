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
  assert.match(
    problems[0],
    /camp\.mdx:1:1 {2}deux fichiers pour la même clé "camp" dans content\/events\/ : .*camp\.md et celui-ci/,
  );
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
      "le dossier content/posts/ n'est pas lu par le site  (le contenu va dans post/, page/, tags/, events/, speakers/, partners/, jobs/, img/, slides/)",
    ],
  );
});

test('one key, one file, in every folder: a second file for a key is refused, never read over the first', () => {
  const problems = problemsOf({
    'content/tags/lyon.md': post('title: Lyon'),
    'content/tags/lyon.mdx': post('title: Réécrit'),
    'content/page/about.md': post('title: A'),
    'content/page/about.mdx': post('title: B'),
    'content/partners/acme.yaml': 'name: Acme\nurl: https://acme.example\n',
    'content/partners/acme.yml': 'name: Pirate\nurl: https://pirate.example\n',
    'content/speakers/lea.yaml': 'name: Léa\n',
    'content/speakers/lea.yml': 'name: Autre\n',
  });
  assert.deepEqual(
    problems
      .map((p) => /deux fichiers pour la même clé "(\w+)" dans (content\/\w+\/)/.exec(p)?.slice(1).join(' '))
      .sort(),
    ['about content/page/', 'acme content/partners/', 'lea content/speakers/', 'lyon content/tags/'],
  );
});

test('a file in the wrong folder is refused once, with the folder it belongs in', () => {
  const problems = problemsOf({
    'content/page/recap-lille.mdx': post('title: Recap\ndate: 2022-07-13\nevent: "lille"\ntags: ["meetup"]'),
    'content/events/2022-10-01-article.mdx': post('title: Article\ndate: 2022-10-01T10:00:00+02:00'),
    'content/post/2027-03-10-meetup.mdx': post(
      'title: Meetup\nstart: 2027-03-10 19:00\nvenue: {name: "S", city: "Lille"}',
    ),
    'content/partners/lea.yml': 'name: Léa\nphoto: /img/lea.jpg\nbio: SRE\n',
    'content/speakers/acme.yml': 'name: Acme\nurl: https://acme.example\n',
  });
  assert.deepEqual(
    problems
      .map((p) => /^\S*?([\w-]+\.\w+):(\d+):\d+ .*\((déplacez-le dans content\/\w+\/)/.exec(p)?.slice(1).join(' '))
      .sort(),
    [
      '2022-10-01-article.mdx 3 déplacez-le dans content/post/',
      '2027-03-10-meetup.mdx 3 déplacez-le dans content/events/',
      'acme.yml 2 déplacez-le dans content/partners/',
      'lea.yml 2 déplacez-le dans content/speakers/',
      'recap-lille.mdx 4 déplacez-le dans content/post/',
    ],
  );
});
