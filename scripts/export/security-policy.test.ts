import { test } from 'node:test';
import assert from 'node:assert/strict';
import { policyFor, withSecurityPolicy } from './security-policy.ts';

test('a page without script, or with only JSON-LD data, runs no script at all', () => {
  assert.match(policyFor('<p>Texte</p>'), /script-src 'none'/);
  assert.match(policyFor('<script type="application/ld+json">{"@type":"WebSite"}</script>'), /script-src 'none'/);
});

test('a page that keeps its own script may load scripts and WebAssembly from the site only', () => {
  const policy = policyFor('<script data-keep src="/pagefind/pagefind-ui.js"></script>');
  assert.match(policy, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.match(policy, /connect-src 'self'/);
});

test('the policy goes right after the charset, once', () => {
  const once = withSecurityPolicy('<head><meta charSet="utf-8"/><title>x</title></head>');
  assert.match(once, /^<head><meta charSet="utf-8"\/><meta http-equiv="Content-Security-Policy" content="[^"]+"\/><title>/);
  assert.equal(withSecurityPolicy(once), once);
});
