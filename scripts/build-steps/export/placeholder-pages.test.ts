import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { removePlaceholderPages } from './placeholder-pages';
import { PLACEHOLDER_SEGMENT, pagesOrPlaceholder } from '../../../lib/static-params';

test('a route with nothing to list gets one placeholder page; a route with pages keeps them alone', () => {
  assert.deepEqual(pagesOrPlaceholder([], ['tag', 'n']), [{ tag: PLACEHOLDER_SEGMENT, n: PLACEHOLDER_SEGMENT }]);
  assert.deepEqual(pagesOrPlaceholder([{ tag: 'sre' }], ['tag']), [{ tag: 'sre' }]);
});

test('postbuild removes the placeholder pages and their payloads, and nothing else', () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'placeholder-'));
  const write = (rel: string) => {
    fs.mkdirSync(path.dirname(path.join(out, rel)), { recursive: true });
    fs.writeFileSync(path.join(out, rel), 'x');
  };
  for (const rel of [
    `tags/${PLACEHOLDER_SEGMENT}/index.html`,
    `tags/${PLACEHOLDER_SEGMENT}.txt`,
    `events/${PLACEHOLDER_SEGMENT}/${PLACEHOLDER_SEGMENT}`,
    'tags/sre/index.html',
    `post/a-post-about-${PLACEHOLDER_SEGMENT}/index.html`,
  ])
    write(rel);
  assert.deepEqual(removePlaceholderPages(out).sort(), [
    `events/${PLACEHOLDER_SEGMENT}`,
    `tags/${PLACEHOLDER_SEGMENT}`,
    `tags/${PLACEHOLDER_SEGMENT}.txt`,
  ]);
  assert.ok(fs.existsSync(path.join(out, 'tags/sre/index.html')));
  assert.ok(fs.existsSync(path.join(out, `post/a-post-about-${PLACEHOLDER_SEGMENT}/index.html`)));
  assert.ok(!fs.existsSync(path.join(out, `tags/${PLACEHOLDER_SEGMENT}`)));
});
