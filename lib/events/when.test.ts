import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseContentDate, type ContentDate } from '../dates.ts';
import { dateBlock, dayCount, formatDateRange, formatTime, formatTimeRange, frenchList } from './when.ts';

const d = (raw: string) => parseContentDate(raw) as ContentDate;
const plain = (s: string) => s.replace(/\u00a0/g, ' ');

test('one day, several days, across months and years, in French', () => {
  assert.equal(formatDateRange(d('2022-07-12 19:00')), 'mardi 12 juillet 2022');
  assert.equal(formatDateRange(d('2022-07-12 19:00'), d('2022-07-12 22:00')), 'mardi 12 juillet 2022');
  assert.equal(
    formatDateRange(d('2022-09-03 09:00'), d('2022-09-04 17:00')),
    'du samedi 3 au dimanche 4 septembre 2022',
  );
  assert.equal(
    formatDateRange(d('2022-09-30 09:00'), d('2022-10-01 17:00')),
    'du vendredi 30 septembre au samedi 1er octobre 2022',
  );
  assert.equal(
    formatDateRange(d('2022-12-31 20:00'), d('2023-01-01 02:00')),
    'du samedi 31 décembre 2022 au dimanche 1er janvier 2023',
  );
});

test('times read "9 h 00" and never break across lines', () => {
  assert.equal(formatTime(d('2022-09-03 09:00')), '9\u00a0h\u00a000');
  assert.equal(plain(formatTimeRange(d('2022-07-12 19:00'))), 'à 19 h 00');
  assert.equal(plain(formatTimeRange(d('2022-07-12 19:00'), d('2022-07-12 22:30'))), 'de 19 h 00 à 22 h 30');
  assert.equal(
    plain(formatTimeRange(d('2022-09-03 09:00'), d('2022-09-04 17:00'))),
    'de 9 h 00 le samedi à 17 h 00 le dimanche',
  );
});

test('the date block shows the day (or days) and the short month', () => {
  assert.deepEqual(dateBlock(d('2022-09-03'), d('2022-09-04')), { day: '3–4', month: 'sept.', year: '2022' });
  assert.deepEqual(dateBlock(d('2022-07-12')), { day: '12', month: 'juil.', year: '2022' });
  assert.deepEqual(dateBlock(d('2022-09-30'), d('2022-10-01')), { day: '30', month: 'sept.', year: '2022' });
  assert.equal(dayCount(d('2022-09-03 09:00'), d('2022-09-04 17:00')), 2);
  assert.equal(dayCount(d('2022-07-12 19:00')), 1);
});

test('names are listed the French way', () => {
  assert.equal(frenchList(['Rym', 'Pablo', 'Mathieu']), 'Rym, Pablo et Mathieu');
  assert.equal(frenchList(['Rym']), 'Rym');
});

test('durations read as a programme prints them', async () => {
  const { formatDuration } = await import('./when.ts');
  assert.equal(formatDuration(45), '45\u00a0min');
  assert.equal(formatDuration(240), '4\u00a0h');
  assert.equal(formatDuration(90), '1\u00a0h\u00a030');
  assert.equal(formatDuration(75), '1\u00a0h\u00a015');
});

test('a track that the title already names is not repeated', async () => {
  const { trackLabel } = await import('./when.ts');
  assert.equal(trackLabel('Randonnée', 'Randonnée au pied du Massif des Bauges'), undefined);
  assert.equal(trackLabel('randonnee', 'Randonnée'), undefined);
  assert.equal(trackLabel('Jeux', 'Escalade en salle'), 'Jeux');
});
