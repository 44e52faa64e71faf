import { test } from 'node:test';
import assert from 'node:assert/strict';
import { onePerPageType } from './page-types';

test('Lighthouse visits one page of each kind: every section page, the first of each set of pages', () => {
  const pages = [
    '/',
    '/post/',
    '/post/2025-10-20-recap/',
    '/post/2025-09-01-welcome/',
    '/post/page/2/',
    '/events/',
    '/events/2025-10-14-meetup/',
    '/talks/',
    '/talks/format/talk/',
    '/talks/format/quickie/',
    '/talks/sujet/meetup/',
    '/speakers/',
    '/speakers/amira/',
    '/speakers/noah/',
  ];
  assert.deepEqual(onePerPageType(pages), [
    '/',
    '/events/',
    '/events/2025-10-14-meetup/',
    '/post/',
    '/post/2025-09-01-welcome/',
    '/post/page/2/',
    '/speakers/',
    '/speakers/amira/',
    '/talks/',
    '/talks/format/quickie/',
    '/talks/sujet/meetup/',
  ]);
});
