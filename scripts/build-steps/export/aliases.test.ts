import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeAliasRedirects } from './aliases.ts';
import type { Post } from '../../../lib/content/types.ts';

const postWith = (aliases: string[]) =>
  ({
    url: '/post/2019-05-02-meetup/',
    title: 'Meetup <Lyon>',
    aliases: aliases.map((p) => ({ path: p, line: 3 })),
  }) as unknown as Post;

test('each old address gets a page that sends the reader on, without script', () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'out-'));
  assert.equal(writeAliasRedirects(out, { posts: [postWith(['/2019/05/meetup/', '/meetup.html'])], pages: [] }), 2);
  for (const file of ['2019/05/meetup/index.html', 'meetup.html']) {
    const html = fs.readFileSync(path.join(out, file), 'utf8');
    assert.match(html, /<meta http-equiv="refresh" content="0; url=\/post\/2019-05-02-meetup\/"\/>/);
    assert.match(html, /<link rel="canonical" href="https?:\/\/[^"]+\/post\/2019-05-02-meetup\/"\/>/);
    assert.match(html, /<meta name="robots" content="noindex"\/>/);
    assert.match(html, /script-src 'none'/);
    assert.match(html, /<a href="\/post\/2019-05-02-meetup\/">Meetup &lt;Lyon&gt;<\/a>/);
  }
});

test('an old address never replaces a published file', () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'out-'));
  fs.mkdirSync(path.join(out, 'files'));
  fs.writeFileSync(path.join(out, 'files', 'index.html'), 'published');
  assert.throws(
    () => writeAliasRedirects(out, { posts: [postWith(['/files/'])], pages: [] }),
    /aliases: \/files\/ .* would replace files\/index\.html/,
  );
  assert.equal(fs.readFileSync(path.join(out, 'files', 'index.html'), 'utf8'), 'published');
});
