import { test } from 'node:test';
import assert from 'node:assert/strict';
import { didYouMean, editDistance, nearest } from './suggest.ts';

test('edit distance counts insertions, deletions and substitutions', () => {
  assert.equal(editDistance('tittle', 'title'), 1);
  assert.equal(editDistance('tag', 'tags'), 1);
  assert.equal(editDistance('kitten', 'sitting'), 3);
  assert.equal(editDistance('', 'abc'), 3);
});

test('the nearest name: letter case first, then a close spelling, never a far one', () => {
  assert.equal(nearest('tittle', ['title', 'tags', 'date']), 'title');
  assert.equal(nearest('Youtube', ['YouTube', 'Figure']), 'YouTube');
  assert.equal(
    nearest('/img/meetup/Photo.jpg', ['/img/meetup/photo.jpg', '/img/meetup/photos.jpg']),
    '/img/meetup/photo.jpg',
  );
  assert.equal(nearest('foo', ['title', 'tags', 'date']), undefined);
});

test('the suggestion is French by default and says when only the letter case differs', () => {
  assert.equal(didYouMean('tag', ['tags', 'title']), 'vouliez-vous dire "tags" ?');
  assert.match(didYouMean('Meetup', ['meetup'])!, /seule la casse/);
  assert.equal(didYouMean('zzz', ['tags']), undefined);
});
