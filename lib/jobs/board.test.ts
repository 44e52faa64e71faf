import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadFiles, post } from '../test/temp-content.ts';
import { openOffers } from './board.ts';
import { offersOf } from './kind.ts';

const offer = (date: string, until: string) =>
  post(
    `title: SRE\ncompany: Exemple\nremote: true\ncontract: freelance\nurl: https://example.org/x\ndate: ${date}\nuntil: ${until}`,
  );
const offers = offersOf(
  loadFiles({
    'content/jobs/winter.mdx': offer('2026-01-05', '2026-01-31'),
    'content/jobs/summer.mdx': offer('2026-06-01', '2026-07-14'),
    'content/jobs/older.mdx': offer('2026-01-02', '2026-12-31'),
  }).content,
);
const listed = (iso: string) => openOffers(offers, Date.parse(iso)).map((o) => o.slug);

test('the board lists the open offers, newest first; an offer dated ahead waits for its day', () => {
  assert.deepEqual(listed('2026-01-10T12:00:00Z'), ['winter', 'older']);
  assert.deepEqual(listed('2026-05-31T21:59:00Z'), ['older']);
  assert.deepEqual(listed('2026-06-10T12:00:00Z'), ['summer', 'older']);
});

test("an offer stays listed through its last day in Paris and is gone the next day's first minute", () => {
  // Winter: Paris is UTC+1, the 31st ends at 23:00 UTC.
  assert.deepEqual(listed('2026-01-31T22:59:00Z'), ['winter', 'older']);
  assert.deepEqual(listed('2026-01-31T23:00:00Z'), ['older']);
  // Summer: UTC+2, 14 July ends at 22:00 UTC.
  assert.deepEqual(listed('2026-07-14T21:59:00Z'), ['summer', 'older']);
  assert.deepEqual(listed('2026-07-14T22:00:00Z'), ['older']);
});
