import { test } from 'node:test';
import assert from 'node:assert/strict';
import { currentEntry } from './current-section.ts';

const menu = [
  { label: 'Articles', href: '/post/' },
  { label: 'Meetups', href: '/tags/meetup/' },
  { label: 'Événements', href: '/events/' },
  { label: 'GitHub', href: 'https://github.com/sre-france/' },
];

test('a page belongs to the entry whose address starts its path', () => {
  assert.equal(currentEntry(menu, '/events/summercamp-2022/')?.label, 'Événements');
  assert.equal(currentEntry(menu, '/tags/meetup/page/2/')?.label, 'Meetups');
  assert.equal(currentEntry(menu, '/post/')?.label, 'Articles');
});

test('pages outside every section, and other tags, mark no entry', () => {
  assert.equal(currentEntry(menu, '/'), undefined);
  assert.equal(currentEntry(menu, '/tags/incidents/'), undefined);
  assert.equal(currentEntry(menu, '/tags/'), undefined);
});
