import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadFiles, post } from '../test/temp-content';
import { aliasRedirects } from './aliases';

const errors = (result: ReturnType<typeof loadFiles>) =>
  result.issues.filter((i) => i.severity === 'error').map((i) => `${i.file}:${i.line} ${i.message}`);

test('old addresses become redirects to the page, with a trailing slash added', () => {
  const result = loadFiles({
    'content/post/2019-05-02-meetup.mdx': post(
      'title: Meetup\ndate: 2019-05-02\naliases:\n  - /2019/05/meetup\n  - /meetup.html',
    ),
  });
  assert.deepEqual(errors(result), []);
  assert.deepEqual(aliasRedirects(result.content), [
    { from: '/2019/05/meetup/', to: '/post/2019-05-02-meetup/', title: 'Meetup' },
    { from: '/meetup.html', to: '/post/2019-05-02-meetup/', title: 'Meetup' },
  ]);
});

test('an old address may not hide a page, be claimed twice, sit in a build folder or climb out', () => {
  const result = loadFiles({
    'content/post/2019-05-02-a.mdx': post(
      'title: A\ndate: 2019-05-02\ntags: [meetup]\naliases:\n  - /tags/meetup/\n  - /old/',
    ),
    'content/post/2019-05-03-b.mdx': post('title: B\ndate: 2019-05-03\naliases:\n  - /old\n  - /img/x/'),
    'content/page/c.mdx': post('title: C\naliases:\n  - /../../etc/\n  - relative/'),
  });
  // Posts are read newest first: B claims /old/ before A.
  assert.deepEqual(errors(result).sort(), [
    'content/page/c.mdx:4 aliases[1]: an old address cannot contain "." or ".." folders',
    "content/page/c.mdx:5 aliases[2]: une ancienne adresse commence par / et n'a ni espace, ni ?, ni #, ni \\, par exemple /2019/05/meetup-lyon/",
    'content/post/2019-05-02-a.mdx:6 aliases : /tags/meetup/ est déjà une page du site',
    'content/post/2019-05-02-a.mdx:7 aliases : /old/ est déjà une ancienne adresse de content/post/2019-05-03-b.mdx',
    'content/post/2019-05-03-b.mdx:6 aliases : /img/x/ est dans un dossier que la construction du site écrit',
  ]);
});
