import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseContentDate, dateFix, formatFrenchDate, type ContentDate } from './dates.ts';

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

test('a date the site cannot read gets the fix with her own date and the offset of that day', () => {
  const error = (raw: string) => (parseContentDate(raw, 'Europe/Paris') as { error: string }).error;
  assert.match(error('05/11/2022 19h00'), /écrivez-la 2022-11-05T19:00:00\+01:00$/);
  assert.match(error('2022-7-14 20:30'), /écrivez-la 2022-07-14T20:30:00\+02:00$/);
  assert.match(error('14.02.2027'), /écrivez-la 2027-02-14T00:00:00\+01:00$/);
  assert.equal(dateFix('2027-3-9 19h', 'Europe/Paris', 'local'), '2027-03-09 19:00');
  assert.equal(dateFix('pas une date', 'Europe/Paris'), undefined);
});

test('a local time the clocks skip is refused, with the time after the jump', () => {
  for (const [raw, after] of [
    ['2027-03-28 02:30', '2027-03-28 03:30'],
    ['2026-03-29T02:00', '2026-03-29 03:00'],
  ]) {
    const parsed = parseContentDate(raw, 'Europe/Paris') as { error: string; hint?: string };
    assert.match(parsed.error, /n'existe pas à l'heure de Europe\/Paris/, raw);
    assert.equal(parsed.hint, `écrivez l'heure qui suit le saut, ${after}`);
  }
  assert.ok('iso' in parseContentDate('2027-03-28 03:30', 'Europe/Paris'));
  assert.ok('iso' in parseContentDate('2027-03-28T02:30:00+01:00', 'Europe/Paris'));
  assert.ok('iso' in parseContentDate('2027-10-31 02:30', 'Europe/Paris'));
});
