import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hasXmlForbidden, jsonWithoutXmlForbidden, withoutXmlForbidden } from './xml-chars.ts';

test('drops what XML 1.0 forbids, keeps tab, line breaks, emoji and every other character', () => {
  assert.equal(withoutXmlForbidden('a\u000bb\u000cc\u001bd\u0000e\u0001f\ufffeg\uffffh'), 'abcdefgh');
  assert.equal(withoutXmlForbidden('lone \ud800 \udc00 pair 🎉'), 'lone   pair 🎉');
  assert.equal(
    withoutXmlForbidden('tab\tline\nreturn\r « été » \u0085\u00a0'),
    'tab\tline\nreturn\r « été » \u0085\u00a0',
  );
  assert.equal(hasXmlForbidden('a\u000bb'), true);
  assert.equal(hasXmlForbidden('🎉 ok\t'), false);
});

test('JSON keeps its shape, every string value and key cleaned', () => {
  const json = jsonWithoutXmlForbidden({ 'k\u000b': ['a\u001bb', 1, null, { s: 'x\ud800' }] }, 2);
  assert.deepEqual(JSON.parse(json), { k: ['ab', 1, null, { s: 'x' }] });
  assert.ok(!hasXmlForbidden(JSON.stringify(JSON.parse(json))));
});
