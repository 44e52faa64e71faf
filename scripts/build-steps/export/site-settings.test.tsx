/**
 * What the export writes from the language and YouTube's addresses follows siteConfig: set
 * to other values here, before any module that reads them is loaded (each test file runs in
 * its own process), the redirect pages, the feeds, the video player and the pages' security
 * policy all move. A literal written again somewhere stays behind and fails this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { siteConfig } from '../../../lib/site-config.ts';

Object.assign(siteConfig, {
  locale: 'en-CA',
  language: 'en',
  youtube: { player: 'https://player.example', site: 'https://videos.example' },
});

// Loaded after the change, as they would be by a site configured this way.
const { redirectHtml } = await import('./aliases.ts');
const { policyFor } = await import('./security-policy.ts');
const { writeFeeds } = await import('./feeds.ts');
const { YouTube } = await import('../../../components/YouTube.tsx');

test('the language reaches the redirect pages and the feeds', () => {
  assert.match(redirectHtml('/post/x/', 'X'), /^<!DOCTYPE html><html lang="en">/);
  const cwd = process.cwd();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'settings-'));
  // An empty image manifest: the feeds' logo is then the plain path.
  fs.mkdirSync(path.join(work, '.generated'));
  fs.writeFileSync(path.join(work, '.generated', 'images.json'), '{}');
  process.chdir(work);
  try {
    writeFeeds(path.join(work, 'out'), { posts: [], tags: [], events: [] });
    assert.match(fs.readFileSync(path.join(work, 'out', 'index.xml'), 'utf8'), /<language>en<\/language>/);
    assert.equal(JSON.parse(fs.readFileSync(path.join(work, 'out', 'feed.json'), 'utf8')).language, 'en-CA');
  } finally {
    process.chdir(cwd);
    fs.rmSync(work, { recursive: true, force: true });
  }
});

test("YouTube's addresses reach the player, its poster and the pages' security policy", () => {
  const html = renderToStaticMarkup(<YouTube id="aSWjCOxZojU" title="Talk" />);
  assert.match(html, /https:\/\/player\.example\/embed\/aSWjCOxZojU\?autoplay=1/);
  assert.match(html, /https:\/\/videos\.example\/watch\?v=aSWjCOxZojU/);
  assert.match(html, /&lt;html lang=&quot;en&quot;&gt;/);
  assert.match(policyFor(''), /frame-src https:\/\/player\.example;/);
});
