import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatIssue } from '../messages/issues.ts';
import { loadFiles, post } from '../test/temp-content.ts';
import { archivePaths, buildArchive, initials } from './archive.ts';
import { openCalls, openCallsForTalks } from '../community/calls.ts';
import { buildPdf } from '../test/pdf.ts';

const NOW = Date.parse('2027-01-15T12:00:00Z');

const registries = {
  'content/partners/dynamo.yml': 'name: La Dynamo\nurl: https://ladynamo.example\n',
  'content/partners/quiet.yml': 'name: Quiet\nurl: https://quiet.example\n',
  'content/speakers/lea.yml': 'name: Léa Martin\ncompany: Exemple\nbio: SRE depuis dix ans.\n',
  'content/speakers/hugo.yml': 'name: Hugo Bernard\n',
  'content/speakers/org.yml': 'name: Orga Seule\n',
  'content/slides/astreinte.pdf': buildPdf(),
};

const event = (lines: string[]) => post(lines.join('\n'), 'Une soirée.');

const files = {
  'content/events/2022-meetup.mdx': event([
    'title: Meetup 2022', // 2
    'start: 2022-06-01 19:00', // 3
    'venue: {name: Salle, city: Lyon}', // 4
    'tags: [meetup]', // 5
    'partners: [{key: dynamo, tier: gold}]', // 6
    'organizers: [org]', // 7
    'sessions:', // 8
    '  - {title: "Raconter un incident", format: talk, speakers: [lea], start: 2022-06-01 19:15, duration: 20, slides: /slides/astreinte.pdf, tags: [incidents]}',
    '  - {title: Pause, format: break, start: 2022-06-01 19:35, duration: 10}',
  ]),
  'content/events/2027-meetup.mdx': event([
    'title: Meetup 2027',
    'start: 2027-02-11 19:00',
    'venue: {name: Salle, city: Bordeaux}',
    'tags: [meetup]',
    'partners: [{key: dynamo, tier: support}]',
    'cfp: {url: "https://forms.example/cfp", until: 2027-01-31}',
    'registration: {url: "https://meetup.example/r", until: 2027-02-10}',
    'sessions:',
    '  - {title: "Nos astreintes, un an après", format: talk, speakers: [lea, hugo], start: 2027-02-11 19:15, duration: 20}',
    '  - {title: "Table ronde", format: round-table, start: 2027-02-11 19:40, duration: 20}',
    '  - {title: "Table ronde", id: debat-final, format: round-table, start: 2027-02-11 20:00, duration: 20}',
  ]),
  'content/post/2022-06-10-recap.mdx': post('title: Le compte rendu\ndate: 2022-06-10\nevent: 2022-meetup'),
};

const load = (extra: Record<string, string> = {}) => loadFiles({ ...registries, ...files, ...extra }, { now: NOW });

test('talks across events, newest day first, a day in programme order, with a stable anchor on their event page', () => {
  const { content, issues } = load();
  assert.deepEqual(
    issues.filter((i) => i.severity === 'error'),
    [],
  );
  const archive = buildArchive(content);
  assert.deepEqual(
    archive.talks.map((t) => t.url),
    [
      '/events/2027-meetup/#nos-astreintes-un-an-apres',
      '/events/2027-meetup/#table-ronde',
      '/events/2027-meetup/#debat-final',
      '/events/2022-meetup/#raconter-un-incident',
    ],
  );
  assert.deepEqual(
    archive.talksByYear.map((y) => [y.year, y.talks.length]),
    [
      [2027, 3],
      [2022, 1],
    ],
  );
  assert.deepEqual(
    archive.formats.map((f) => f.format),
    ['talk', 'round-table'],
    'breaks are not talks',
  );
  assert.deepEqual(
    archive.topics.map((t) => [t.tag, t.talks.length]),
    [
      ['incidents', 1],
      ['meetup', 4],
    ],
  );
});

test('a speaker lists every talk of theirs across events and the recaps of those events; organizers alone are not speakers', () => {
  const archive = buildArchive(load().content);
  assert.deepEqual(
    archive.speakers.map((s) => s.speaker.name),
    ['Hugo Bernard', 'Léa Martin'],
  );
  const lea = archive.speakerByKey.get('lea')!;
  assert.equal(lea.url, '/speakers/lea/');
  assert.deepEqual(
    lea.talks.map((t) => t.title),
    ['Nos astreintes, un an après', 'Raconter un incident'],
  );
  assert.deepEqual(
    lea.recaps.map((p) => p.title),
    ['Le compte rendu'],
  );
  assert.equal(archive.speakerByKey.has('org'), false);
  assert.ok(archivePaths(archive).includes('/speakers/lea/'));
  assert.ok(!archivePaths(archive).includes('/speakers/org/'));
});

test('every partner is listed with the events they supported and their tier, newest first', () => {
  const archive = buildArchive(load().content);
  assert.deepEqual(
    archive.partners.map((p) => [p.partner.key, p.events.map((e) => `${e.event.slug}:${e.tier}`)]),
    [
      ['dynamo', ['2027-meetup:support', '2022-meetup:gold']],
      ['quiet', []],
    ],
  );
});

test('calls open until the end of their last day, then close', () => {
  const { content } = load();
  const next = content.events.find((e) => e.slug === '2027-meetup')!;
  assert.deepEqual(openCalls(next, NOW), {
    cfp: { url: 'https://forms.example/cfp', until: '31 janvier 2027' },
    registration: { url: 'https://meetup.example/r', until: '10 février 2027' },
  });
  const lastMinute = Date.parse('2027-01-31T22:59:00Z'); // 23:59 in Paris
  assert.ok(openCalls(next, lastMinute).cfp);
  assert.equal(openCalls(next, Date.parse('2027-01-31T23:00:01Z')).cfp, undefined);
  assert.deepEqual(
    openCallsForTalks(content.events, NOW).map((c) => c.event.slug),
    ['2027-meetup'],
  );
  assert.deepEqual(openCalls(next, Date.parse('2027-03-01T00:00:00Z')), {}, 'nothing once the event is over');
});

const errorsOf = (extra: Record<string, string>) =>
  load(extra)
    .issues.filter((i) => i.severity === 'error')
    .map((i) => formatIssue(i).replace(/^.*?content\//, 'content/'));

test('registration may stay open until the day of the event, and a call for talks until the day it starts', () => {
  const errors = errorsOf({
    'content/events/same-day.mdx': event([
      'title: Le jour même',
      'start: 2027-02-11 19:00',
      'end: 2027-02-11 22:00',
      'venue: {name: Salle, city: Lyon}',
      'cfp: {url: "https://forms.example/cfp", until: 2027-02-11}',
      'registration: {url: "https://meetup.example/r", until: 2027-02-11}',
    ]),
  });
  assert.deepEqual(errors, []);
});

test('the check names missing slides, calls that close after the event, and slides that are neither a PDF nor a URL, at their line', () => {
  const errors = errorsOf({
    'content/events/broken.mdx': event([
      'title: Cassé', // 2
      'start: 2027-02-11 19:00', // 3
      'venue: {name: Salle, city: Lyon}', // 4
      'cfp: {url: "https://forms.example/cfp", until: 2027-02-12}', // 5
      'registration: {url: "https://meetup.example/r", until: 2027-03-01}', // 6
      'sessions:', // 7
      '  - title: Sans slides', // 8
      '    format: talk', // 9
      '    slides: /slides/absent.pdf', // 10
    ]),
    'content/events/pptx.mdx': event([
      'title: Mauvais lien', // 2
      'start: 2027-02-11 19:00', // 3
      'venue: {name: Salle, city: Lyon}', // 4
      'sessions:', // 5
      '  - title: Mauvais lien', // 6
      '    format: talk', // 7
      '    slides: slides.pptx', // 8
    ]),
  });
  const [cfp, registration, slides] = ['cfp.until', 'registration.until', 'absent.pdf'].map((needle) =>
    errors.find((e) => e.includes(needle)),
  );
  assert.match(
    cfp ?? '',
    /^content\/events\/broken\.mdx:5:\d+ .*cfp\.until \(2027-02-12\) tombe après le début de l'événement/,
  );
  assert.match(registration ?? '', /^content\/events\/broken\.mdx:6:\d+ .*tombe après la fin de l'événement/);
  assert.match(
    slides ?? '',
    /^content\/events\/broken\.mdx:10:\d+ .*sessions\[1\] : les slides "\/slides\/absent\.pdf" n'existent pas/,
  );
  assert.ok(
    errors.some((e) => /pptx\.mdx:8:\d+ .*content\/slides\//.test(e)),
    errors.join('\n'),
  );
});

test('a slides PDF linked from a post resolves; a file outside content/slides/ is reported', () => {
  const errors = errorsOf({
    'content/post/2022-06-11-slides.mdx': post(
      'title: Slides\ndate: 2022-06-11',
      '[Les slides](/slides/astreinte.pdf) et [pas celles-ci](/slides/absent.pdf).',
    ),
  });
  assert.equal(errors.filter((e) => e.includes('astreinte')).length, 0);
  assert.equal(errors.filter((e) => e.includes('/slides/absent.pdf')).length, 1);
});

test('initials of a name, for speakers without photo', () => {
  assert.equal(initials('Arthur Busser'), 'AB');
  assert.equal(initials('Rym'), 'R');
  assert.equal(initials('Jean-Luc de la Tour'), 'JT');
});

test('a two-day event lists its second day first, each day in programme order: 12:00 before 12:15', () => {
  const archive = buildArchive(
    load({
      'content/events/2027-camp.mdx': event([
        'title: Camp 2027',
        'start: 2027-06-10 09:00',
        'end: 2027-06-11 18:00',
        'venue: {name: Refuge, city: Chambéry}',
        'sessions:',
        '  - {title: "Midi quart", format: quickie, start: 2027-06-10 12:15, duration: 15}',
        '  - {title: "Midi", format: talk, start: 2027-06-10 12:00, duration: 15}',
        '  - {title: "Lendemain tard", format: talk, start: 2027-06-11 14:00, duration: 30}',
        '  - {title: "Lendemain matin", format: talk, start: 2027-06-11 09:30, duration: 30}',
      ]),
    }).content,
  );
  assert.deepEqual(
    archive.talks.filter((t) => t.event.slug === '2027-camp').map((t) => t.title),
    ['Lendemain matin', 'Lendemain tard', 'Midi', 'Midi quart'],
  );
});
