import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkExport } from './check-export.ts';

function site(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'linkcheck-'));
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

const page = (head: string, body: string) =>
  `<!doctype html><html lang="fr"><head><title>t</title>${head}</head><body>${body}</body></html>`;
const found = (broken: { url: string; reason: string; from: string[] }[]) =>
  broken.map((b) => `${b.url} ${b.reason} <- ${b.from.join(', ')}`);

test('at the root: broken links, srcset entries, css assets, share images, fragments, feed entries and pages nothing links to', async () => {
  const dir = site({
    'style.css': 'body { background: url(/img/bg.png); } h1 { background: url(/img/gone-bg.png); }',
    'img/bg.png': 'png',
    'img/ok.jpg': 'jpg',
    '404.html': page('', '<a href="/">accueil</a>'),
    'index.html': page(
      '<link rel="stylesheet" href="/style.css"><meta property="og:image" content="https://example.org/og/missing.jpg"><link rel="alternate" type="application/rss+xml" href="https://example.org/index.xml">',
      '<h2 id="intro">Intro</h2><a href="/post/a/">a</a> <a href="/post/a">a sans barre</a> <a href="#intro">intro</a> <a href="#outro">outro</a> <a href="https://example.invalid/">ailleurs</a> <a href="mailto:a@b.fr">mail</a> <img src="/img/ok.jpg" alt="">',
    ),
    'post/a/index.html': page(
      '',
      '<a href="/post/missing/">cassé</a> <a href="/#nowhere">ancre</a> <a href="/post/a/#top">haut</a> <p id="top"></p> <picture><source srcset="/img/ok.jpg 400w, /_img/gone-800.webp 800w"><img src="/img/ok.jpg" alt=""></picture>',
    ),
    'orphan/index.html': page('', '<img src="/img/absent.jpg" alt="">'),
    'old/index.html': page('<meta http-equiv="refresh" content="0; url=/moved/">', ''),
    'index.xml':
      '<rss><channel><item><link>https://example.org/post/a/</link></item><item><link>https://example.org/gone/</link><description>&lt;a href="https://example.org/post/a/#nope"&gt;</description></item></channel></rss>',
    'robots.txt': 'Sitemap: https://example.org/sitemap.xml\n',
  });
  try {
    const report = await checkExport({ dir, basePath: '', siteUrl: 'https://example.org' });
    assert.deepEqual(found(report.broken), [
      '/#nowhere no element with this id <- /post/a/',
      '/#outro no element with this id <- /',
      '/_img/gone-800.webp HTTP 404 <- /post/a/',
      '/gone/ HTTP 404 <- /index.xml',
      '/img/absent.jpg HTTP 404 <- /orphan/',
      '/img/gone-bg.png HTTP 404 <- /style.css',
      '/moved/ HTTP 404 <- /old/',
      '/og/missing.jpg HTTP 404 <- /',
      '/post/a/#nope no element with this id <- /index.xml',
      '/post/missing/ HTTP 404 <- /post/a/',
      '/sitemap.xml HTTP 404 <- /robots.txt',
    ]);
    assert.equal(report.pages, 5);
    assert.ok(report.checked > 5);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('under a base path: every link must stay inside it, feeds included', async () => {
  const dir = site({
    'index.html': page(
      '',
      `<a href="/site/a/">ok</a> <a href="/site/a/#programme">ok anchor</a> <a href="/site/a/#nope">dead anchor</a>
      <a href="/site/missing/">missing</a> <img src="/logo.png" alt=""> <img srcset="/site/img/x.jpg 1x, /site/img/y.jpg 2x" alt="">
      <a href="https://example.org/elsewhere">external</a>`,
    ),
    'a/index.html': page('', '<h2 id="programme">Programme</h2>'),
    'img/x.jpg': 'x',
    'robots.txt': 'Sitemap: https://example.github.io/site/sitemap.xml\n',
    'sitemap.xml': '<urlset><url><loc>https://example.github.io/site/a/</loc></url></urlset>',
    'index.xml':
      '<rss><channel><item><link>https://example.github.io/site/gone/</link></item><item><link>https://example.github.io/a/</link></item></channel></rss>',
  });
  try {
    const report = await checkExport({ dir, basePath: '/site', siteUrl: 'https://example.github.io' });
    assert.deepEqual(found(report.broken), [
      '/a/ outside the base path /site/ <- /site/index.xml',
      '/logo.png outside the base path /site/ <- /site/',
      '/site/a/#nope no element with this id <- /site/',
      '/site/gone/ HTTP 404 <- /site/index.xml',
      '/site/img/y.jpg HTTP 404 <- /site/',
      '/site/missing/ HTTP 404 <- /site/',
    ]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
