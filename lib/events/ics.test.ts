import { test } from 'node:test';
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { loadFiles, post } from '../test/temp-content.ts';
import { execFileSync } from 'node:child_process';
import { DEFAULT_EVENT_HOURS, eventsCalendar } from './ics.ts';

const FILES = {
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
  'content/events/meetup-lyon.mdx': post(
    'title: Meetup Lyon\nstart: 2023-03-09 19:00\nonline: https://meet.example/lyon',
  ),
};
const { content, issues } = loadFiles(FILES);
const text = eventsCalendar(content.events, {
  name: 'SRE France : événements',
  url: '/events/',
  subscription: true,
});
const uids = (calendar: string) => [...calendar.matchAll(/^UID:(.*)\r$/gm)].map((m) => m[1]);

/** This test's calendar, built by another process (another clock, maybe another deploy target). */
async function builtElsewhere(env: Record<string, string>): Promise<string> {
  const script = `
    const { loadFiles } = await import('./lib/test/temp-content.ts');
    const { eventsCalendar } = await import('./lib/events/ics.ts');
    const files = JSON.parse(process.env.FILES);
    const { content } = loadFiles(files);
    process.stdout.write(eventsCalendar(content.events, { name: 'SRE France : événements', url: '/events/', subscription: true }));`;
  return execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    env: { ...process.env, ...env, FILES: JSON.stringify(FILES) },
    encoding: 'utf8',
  });
}

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
    '2022-09-03T07:00:00.000Z',
  );
});

test('UIDs depend on the event only, not on the host: a move to another domain keeps them', async () => {
  const [camp] = vevents();
  assert.equal(camp.uid, 'event-summercamp-2022@sre-france.github.io');
  // The same content built for a custom domain, in a process that reads that configuration.
  const other = await builtElsewhere({ CUSTOM_DOMAIN: 'sre.example.org' });
  assert.match(other, /URL:https:\/\/sre\.example\.org\//, 'the calendar is built for the other domain');
  assert.deepEqual(uids(other), uids(text));
});

test('the same content gives byte-identical calendars, whenever it is built', async () => {
  const again = await builtElsewhere({});
  assert.equal(again, text);
  assert.equal(
    eventsCalendar(content.events, { name: 'SRE France : événements', url: '/events/', subscription: true }),
    text,
  );
});

test('an event without end lasts the default length in calendars, not zero minutes', () => {
  const lyon = vevents().find((e) => e.summary === 'Meetup Lyon');
  assert.ok(lyon);
  assert.equal(lyon.startDate.toJSDate().toISOString(), '2023-03-09T18:00:00.000Z');
  assert.equal(
    lyon.endDate.toJSDate().getTime() - lyon.startDate.toJSDate().getTime(),
    DEFAULT_EVENT_HOURS * 3_600_000,
  );
  for (const event of vevents()) assert.ok(event.component.hasProperty('dtend'), `${event.summary} has an end`);
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
    eventsCalendar(events, { name: `Calendrier${inject}`, url: '/events/', subscription: true }),
    eventsCalendar([events[0]], { name: events[0].title, url: events[0].url }),
  ]) {
    const calendar = new ICAL.Component(ICAL.parse(calendarText));
    assert.equal(
      calendar.getAllSubcomponents('vevent').length,
      calendarText.includes('meetup-hiver') ? events.length : 1,
    );
    assert.doesNotMatch(calendarText, /^UID:evil/m);
    assert.doesNotMatch(calendarText, /^SUMMARY:Faux/m);
    assert.equal(calendar.getAllProperties('x-wr-calname').length, 1);
  }
});
