import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isRuntimeFile, stripRuntime } from './strip-runtime.ts';

const page = `<!DOCTYPE html><html><head><meta charSet="utf-8"/><link rel="stylesheet" href="/_next/static/chunks/a.css"/><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/><script src="/_next/static/chunks/c.js" async=""></script></head><body><p>Texte</p><!--$--><!--/$--><script>self.__next_f.push([1,"x\\u003c/script>"])</script><script data-keep src="/pagefind/pagefind-ui.js"></script><script type="application/ld+json">{"@type":"BlogPosting"}</script></body></html>`;

test('removes framework scripts and preloads, keeps styles, content, marked scripts and JSON-LD', () => {
  const out = stripRuntime(page);
  assert.ok(!out.includes('_next/static/chunks/b.js'));
  assert.ok(!out.includes('c.js'));
  assert.ok(!out.includes('__next_f'));
  assert.ok(!out.includes('<!--$-->'));
  assert.ok(out.includes('<link rel="stylesheet" href="/_next/static/chunks/a.css"/>'));
  assert.ok(out.includes('<p>Texte</p>'));
  assert.ok(out.includes('<script data-keep src="/pagefind/pagefind-ui.js"></script>'));
  assert.ok(out.includes('<script type="application/ld+json">{"@type":"BlogPosting"}</script>'));
  assert.equal((out.match(/<script/g) ?? []).length, 2);
});

test('recognizes RSC payloads and framework chunks, not other files', () => {
  assert.ok(isRuntimeFile('post/x/index.txt'));
  assert.ok(isRuntimeFile('post/__next._tree.txt'));
  assert.ok(isRuntimeFile('_next/static/chunks/0abc.js'));
  assert.ok(!isRuntimeFile('_next/static/chunks/1h1.css'));
  assert.ok(!isRuntimeFile('robots.txt'));
  assert.ok(!isRuntimeFile('pagefind/pagefind-ui.js'));
});
