import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lowerBounds, satisfies } from './node-range';

test('satisfies reads the ranges the lockfile holds', () => {
  const cases: [string, string, boolean][] = [
    ['22.12.0', '>=22.12.0', true],
    ['22.11.0', '>=22.12.0', false],
    ['20.19.0', '^20.9.0', true],
    ['22.0.0', '^20.9.0', false],
    ['23.1.0', '20 || 22 || >=24', false],
    ['22.12.0', '20 || 22 || >=24', true],
    ['24.0.0', '^20.19.0 || ^22.13.0 || >=23.5.0', true],
    ['22.12.0', '^20.19.0 || ^22.13.0 || >=23.5.0', false],
    ['9.0.0', '6.* || 8.* || >= 10.*', false],
    ['10.1.0', '6.* || 8.* || >= 10.*', true],
    ['14.18.0', '>=16 || 14 >=14.17', true],
    ['14.16.0', '>=16 || 14 >=14.17', false],
    ['13.8.0', '^10 || ^12 || ^13.7 || ^14 || >=15.0.1', true],
    ['0.4.1', '>= 0.4', true],
    ['1.0.0', '*', true],
  ];
  for (const [version, range, expected] of cases)
    assert.equal(satisfies(version, range), expected, `${version} in ${range}`);
});

test('lowerBounds lists the oldest version of each alternative', () => {
  assert.deepEqual(lowerBounds('^22.12.0 || >=24.0.0'), ['22.12.0', '24.0.0']);
  assert.deepEqual(lowerBounds('>=20'), ['20.0.0']);
});
