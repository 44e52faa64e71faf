import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { crawlExport } from './crawl.ts';

function site(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crawl-'));
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

test('reports missing pages, assets outside the base path, dead anchors and broken feed links', async () => {
  const dir = site({
    'index.html': `<html><body>
      <a href="/site/a/">ok</a> <a href="/site/a/#programme">ok anchor</a> <a href="/site/a/#nope">dead anchor</a>
      <a href="/site/missing/">missing</a> <img src="/logo.png" alt=""> <img srcset="/site/img/x.jpg 1x, /site/img/y.jpg 2x" alt="">
      <a href="https://example.org/elsewhere">external</a> <a href="mailto:a@b.fr">mail</a></body></html>`,
    'a/index.html': '<html><body><h2 id="programme">Programme</h2></body></html>',
    'img/x.jpg': 'x',
    'index.xml': '<rss><channel><item><link>https://example.github.io/site/gone/</link></item></channel></rss>',
  });
  try {
    const result = await crawlExport({ dir, basePath: '/site', siteUrl: 'https://example.github.io', entries: ['/index.xml'] });
    const found = result.broken.map((b) => `${b.url} ${b.reason}`).sort();
    assert.deepEqual(found, [
      '/logo.png outside the base path /site/',
      '/site/a/#nope no element with this id',
      '/site/gone/ HTTP 404',
      '/site/img/y.jpg HTTP 404',
      '/site/missing/ HTTP 404',
    ]);
    assert.equal(result.pages >= 2, true);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
