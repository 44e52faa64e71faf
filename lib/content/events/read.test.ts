import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatIssue } from '../../messages/issues.ts';
import { loadFiles, post } from '../../test/temp-content.ts';

const NOW = Date.parse('2026-01-01T00:00:00Z');

const registries = {
  'content/partners/dynamo.yml': 'name: La Dynamo\nurl: https://ladynamo.example\n',
  'content/speakers/arthur.yml': 'name: Arthur Busser\ncompany: Padok\n',
  'content/speakers/rym.yml': 'name: Rym\n',
};

/** An event file whose front matter lines are numbered from 2 (line 1 is ---). */
const eventFile = (...lines: string[]) => post(lines.join('\n'), 'Deux jours à Chambéry.');

const camp = (sessions: string[], overrides: Record<string, string> = {}) =>
  eventFile(
    `title: ${overrides.title ?? 'Camp'}`, // line 2
    `start: ${overrides.start ?? '2022-09-03 09:00'}`, // line 3
    `end: ${overrides.end ?? '2022-09-04 17:00'}`, // line 4
    `venue: ${overrides.venue ?? '{name: La Dynamo, city: Chambéry}'}`, // line 5
    `partners: ${overrides.partners ?? '[{key: dynamo, tier: support}]'}`, // line 6
    `organizers: ${overrides.organizers ?? '[rym]'}`, // line 7
    ...(sessions.length ? ['sessions:', ...sessions] : []), // line 8, sessions from line 9
  );

const load = (files: Record<string, string>) => loadFiles({ ...registries, ...files }, { now: NOW });
const errorsOf = (files: Record<string, string>) =>
  load(files)
    .issues.filter((i) => i.severity === 'error')
    .map((i) => formatIssue(i).replace(/^.*?content\//, 'content/'));

test('a valid event is read with local times, sessions in order and computed ends', () => {
  const { content, issues } = load({
    'content/events/camp.mdx': camp([
      '  - {title: Talk, format: talk, speakers: [arthur], start: 2022-09-03 10:30, duration: 45, video: aSWjCOxZojU}',
      '  - {title: Accueil, format: break, start: 2022-09-03 09:00, duration: 60}',
      '  - {title: Sans horaire, format: lightning}',
    ]),
  });
  assert.deepEqual(issues, []);
  const [event] = content.events;
  assert.equal(event.slug, 'camp');
  assert.equal(event.url, '/events/camp/');
  assert.equal(event.calendarUrl, '/events/camp/camp.ics');
  assert.equal(event.start.iso, '2022-09-03T09:00:00+02:00');
  assert.equal(new Date(event.start.time).toISOString(), '2022-09-03T07:00:00.000Z');
  assert.equal(event.timeZone, 'Europe/Paris');
  assert.equal(event.summary, 'Deux jours à Chambéry.');
  assert.deepEqual(
    event.sessions.map((s) => s.title),
    ['Accueil', 'Talk', 'Sans horaire'],
  );
  assert.equal(event.sessions[1].end?.iso, '2022-09-03T11:15:00+02:00');
  assert.equal(event.sessions[1].video, 'https://www.youtube.com/watch?v=aSWjCOxZojU');
  assert.equal(content.speakers.get('arthur')?.company, 'Padok');
});

test('every key must resolve: speakers, organizers and partners, at their line', () => {
  const errors = errorsOf({
    'content/events/camp.mdx': camp(['  - title: Talk', '    format: talk', '    speakers: [arthur, ghost]'], {
      organizers: '[rym, nobody]',
      partners: '[{key: dynamo, tier: support}, {key: acme, tier: gold}]',
    }),
  });
  assert.deepEqual(errors.sort(), [
    `content/events/camp.mdx:11:24  la personne "ghost" n'est pas dans content/speakers/  (créez content/speakers/ghost.yml (npm run new -- speaker "Prénom Nom"), ou utilisez une clé existante : arthur, rym)`,
    `content/events/camp.mdx:6:42  le partenaire "acme" n'est pas dans content/partners/  (créez content/partners/acme.yml (npm run new -- partner "Nom"), ou utilisez : dynamo)`,
    `content/events/camp.mdx:7:19  la personne "nobody" n'est pas dans content/speakers/  (créez content/speakers/nobody.yml (npm run new -- speaker "Prénom Nom"), ou utilisez une clé existante : arthur, rym)`,
  ]);
});

test('sessions of one track must not overlap; parallel tracks may', () => {
  const errors = errorsOf({
    'content/events/camp.mdx': camp([
      '  - {title: Talk, format: talk, start: 2022-09-03 10:30, duration: 45}',
      '  - {title: Quickie, format: quickie, start: 2022-09-03 11:00, duration: 15}',
      '  - {title: Rando, format: activity, track: Rando, start: 2022-09-03 14:00, duration: 240}',
      '  - {title: Escalade, format: activity, track: Escalade, start: 2022-09-03 14:00, duration: 240}',
      '  - {title: Jeux, format: activity, track: Escalade, start: 2022-09-03 17:00, duration: 30}',
    ]),
  });
  assert.deepEqual(errors, [
    `content/events/camp.mdx:10:46  sessions[2]: "Quickie" (2022-09-03 11:00–11:15) chevauche sessions[1]: "Talk" (2022-09-03 10:30–11:15)  (déplacez ou raccourcissez l'une des deux ; des sessions vraiment en parallèle ont des track: différents)`,
    `content/events/camp.mdx:13:61  sessions[5]: "Jeux" (2022-09-03 17:00–17:30) chevauche sessions[4]: "Escalade" (2022-09-03 14:00–18:00) dans la piste "Escalade"  (déplacez ou raccourcissez l'une des deux ; des sessions vraiment en parallèle ont des track: différents)`,
  ]);
});

test('two sessions at the same time in one track overlap even without durations', () => {
  const errors = errorsOf({
    'content/events/camp.mdx': camp([
      '  - {title: Apéro, format: activity, start: 2022-09-03 19:30}',
      '  - {title: Dîner, format: activity, start: 2022-09-03 19:30}',
    ]),
  });
  assert.equal(errors.length, 1);
  assert.match(
    errors[0],
    /^content\/events\/camp\.mdx:10:\d+ {2}sessions\[2\]: "Dîner" \(2022-09-03 19:30\) chevauche sessions\[1\]: "Apéro"/,
  );
});

test('every session must fall inside the event', () => {
  const errors = errorsOf({
    'content/events/camp.mdx': camp([
      '  - {title: Trop tôt, format: break, start: 2022-09-03 08:00, duration: 30}',
      '  - {title: Trop tard, format: activity, start: 2022-09-04 14:00, duration: 240}',
      '  - {title: Le lendemain, format: talk, start: 2022-09-05 10:00}',
    ]),
  });
  assert.deepEqual(errors, [
    `content/events/camp.mdx:9:45  sessions[1]: "Trop tôt" commence à 2022-09-03 08:00, avant le début de l'événement (2022-09-03 09:00)  (vérifiez le jour et l'heure de la session, ou le start de l'événement)`,
    `content/events/camp.mdx:10:49  sessions[2]: "Trop tard" finit à 2022-09-04 18:00, après la fin de l'événement (2022-09-04 17:00)  (vérifiez le start et la duration de la session, ou le end de l'événement)`,
    `content/events/camp.mdx:11:48  sessions[3]: "Le lendemain" commence à 2022-09-05 10:00, après la fin de l'événement (2022-09-04 17:00)  (vérifiez le start et la duration de la session, ou le end de l'événement)`,
  ]);
});

test("without an end, sessions must fit in the event's day", () => {
  const errors = errorsOf({
    'content/events/meetup.mdx': eventFile(
      'title: Meetup',
      'start: 2022-07-12 19:00',
      'venue: {name: Lab, city: Lyon}',
      'sessions:',
      '  - {title: Talk, format: talk, start: 2022-07-12 19:30, duration: 40}',
      '  - {title: Nuit, format: talk, start: 2022-07-12 23:30, duration: 60}',
    ),
  });
  assert.equal(errors.length, 1);
  assert.match(
    errors[0],
    /meetup\.mdx:7:\d+ {2}sessions\[2\]: "Nuit" finit à 2022-07-13 00:30, après la fin du jour de l'événement \(il n'a pas de end:\)/,
  );
});

test('the end must come after the start', () => {
  const errors = errorsOf({ 'content/events/camp.mdx': camp([], { end: '2022-09-02 17:00' }) });
  assert.deepEqual(errors, [
    `content/events/camp.mdx:4:6  end (2022-09-02 17:00) n'est pas après start (2022-09-03 09:00)  (vérifiez le jour et l'heure des deux)`,
  ]);
});

test("a written offset must be the event time zone's on that day", () => {
  const errors = errorsOf({ 'content/events/camp.mdx': camp([], { start: '2022-09-03T09:00:00+01:00' }) });
  assert.deepEqual(errors, [
    'content/events/camp.mdx:3:8  start: "2022-09-03T09:00:00+01:00" porte le décalage +01:00, mais Europe/Paris est à +02:00 ce jour-là  (écrivez l\'heure locale sans décalage (2022-09-03 09:00), ou le décalage +02:00)',
  ]);
  assert.deepEqual(
    errorsOf({
      'content/events/camp.mdx': camp([], { start: '2022-09-03T07:00:00Z', end: '2022-09-04T17:00:00+02:00' }),
    }).length,
    1,
  );
  assert.deepEqual(errorsOf({ 'content/events/camp.mdx': camp([], { start: '2022-09-03T09:00:00+02:00' }) }), []);
});

test('shape mistakes read like post mistakes: field, line, what was expected', () => {
  const errors = errorsOf({
    'content/events/camp.mdx': camp(['  - {title: Talk, format: workshop, duration: "45"}'], { venue: '{name: Lab}' }),
  });
  assert.deepEqual(errors.sort(), [
    'content/events/camp.mdx:5:8  venue.city manque  (ajoutez une ligne "city: ..." au front matter)',
    `content/events/camp.mdx:9:27  sessions[1].format: attendu : l'un de keynote, talk, quickie, lightning, round-table, activity, break, reçu "workshop"`,
    'content/events/camp.mdx:9:47  sessions[1].duration: attendu : un nombre de minutes, reçu "45"',
  ]);
});

test('an event says where it happens: a venue, or online', () => {
  const online = eventFile('title: En ligne', 'start: 2022-05-01 19:00', 'online: https://meet.example/sre');
  assert.deepEqual(errorsOf({ 'content/events/online.mdx': online }), []);
  const nowhere = eventFile('title: Nulle part', 'start: 2022-05-01 19:00');
  assert.deepEqual(errorsOf({ 'content/events/nowhere.mdx': nowhere }), [
    `content/events/nowhere.mdx:2:1  l'événement ne dit ni où il a lieu ni où le suivre  (ajoutez venue: {name, address, city} ou online: https://...)`,
  ]);
});

test("a post's event: links it to the event, and a dangling one is an error at its line", () => {
  const event = camp([]);
  const { content } = load({
    'content/events/camp.mdx': event,
    'content/post/recap.mdx': post('title: Recap\ndate: 2022-09-05\nevent: camp'),
  });
  assert.equal(content.posts[0].event, 'camp');
  const errors = errorsOf({
    'content/events/camp.mdx': event,
    'content/post/recap.mdx': post('title: Recap\ndate: 2022-09-05\ntags: [summercamp]\nevent: camp-2023'),
  });
  assert.deepEqual(errors, [
    `content/post/recap.mdx:5:8  l'événement "camp-2023" n'est pas dans content/events/  (écrivez le nom de fichier d'un événement, sans .mdx : camp)`,
  ]);
});

test('a speaker record is checked like a partner: fields, keys, photo', () => {
  const errors = errorsOf({
    'content/speakers/Bad Key.yml': 'name: X\n',
    'content/speakers/no-name.yml': 'company: Padok\n',
    'content/speakers/photo.yml': 'name: Photo\nphoto: /img/missing.jpg\n',
  });
  assert.deepEqual(errors.sort(), [
    'content/speakers/Bad Key.yml:1:1  "Bad Key" ne peut pas servir de clé (speaker)  (nommez le fichier en minuscules avec des tirets : arthur-busser.yml)',
    'content/speakers/no-name.yml:1:1  name manque  (ajoutez une ligne "name: ..." au fichier)',
    `content/speakers/photo.yml:2:8  l'image "/img/missing.jpg" n'existe pas  (ajoutez le fichier dans content/img/ (servi en /img/...), ou corrigez le chemin)`,
  ]);
});

test('event pages are published paths, so content may link to them and to their calendars', () => {
  const errors = errorsOf({
    'content/events/camp.mdx': camp([]),
    'content/post/a.mdx': post(
      'title: A\ndate: 2022-01-01',
      '[camp](/events/camp/) [liste](/events/) [ics](/events/camp/camp.ics) [tout](/events/calendar.ics) [non](/events/nope/)',
    ),
  });
  assert.equal(errors.length, 1);
  assert.match(errors[0], /lien vers "\/events\/nope\/" : aucune page n'a cette adresse/);
});
