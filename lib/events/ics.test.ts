import { test } from 'node:test';
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { loadFiles, post } from '../test/temp-content.ts';
import { eventsCalendar, eventUid } from './ics.ts';

const { content, issues } = loadFiles({
  'content/events/summercamp-2022.mdx': post(
    [
      'title: "SRE SummerCamp 2022; été, Chambéry"',
      'start: 2022-09-03 09:00',
      'end: 2022-09-04 17:00',
      'venue: {name: "La Dynamo", address: "24 avenue Daniel Rops", postalCode: "73000", city: "Chambéry", lat: 45.5903, lng: 5.9203}',
      `summary: "Deux journées, des échanges ; des randonnées, de l'escalade et des jeux à La Dynamo — une ligne bien plus longue que soixante-quinze octets, accents compris: é è à ç."`,
    ].join('\n'),
  ),
  'content/events/meetup-hiver.mdx': post(
    "title: Meetup d'hiver\nstart: 2023-01-17 19:00\nend: 2023-01-17 22:00\nonline: https://meet.example/sre",
  ),
});
const STAMP = Date.parse('2026-01-01T10:00:00Z');
const text = eventsCalendar(content.events, {
  stamp: STAMP,
  name: 'SRE France : événements',
  url: '/events/',
  subscription: true,
});
const vevents = () => new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));

test('the fixtures are valid content', () => {
  assert.deepEqual(issues, []);
});

test('an independent parser reads the calendar back, with the right times', () => {
  const [camp, winter] = vevents();
  assert.equal(camp.summary, 'SRE SummerCamp 2022; été, Chambéry');
  // 09:00 in Paris in September (UTC+2) is 07:00Z; 19:00 in January (UTC+1) is 18:00Z.
  assert.equal(camp.startDate.toJSDate().toISOString(), '2022-09-03T07:00:00.000Z');
  assert.equal(camp.endDate.toJSDate().toISOString(), '2022-09-04T15:00:00.000Z');
  assert.equal(winter.startDate.toJSDate().toISOString(), '2023-01-17T18:00:00.000Z');
  assert.equal(camp.location, 'La Dynamo\n24 avenue Daniel Rops, 73000 Chambéry');
  assert.match(
    camp.description,
    /^Deux journées, des échanges ; des randonnées.*accents compris: é è à ç\.\n\nProgramme et détails : https:\/\/.*\/events\/summercamp-2022\/$/s,
  );
  assert.equal(winter.location, 'https://meet.example/sre');
  assert.match(winter.description, /En ligne : https:\/\/meet\.example\/sre/);
  const geo = camp.component.getFirstPropertyValue('geo') as number[];
  assert.deepEqual(geo, [45.5903, 5.9203]);
  assert.equal(camp.component.getFirstPropertyValue('status'), 'CONFIRMED');
  assert.equal(
    (camp.component.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate().toISOString(),
    '2026-01-01T10:00:00.000Z',
  );
});

test('UIDs depend on the event only, so every build gives the same ones', () => {
  const [camp] = vevents();
  assert.equal(camp.uid, eventUid('summercamp-2022'));
  const later = eventsCalendar(content.events, { stamp: STAMP + 86_400_000, name: 'x', url: '/events/' });
  assert.deepEqual(
    [...later.matchAll(/^UID:(.*)$/gm)].map((m) => m[1].trim()),
    vevents().map((e) => e.uid),
  );
});

test('RFC 5545 form: CRLF line ends, lines of at most 75 octets, escaped text', () => {
  assert.ok(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n'));
  assert.ok(text.endsWith('END:VCALENDAR\r\n'));
  assert.doesNotMatch(text.replace(/\r\n/g, ''), /[\r\n]/, 'no bare CR or LF');
  const lines = text.split('\r\n');
  for (const line of lines)
    assert.ok(Buffer.byteLength(line, 'utf8') <= 75, `${Buffer.byteLength(line)} octets: ${line}`);
  assert.ok(
    lines.some((l) => l.startsWith(' ')),
    'the long description is folded',
  );
  assert.match(text, /SUMMARY:SRE SummerCamp 2022\\; été\\, Chambéry\r\n/);
  assert.match(text, /DTSTART:20220903T070000Z\r\n/);
  assert.match(text, /X-WR-CALNAME:SRE France : événements\r\n/);
  assert.match(text, /REFRESH-INTERVAL;VALUE=DURATION:P1D\r\n/);
});

test('text that tries to start lines of its own stays inside its property: one VEVENT per event', () => {
  // The check refuses line breaks in titles and names; the writer does not rely on it.
  const inject = '\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil\r\nSUMMARY:Faux';
  const events = content.events.map((e) => ({
    ...e,
    title: `${e.title}${inject}`,
    venue: e.venue && { ...e.venue, name: `${e.venue.name}${inject}` },
  }));
  for (const calendarText of [
    eventsCalendar(events, { stamp: STAMP, name: `Calendrier${inject}`, url: '/events/', subscription: true }),
    eventsCalendar([events[0]], { stamp: STAMP, name: events[0].title, url: events[0].url }),
  ]) {
    const calendar = new ICAL.Component(ICAL.parse(calendarText));
    assert.equal(calendar.getAllSubcomponents('vevent').length, calendarText.includes('meetup-hiver') ? 2 : 1);
    assert.doesNotMatch(calendarText, /^UID:evil/m);
    assert.doesNotMatch(calendarText, /^SUMMARY:Faux/m);
    assert.equal(calendar.getAllProperties('x-wr-calname').length, 1);
  }
});
