/**
 * An English community's old addresses lead on in English: the redirect page speaks the
 * site's language, not the French catalogue's.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';

process.env.SITE_DIR = path.join(import.meta.dirname, '..', '..', '..', 'lib', 'settings', 'fixtures', 'montreal');

const { redirectHtml } = await import('./aliases.ts');

test("an English site's redirect page says it has moved, in English", () => {
  const html = redirectHtml('/post/hello/', 'Hello');
  assert.match(html, /<html lang="en">/);
  assert.match(html, /This page has moved/);
  assert.doesNotMatch(html, /déménagé/);
});
