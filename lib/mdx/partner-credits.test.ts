import { test } from 'node:test';
import assert from 'node:assert/strict';
import { partnersFromAttributes } from './partner-credits.ts';

test('keys of each tier, in tier order, whatever the separator', () => {
  assert.deepEqual(partnersFromAttributes({ support: 'b, c', gold: 'a' }), [
    { key: 'a', tier: 'gold' },
    { key: 'b', tier: 'support' },
    { key: 'c', tier: 'support' },
  ]);
  assert.deepEqual(
    partnersFromAttributes({ media: ' x,y  z ' }).map((p) => p.key),
    ['x', 'y', 'z'],
  );
  assert.deepEqual(partnersFromAttributes({}), []);
});
