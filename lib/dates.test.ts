import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseContentDate, formatFrenchDate, type ContentDate } from './dates.ts';

function ok(raw: string): ContentDate {
  const d = parseContentDate(raw);
  assert.ok(!('error' in d), `expected ${raw} to parse`);
  return d as ContentDate;
}

test('keeps the written day and offset', () => {
  const d = ok('2022-09-05T19:00:00+01:00');
  assert.equal(d.iso, '2022-09-05T19:00:00+01:00');
  assert.equal(d.time, Date.parse('2022-09-05T18:00:00Z'));
  assert.equal(formatFrenchDate(d), '5 septembre 2022');
  const late = ok('2022-09-05T00:30:00+02:00');
  assert.equal(formatFrenchDate(late), '5 septembre 2022');
  assert.equal(ok('2022-09-05T19:00:00-01:00').time, Date.parse('2022-09-05T20:00:00Z'));
});

test('dates without an offset are read in Paris time, summer and winter', () => {
  assert.equal(ok('2022-07-12 19:00').iso, '2022-07-12T19:00:00+02:00');
  assert.equal(ok('2022-12-12T19:00').iso, '2022-12-12T19:00:00+01:00');
  assert.equal(ok('2022-09-05').iso, '2022-09-05T00:00:00+02:00');
});

test('impossible dates are errors with the value quoted', () => {
  for (const bad of ['2022-02-30', '2022-13-01', '2022-09-05T25:00', 'hier', '05/09/2022', '2022-09-05T10:00+25:00']) {
    const d = parseContentDate(bad);
    assert.ok('error' in d, bad);
    assert.match((d as { error: string }).error, /"/);
  }
  assert.ok(!('error' in parseContentDate('2024-02-29')));
});

test('first of the month reads "1er"', () => {
  assert.equal(formatFrenchDate({ year: 2023, month: 6, day: 1 }), '1er juin 2023');
});
