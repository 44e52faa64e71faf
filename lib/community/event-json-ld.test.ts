import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadFiles, post } from '../test/temp-content.ts';
import { eventJsonLd } from './event-json-ld.ts';

const { content, issues } = loadFiles({
  'content/speakers/arthur.yml': 'name: Arthur Busser\ncompany: Padok\n',
  'content/speakers/rym.yml': 'name: Rym\n',
  'content/partners/dynamo.yml': 'name: La Dynamo\nurl: https://ladynamo.example/\n',
  'content/events/camp.mdx': post(
    'title: Camp\nstart: 2022-09-03 09:00\nend: 2022-09-04 17:00\nvenue: {name: La Dynamo, address: 24 avenue Daniel Rops, postalCode: "73000", city: Chambéry, lat: 45.5903, lng: 5.9203}\norganizers: [rym]\npartners: [{key: dynamo, tier: support}]\nsessions:\n  - {title: T, format: talk, speakers: [arthur], start: 2022-09-03 10:30, duration: 45}\n  - {title: U, format: talk, speakers: [arthur], start: 2022-09-04 10:30, duration: 45}',
    'Un camp.',
  ),
  'content/events/lyon.mdx': post(
    'title: Lyon\nstart: 2022-07-12 19:00\nvenue: {name: Lab, city: Lyon}\nonline: {platform: Teams}\nwebsite: https://meetup.example/e/1\nstatus: cancelled',
  ),
});
const ld = (slug: string) => eventJsonLd(content.events.find((e) => e.slug === slug)!, content) as Record<string, any>;

test('fixtures are valid', () => assert.deepEqual(issues, []));

test('an event on site: Place with postal address and coordinates, dates with offset, people', () => {
  const camp = ld('camp');
  assert.equal(camp['@type'], 'Event');
  assert.equal(camp.startDate, '2022-09-03T09:00:00+02:00');
  assert.equal(camp.endDate, '2022-09-04T17:00:00+02:00');
  assert.equal(camp.eventAttendanceMode, 'https://schema.org/OfflineEventAttendanceMode');
  assert.equal(camp.eventStatus, 'https://schema.org/EventScheduled');
  assert.deepEqual(camp.location, [
    {
      '@type': 'Place',
      name: 'La Dynamo',
      address: {
        '@type': 'PostalAddress',
        streetAddress: '24 avenue Daniel Rops',
        postalCode: '73000',
        addressLocality: 'Chambéry',
        addressCountry: 'FR',
      },
      geo: { '@type': 'GeoCoordinates', latitude: 45.5903, longitude: 5.9203 },
    },
  ]);
  // Each speaker once, however many sessions they give.
  assert.deepEqual(camp.performer, [
    { '@type': 'Person', name: 'Arthur Busser', worksFor: { '@type': 'Organization', name: 'Padok' } },
  ]);
  assert.deepEqual(
    camp.organizer.map((o: { name: string }) => o.name),
    ['SRE France', 'Rym'],
  );
  assert.deepEqual(camp.sponsor, [{ '@type': 'Organization', name: 'La Dynamo', url: 'https://ladynamo.example/' }]);
});

test('a hybrid event is Mixed, with a VirtualLocation; a cancelled one says so', () => {
  const lyon = ld('lyon');
  assert.equal(lyon.eventAttendanceMode, 'https://schema.org/MixedEventAttendanceMode');
  assert.deepEqual(
    lyon.location.map((l: { '@type': string }) => l['@type']),
    ['Place', 'VirtualLocation'],
  );
  assert.equal(lyon.location[1].url, 'https://meetup.example/e/1');
  assert.equal(lyon.eventStatus, 'https://schema.org/EventCancelled');
  assert.equal(lyon.endDate, undefined);
});
