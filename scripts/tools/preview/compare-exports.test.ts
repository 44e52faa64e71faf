import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compareExports, comparisonLines } from './compare-exports';

/** An export as next build and postbuild write it: a build id folder, a hashed stylesheet, pages. */
function exportOf(buildId: string, css: { name: string; body: string }, files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'compare-exports-'));
  const write = (rel: string, body: string | Buffer) => {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), body);
  };
  write(`_next/static/${buildId}/_buildManifest.js`, 'self.__BUILD_MANIFEST={}');
  write(`_next/static/css/${css.name}.css`, css.body);
  for (const [rel, body] of Object.entries(files)) {
    write(
      rel,
      rel.endsWith('.html')
        ? `<!DOCTYPE html><html><head><link rel="stylesheet" href="/_next/static/css/${css.name}.css"><meta name="b" content="${buildId}"></head>\n<body>${body}</body></html>`
        : body,
    );
  }
  return dir;
}

const site = {
  'index.html': '<p>Accueil</p>',
  'post/x/index.html': '<h1>Un article</h1>',
  'index.xml': '<rss><item>x</item></rss>',
  'og/post/x.jpg': 'JPEGBYTES',
};

test('two builds of the same site are the same, whatever their build ids and hashed names', () => {
  const before = exportOf('AAAA', { name: '0a1b2c', body: 'p{color:red}' }, site);
  const after = exportOf('BBBB', { name: '9f8e7d', body: 'p{color:red}' }, site);
  assert.deepEqual(compareExports(before, after), { added: [], removed: [], changed: [], same: 6 });
});

test('pages and files added, removed, changed, each change at its first difference', () => {
  const before = exportOf('AAAA', { name: '0a1b2c', body: 'p{color:red}' }, site);
  const { 'index.xml': _, ...rest } = site;
  const after = exportOf(
    'BBBB',
    { name: '9f8e7d', body: 'p{color:red}' },
    {
      ...rest,
      'post/x/index.html': '<h1>Un autre article</h1>',
      'og/post/x.jpg': 'JPEGBYTEZ',
      'jobs/sre/index.html': '<h1>Offre</h1>',
    },
  );
  const c = compareExports(before, after);
  assert.deepEqual(c.added, ['jobs/sre/index.html']);
  assert.deepEqual(c.removed, ['index.xml']);
  assert.deepEqual(
    c.changed.map((d) => [d.file, d.line, d.column]),
    [
      ['og/post/x.jpg', 0, 9],
      ['post/x/index.html', 2, 15],
    ],
  );
  const page = c.changed[1];
  assert.match(page.before, /<h1>Un article/);
  assert.match(page.after, /<h1>Un autre article/);
  assert.equal(comparisonLines(c)[0], '3 files identical, 1 added, 1 removed, 2 changed');
});

test('a changed stylesheet shows, on the stylesheet and on the pages that link it', () => {
  const before = exportOf('AAAA', { name: '0a1b2c', body: 'p{color:red}' }, site);
  const after = exportOf('BBBB', { name: '9f8e7d', body: 'p{color:blue}' }, site);
  const c = compareExports(before, after);
  assert.equal(c.added.length, 1);
  assert.match(c.added[0], /^_next\/static\/css\/[0-9a-f]{16}\.css$/);
  assert.equal(c.removed.length, 1);
  assert.deepEqual(
    c.changed.map((d) => d.file),
    ['index.html', 'post/x/index.html'],
  );
});
