import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isExecutableScript, isRuntimeFile } from './strip-runtime.ts';
import { passPage } from './page-pass.ts';
import { elements, parsePage } from '../../../lib/html/page-tree.ts';

const page = `<!DOCTYPE html><html><head><meta charSet="utf-8"/><link rel="stylesheet" href="/_next/static/chunks/a.css"/><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/><script src="/_next/static/chunks/c.js" async=""></script></head><body><p>Texte</p><!--$--><!--/$--><script>self.__next_f.push([1,"x\\u003c/script>"])</script><script data-keep src="/pagefind/pagefind-ui.js"></script><script type="application/ld+json">{"@type":"Event","name":"SummerCamp"}</script></body></html>`;
const stripRuntime = (html: string) => passPage(html, '/x/').html;
const script = (html: string) => [...elements(parsePage(html))].find((el) => el.tagName === 'script')!;

test('removes framework scripts and preloads, keeps styles, content, marked scripts and JSON-LD data', () => {
  const out = stripRuntime(page);
  assert.ok(!out.includes('_next/static/chunks/b.js'));
  assert.ok(!out.includes('c.js'));
  assert.ok(!out.includes('__next_f'));
  assert.ok(!out.includes('<!--$-->'));
  assert.ok(out.includes('<link rel="stylesheet" href="/_next/static/chunks/a.css"/>'));
  assert.ok(out.includes('<p>Texte</p>'));
  assert.ok(out.includes('<script data-keep src="/pagefind/pagefind-ui.js"></script>'));
  assert.ok(out.includes('<script type="application/ld+json">{"@type":"Event","name":"SummerCamp"}</script>'));
  assert.equal((out.match(/<script/g) ?? []).length, 2);
});

test('only JSON-LD counts as data; any other script type is executable', () => {
  assert.equal(isExecutableScript(script('<script type="application/ld+json"></script>')), false);
  assert.equal(isExecutableScript(script("<script type=' application/LD+json'></script>")), false);
  assert.equal(isExecutableScript(script('<script></script>')), true);
  assert.equal(isExecutableScript(script('<script type="module"></script>')), true);
  assert.equal(
    isExecutableScript(script('<script type="text/javascript" data-x="application/ld+json"></script>')),
    true,
  );
  assert.doesNotMatch(stripRuntime('<head><script type="text/javascript">alert(1)</script></head>'), /alert/);
});

test('text that looks like a script or a marker is text: nothing is removed from it', () => {
  const out = stripRuntime(
    '<html><head><meta charSet="utf-8"/><title>&lt;script&gt;x&lt;/script&gt; &lt;!--$--&gt;</title></head>' +
      '<body><p title="<script data-keep>">&lt;link rel="modulepreload"&gt;</p></body></html>',
  );
  assert.match(out, /<title>&lt;script&gt;x&lt;\/script&gt; &lt;!--\$--&gt;<\/title>/);
  assert.match(out, /<p title="<script data-keep>">&lt;link rel="modulepreload"&gt;<\/p>/);
});

test('recognizes RSC payloads and framework chunks, not other files', () => {
  assert.ok(isRuntimeFile('post/x/index.txt'));
  assert.ok(isRuntimeFile('post/__next._tree.txt'));
  assert.ok(isRuntimeFile('_next/static/chunks/0abc.js'));
  assert.ok(!isRuntimeFile('_next/static/chunks/1h1.css'));
  assert.ok(!isRuntimeFile('robots.txt'));
  assert.ok(!isRuntimeFile('pagefind/pagefind-ui.js'));
});
