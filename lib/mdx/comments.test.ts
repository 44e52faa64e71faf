import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blankHtmlComments } from './comments.ts';

test('blanks comments and keeps line numbers', () => {
  const src = 'Intro <!-- note -->.\n<!--\nmulti\n-->\nAfter';
  const { text } = blankHtmlComments(src);
  assert.equal(text.split('\n').length, src.split('\n').length);
  assert.equal(text.length, src.length);
  assert.ok(!text.includes('<!--'));
  assert.ok(!text.includes('multi'));
  assert.match(text, /^Intro {14}\.\n/);
  assert.match(text, /\nAfter$/);
});

test('finds the more mark in both spellings', () => {
  for (const mark of ['<!--more-->', '<!-- more -->', '<!-- MORE -->']) {
    const src = `First paragraph.\n\n${mark}\n\nRest.`;
    const { moreMark } = blankHtmlComments(src);
    assert.deepEqual(moreMark, { offset: src.indexOf('<!--'), line: 3 });
  }
});

test('no more mark when absent or only inside code', () => {
  assert.equal(blankHtmlComments('Just text.').moreMark, undefined);
  assert.equal(blankHtmlComments('```html\n<!--more-->\n```').moreMark, undefined);
});

test('leaves comments inside fenced code and code spans untouched', () => {
  const src = [
    'Use `<!-- x -->` inline.',
    '```html',
    '<!-- kept -->',
    '```',
    '~~~~',
    '```',
    '<!-- kept too -->',
    '~~~~',
    '<!-- gone -->',
  ].join('\n');
  const { text } = blankHtmlComments(src);
  assert.ok(text.includes('`<!-- x -->`'));
  assert.ok(text.includes('<!-- kept -->'));
  assert.ok(text.includes('<!-- kept too -->'));
  assert.ok(!text.includes('gone'));
});

test('an unclosed comment is reported, not blanked to the end of the file', () => {
  const src = 'Text\n  <!-- never closed\nmore text';
  const { text, unclosed } = blankHtmlComments(src);
  assert.deepEqual(unclosed, { offset: 7, line: 2, column: 3 });
  assert.ok(text.includes('more text'));
});

test('a code span that wraps across lines keeps its "<!--", and is no summary mark', () => {
  for (const src of [
    'Le marqueur s’écrit `<!--\nmore-->` dans le fichier.\n\nSuite.',
    'Windows : `a\r\n<!--more-->\r\nb` reste du code.\r\n\r\nSuite.',
    'Deux fois : ``x `<!--` y\n<!-- more --> z`` puis <!-- gone -->.',
  ]) {
    const { text, moreMark } = blankHtmlComments(src);
    assert.equal(moreMark, undefined, src);
    assert.ok(text.includes('more'), src);
    assert.ok(!text.includes('gone'), src);
    assert.equal(text.length, src.length);
  }
});

test('a code span ends with its paragraph: a backtick left open does not hide a later comment or mark', () => {
  const src = 'Un ` seul.\n\n<!--more-->\n\nSuite `code` et <!-- x -->.';
  const { text, moreMark } = blankHtmlComments(src);
  assert.deepEqual(moreMark, { offset: src.indexOf('<!--more'), line: 3 });
  assert.ok(!text.includes('<!-- x -->'));
});

test('lines after a wrapped code span keep their numbers', () => {
  const src = 'a `b\nc` d\n<!-- e';
  assert.equal(blankHtmlComments(src).unclosed?.line, 3);
});

test('backticks without closers, a paragraph of them, take linear time', () => {
  const runs = Array.from({ length: 600 }, (_, n) => '`'.repeat(n + 1)).join(' ');
  for (const src of [`${'` '.repeat(1 << 17)}`, `${runs} ${'x '.repeat(1 << 16)}`, '`a\n'.repeat(1 << 16)]) {
    const started = performance.now();
    blankHtmlComments(src);
    assert.ok(performance.now() - started < 5000, `${src.slice(0, 10)}: ${performance.now() - started} ms`);
  }
});
