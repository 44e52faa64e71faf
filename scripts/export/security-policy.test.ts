import { test } from 'node:test';
import assert from 'node:assert/strict';
import { policyFor } from './security-policy.ts';

test("a page whose only script is JSON-LD data still forbids every script", () => {
  const html = '<html><head><meta charSet="utf-8"/></head><body><script type="application/ld+json">{"@type":"Event"}</script></body></html>';
  assert.match(policyFor(html), /script-src 'none'/);
  assert.match(policyFor(html), /connect-src 'none'/);
});

test('a page that keeps a script of its own may load scripts from the site only', () => {
  const html = '<html><body><script data-keep src="/pagefind/pagefind-ui.js"></script></body></html>';
  assert.match(policyFor(html), /script-src 'self'/);
});
