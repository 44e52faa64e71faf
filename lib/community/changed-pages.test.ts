import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadFiles, post } from '../test/temp-content.ts';
import { buildArchive } from '../content/archive.ts';
import { changedPages } from './changed-pages.ts';

test('the files of a pull request map to the pages a reviewer should look at', () => {
  const { content } = loadFiles(
    {
      'content/speakers/lea.yml': 'name: Léa Martin\n',
      'content/speakers/idle.yml': 'name: Sans talk\n',
      'content/img/meetup/bordeaux.jpg': Buffer.from('not decoded by the check'),
      'content/events/2027-meetup.mdx': post(
        'title: Meetup\nstart: 2027-02-11 19:00\nvenue: {name: Salle, city: Bordeaux}\nhero: /img/meetup/bordeaux.jpg\nsessions:\n  - {title: Talk, format: talk, speakers: [lea]}',
      ),
      'content/post/2027-02-12-recap.mdx': post('title: Recap\ndate: 2027-02-12\ntags: [meetup]'),
      'content/post/2099-01-01-later.mdx': post('title: Plus tard\ndate: 2099-01-01'),
    },
    { now: Date.parse('2027-03-01T00:00:00Z') },
  );
  const files = [
    'content/post/2027-02-12-recap.mdx',
    'content/post/2099-01-01-later.mdx',
    'content/events/2027-meetup.mdx',
    'content/speakers/lea.yml',
    'content/speakers/idle.yml',
    'content/img/meetup/bordeaux.jpg',
    'content/partners/x.yml',
    'components/PostCard.tsx',
  ];
  assert.deepEqual(changedPages(files, content, buildArchive(content)), {
    pages: ['/events/', '/events/2027-meetup/', '/partners/', '/post/2027-02-12-recap/', '/speakers/lea/'],
    unpublished: ['content/post/2099-01-01-later.mdx', 'content/speakers/idle.yml'],
  });
});
