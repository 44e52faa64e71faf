import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markdownAsPlainText } from './plain-text.ts';

test('a link reads as its text, without its address', () => {
  assert.equal(
    markdownAsPlainText('Voir [le Summer Camp](/tags/summercamp/) et [Meetup](https://meetup.com/x).'),
    'Voir le Summer Camp et Meetup.',
  );
});

test('emphasis, code, heading and quote signs are dropped, the words kept', () => {
  assert.equal(markdownAsPlainText('## Le *SRE* en `prod`\n> vu de **Lyon**'), ' Le SRE en prod\n vu de Lyon');
});

test('reads like the link pattern it replaces: nested, unclosed and odd brackets', () => {
  const pattern = (s: string) => s.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`#>]/g, '');
  for (const s of [
    '[a [b](c) d](e)',
    '[a](b',
    '[a]x(b)',
    '[]()',
    '[[a](b)](c)',
    'x [a](b (c)) y',
    ']([a](',
    '[a](b)[c](d)',
  ])
    assert.equal(markdownAsPlainText(s), pattern(s), s);
});

test('a hostile description (unclosed brackets, parentheses, a 1 MB word) takes linear time', () => {
  for (const hostile of [
    '['.repeat(1 << 20),
    '[a]('.repeat(1 << 18),
    `[${'a'.repeat(1 << 20)}`,
    '[](('.repeat(1 << 18),
  ]) {
    const started = performance.now();
    markdownAsPlainText(hostile);
    assert.ok(performance.now() - started < 2000, `${hostile.slice(0, 8)}…: ${performance.now() - started} ms`);
  }
});
