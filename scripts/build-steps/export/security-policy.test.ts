import { test } from 'node:test';
import assert from 'node:assert/strict';
import { policyFor, withSecurityPolicy } from './security-policy.ts';
import { headersFile } from './headers.ts';

test('a page without script gets script-src none, right after its charset', () => {
  const html = withSecurityPolicy(
    '<html><head><meta charSet="utf-8"/><title>x</title></head><body><p>x</p></body></html>',
  );
  assert.match(
    html,
    /^<html><head><meta charSet="utf-8"\/><meta http-equiv="Content-Security-Policy" content="[^"]*script-src 'none'/,
  );
  assert.match(html, /frame-src https:\/\/www\.youtube-nocookie\.com/);
  assert.doesNotMatch(html, /unsafe-eval'|script-src 'self'/);
});

test('a page whose only script is JSON-LD data still forbids every script', () => {
  const policy = policyFor(
    '<html><head><meta charSet="utf-8"/></head><body><script type="application/ld+json">{"@type":"Event"}</script></body></html>',
  );
  assert.match(policy, /script-src 'none'/);
  assert.match(policy, /connect-src 'self'/);
});

test('a page that keeps its own script may load scripts from this site only', () => {
  const policy = policyFor('<script data-keep src="/pagefind/pagefind-ui.js"></script>');
  assert.match(policy, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.doesNotMatch(policy, /unsafe-inline'[^;]*script|script-src[^;]*unsafe-inline/);
});

test('the headers file adds frame-ancestors and long caching for hashed files, and leaves scripts to the pages', () => {
  const file = headersFile('/site');
  assert.match(file, /^\/site\/\*\n {2}Content-Security-Policy: frame-ancestors 'none'/);
  // A header policy is enforced with the page's own: script-src here would break search.
  assert.doesNotMatch(file, /script-src|default-src/);
  assert.match(file, /\/site\/_img\/\*\n {2}Cache-Control: public, max-age=31536000, immutable/);
});

test('the policy goes right after the charset, once', () => {
  const once = withSecurityPolicy('<head><meta charSet="utf-8"/><title>x</title></head>');
  assert.match(
    once,
    /^<head><meta charSet="utf-8"\/><meta http-equiv="Content-Security-Policy" content="[^"]+"\/><title>/,
  );
  assert.equal(withSecurityPolicy(once), once);
});
