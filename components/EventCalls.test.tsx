import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderToStaticMarkup } from 'react-dom/server';
import { loadFiles, post } from '../lib/test/temp-content.ts';
import { openCalls } from '../lib/community/calls.ts';
import { EventCalls } from './EventCalls.tsx';
import { EventListItem } from './EventListItem.tsx';

const { content } = loadFiles({
  'content/events/2027-meetup.mdx': post(
    [
      'title: Meetup de Bordeaux',
      'start: 2027-02-11 19:00',
      'venue: {name: Salle, city: Bordeaux}',
      'cfp: {url: "https://forms.example/cfp", until: 2027-01-01}',
      'registration: {url: "https://meetup.example/r", until: 2027-02-10}',
    ].join('\n'),
  ),
});
const [event] = content.events;
const OPEN = Date.parse('2026-12-01T00:00:00Z');
const CLOSED = Date.parse('2027-01-02T12:00:00Z');

test('an upcoming event shows its call for talks, with its closing day in French, while it is open', () => {
  const html = renderToStaticMarkup(<EventCalls calls={openCalls(event, OPEN)} title={event.title} />);
  assert.match(html, /Appel à talks ouvert/);
  assert.match(html, /jusqu&#x27;au <strong>1er janvier 2027<\/strong>/);
  assert.match(html, /<a href="https:\/\/forms\.example\/cfp"[^>]*>Proposer un talk/);
  assert.match(html, /<a href="https:\/\/meetup\.example\/r"[^>]*>S&#x27;inscrire \(jusqu&#x27;au 10 février 2027\)/);
  assert.doesNotMatch(html, /<script/);
});

test('once the call is closed, only registration remains; the events list says "CFP ouvert jusqu’au …" only while open', () => {
  const closed = renderToStaticMarkup(<EventCalls calls={openCalls(event, CLOSED)} title={event.title} />);
  assert.match(closed, /Inscriptions ouvertes/);
  assert.doesNotMatch(closed, /Proposer un talk/);
  const listed = (now: number) => renderToStaticMarkup(<EventListItem event={event} now={now} heading="h3" />);
  assert.match(listed(OPEN), /CFP ouvert jusqu&#x27;au 1er janvier 2027/);
  assert.doesNotMatch(listed(CLOSED), /CFP ouvert/);
});
