import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tableOfContents } from './toc.ts';

const h = (depth: number, text: string) => ({ depth, text, id: text.toLowerCase().replace(/\s+/g, '-') });

test('a long text gets its ## headings with their ### nested, #### left out', () => {
  const toc = tableOfContents({
    wordCount: 1200,
    headings: [h(2, 'Programme'), h(3, 'Matin'), h(4, 'Détail'), h(3, 'Après-midi'), h(2, 'Vidéos'), h(2, 'Merci')],
  });
  assert.deepEqual(
    toc.map((e) => [e.id, e.children.map((c) => c.id)]),
    [
      ['programme', ['matin', 'après-midi']],
      ['vidéos', []],
      ['merci', []],
    ],
  );
});

test('short texts and texts with few headings get none', () => {
  assert.deepEqual(tableOfContents({ wordCount: 300, headings: [h(2, 'A'), h(2, 'B'), h(2, 'C'), h(2, 'D')] }), []);
  assert.deepEqual(tableOfContents({ wordCount: 3000, headings: [h(2, 'A'), h(2, 'B')] }), []);
});

test('a ### before any ## is kept at the top level', () => {
  const toc = tableOfContents({ wordCount: 900, headings: [h(3, 'Intro'), h(2, 'A'), h(2, 'B')] });
  assert.deepEqual(
    toc.map((e) => e.id),
    ['intro', 'a', 'b'],
  );
});
