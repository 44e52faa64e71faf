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
