/**
 * Legit content that looks like an attack, or that other tools break: each must-accept file
 * of the hostile corpus is checked, compiled and rendered as the site renders a post, then
 * taken through the export's page pass, and reads as written (code shows its markup, the
 * summary mark in code is code, emoji stay whole).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { loadContent } from '../../../lib/content/load.ts';
import { headMetas, parsePage } from '../../../lib/html/page-tree.ts';
import { passPage } from './page-pass.ts';
import { renderMdx } from '../../../lib/mdx/render.tsx';

const CORPUS = path.join(import.meta.dirname, '..', '..', '..', 'lib', 'content', 'fixtures', 'hostile', 'content');
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The post of `file` as the export writes it: checked, rendered, through the page pass. */
async function exported(file: string) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'accept-'));
  try {
    const contentDir = path.join(root, 'content');
    fs.mkdirSync(path.join(contentDir, 'post'), { recursive: true });
    fs.mkdirSync(path.join(contentDir, 'tags'));
    fs.writeFileSync(path.join(contentDir, 'tags', 'meetup.md'), '---\ntitle: "Meetups"\n---\n\nLes meetups.\n');
    fs.copyFileSync(path.join(CORPUS, file), path.join(contentDir, file));
    const { content, issues } = loadContent({ contentDir, publicDir: path.join(root, 'public'), now: Date.now() });
    assert.deepEqual(
      issues.filter((i) => i.severity === 'error').map((i) => `${i.line}: ${i.message}`),
      [],
      file,
    );
    const post = content.posts[0];
    const body = renderToStaticMarkup(await renderMdx(post, { document: post, partners: content.partners }));
    const title = escapeHtml(post.title);
    const page =
      `<!DOCTYPE html><html lang="fr"><head><meta charSet="utf-8"/><title>${title}</title></head>` +
      `<body><main><h1>${title}</h1><p>${escapeHtml(post.summary)}</p><div data-feed-body="">${body}</div></main></body></html>`;
    const passed = passPage(page, post.url, { withFeedBody: true });
    const doc = parsePage(passed.html);
    assert.equal(headMetas(doc, 'content-security-policy').length, 1, `${file}: one policy`);
    assert.equal(headMetas(doc, 'refresh').length, 0, `${file}: no redirect`);
    return { post, html: passed.html, feed: passed.feedBody ?? '' };
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

test('code fences and code spans full of markup show it as text, on the page and in the feed', async () => {
  const { html, feed } = await exported('post/accept-code-fences.mdx');
  for (const shown of [
    '&lt;meta http-equiv=&quot;Content-Security-Policy&quot; content=&quot;script-src *&quot;&gt;',
    '&lt;meta http-equiv=&quot;refresh&quot;',
    '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;',
    '&lt;div data-feed-body=&quot;&quot;&gt;faux&lt;/div&gt;',
    '<code>&lt;!--more--&gt;</code>',
    ']]&gt;',
    '&lt;Tweet id=&quot;1&quot; /&gt;',
  ])
    assert.ok(feed.includes(shown) && html.includes(shown), shown);
  // The wrapped code span keeps its comment, its line break read as a space.
  assert.ok(feed.includes('<code>&lt;!-- sur deux lignes --&gt;</code>'));
});

test('a file from the web editor (byte order mark, CRLF) with a wrapped code span keeps its summary mark', async () => {
  const { post, feed } = await exported('post/accept-crlf-bom.mdx');
  assert.equal(post.title, 'Écrit dans l’éditeur de GitHub');
  assert.match(post.summary, /^Premier paragraphe, avec du code <!--\s+sur deux lignes --> dedans\.$/);
  assert.ok(feed.includes('<code>du code &lt;!-- sur deux lignes --&gt;</code>'));
  assert.match(feed, /La suite/);
});

test('emoji (skin tones, families, flags, keycaps) stay whole in titles, summaries and text', async () => {
  const { html, feed } = await exported('post/accept-emoji.mdx');
  for (const emoji of ['🚀', '👩🏽‍💻🇫🇷', '👨‍👩‍👧‍👦', '🏳️‍🌈', '1️⃣', '👏🏿', '𝔐𝔞𝔱𝔥𝔰', '漢字'])
    assert.ok(html.includes(emoji), emoji);
  assert.match(feed, /Merci à toutes et tous 🙏\u202F!/);
});

test('a long post (300 sections) is rendered whole', async () => {
  const { feed } = await exported('post/accept-long.mdx');
  assert.equal(feed.match(/<h2 /g)?.length, 300);
  assert.equal(feed.match(/<blockquote>/g)?.length, 300);
});
