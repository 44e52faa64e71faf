import { test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { applyPlan, passPage } from './page-pass.ts';
import { cachedPlan, PAGE_PASS_CACHE } from './page-pass-cache.ts';

const cacheDir = path.join(process.cwd(), '.cache', PAGE_PASS_CACHE);
const listCache = () =>
  fs.existsSync(cacheDir)
    ? (fs.readdirSync(cacheDir, { recursive: true }) as string[]).filter((f) => f.endsWith('.json'))
    : [];

/** A page as Next writes it: its runtime scripts, French text to typeset, a feed body with relative links. */
function page(title: string): string {
  return (
    `<!DOCTYPE html><html lang="fr"><head><meta charSet="utf-8"/><title>${title}</title>` +
    `<script src="/_next/static/chunks/main.js" async=""></script></head><body><main><h1>${title} : bilan</h1>` +
    `<div class="prose" data-feed-body=""><p>Les « slides » sont là : <a href="slides.pdf">PDF</a></p>` +
    `<img src="photo.jpg" alt=""/></div></main>` +
    `<script>self.__next_f.push([1,"payload"])</script></body></html>`
  );
}

test('a page passed before is passed from its stored plan, to the same bytes', () => {
  // A title no other run has passed, so the first call cannot hit an old entry.
  const html = page(`Meetup ${crypto.randomUUID()}`);
  const before = new Set(listCache());
  const expected = passPage(html, '/post/meetup/', { withFeedBody: true });

  const first = applyPlan(html, cachedPlan(html, '/post/meetup/', { withFeedBody: true }));
  const written = listCache().filter((f) => !before.has(f));
  assert.equal(written.length, 1, 'the plan is stored once');
  const second = applyPlan(html, cachedPlan(html, '/post/meetup/', { withFeedBody: true }));
  assert.equal(listCache().length, before.size + 1, 'the second pass reads the stored plan');

  for (const passed of [first, second]) assert.deepEqual(passed, expected);
  assert.doesNotMatch(second.html, /<script/);
  assert.match(second.html, /Content-Security-Policy/);
  assert.match(second.html, /\u202F: bilan/, 'French spacing before the colon');
  assert.match(second.feedBody ?? '', /href="https:\/\/[^"]+\/post\/meetup\/slides\.pdf"/);
  for (const file of written) fs.rmSync(path.join(cacheDir, file));
});

test('a page that changed, or moved, is passed again: no plan is applied to another page', () => {
  const nonce = crypto.randomUUID();
  const before = new Set(listCache());
  const html = page(`Meetup ${nonce}`);
  cachedPlan(html, '/post/meetup/', { withFeedBody: true });

  // A longer title shifts every offset of the old plan: applied, it would cut the page.
  const edited = page(`Meetup ${nonce} : le retour du meetup`);
  const moved = ['/post/autre/', { withFeedBody: true }] as const;
  const cases = [
    [edited, '/post/meetup/', { withFeedBody: true }],
    [html, ...moved],
    [html, '/post/meetup/', { withFeedBody: false }],
  ] as const;
  for (const [text, sitePath, options] of cases)
    assert.deepEqual(applyPlan(text, cachedPlan(text, sitePath, options)), passPage(text, sitePath, options));
  assert.match(applyPlan(edited, cachedPlan(edited, '/post/meetup/')).html, /le retour du meetup\u202F: bilan/);
  assert.match(applyPlan(html, cachedPlan(html, ...moved)).feedBody ?? '', /\/post\/autre\/slides\.pdf/);
  assert.equal(listCache().filter((f) => !before.has(f)).length, 5, 'one plan for each page, address and feed choice');
  for (const file of listCache().filter((f) => !before.has(f))) fs.rmSync(path.join(cacheDir, file));
});
