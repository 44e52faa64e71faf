import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contrastRatio, parseHex } from './contrast.ts';

test('black on white is 21:1, a colour on itself 1:1, in either order', () => {
  assert.equal(contrastRatio('#000', '#ffffff'), 21);
  assert.equal(contrastRatio('#ffffff', '#000000'), 21);
  assert.equal(contrastRatio('#c62828', '#c62828'), 1);
});

test('the ratios published by WCAG tools', () => {
  // #767676 on white is the lightest grey that passes 4.5:1.
  assert.equal(contrastRatio('#767676', '#fff').toFixed(2), '4.54');
  assert.equal(contrastRatio('#777777', '#fff').toFixed(2), '4.48');
});

test('only hex colours are read', () => {
  assert.deepEqual(parseHex('#C22'), [204, 34, 34]);
  assert.equal(parseHex('red'), undefined);
  assert.equal(parseHex('#12345'), undefined);
});
