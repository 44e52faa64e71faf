import { test } from 'node:test';
import assert from 'node:assert/strict';
import { absoluteUrl, webcalUrl } from './urls.ts';

test('a calendar is subscribed to at its absolute address, with webcal: for its scheme', () => {
  const url = webcalUrl('/events/calendar.ics');
  assert.match(url, /^webcal:\/\/[^/]/);
  assert.equal(url.replace(/^webcal:/, ''), absoluteUrl('/events/calendar.ics').replace(/^https?:/, ''));
  assert.ok(url.endsWith('/events/calendar.ics'));
});
