import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderToStaticMarkup } from 'react-dom/server';
import { buildArchive } from '../lib/content/archive.ts';
import { loadFiles, post } from '../lib/test/temp-content.ts';
import { TalkItem } from './TalkItem.tsx';

const { content } = loadFiles({
  'content/speakers/lea.yml': 'name: Léa Martin\n',
  'content/speakers/hugo.yml': 'name: Hugo Bernard\n',
  'content/events/2027-meetup.mdx': post(
    [
      'title: Meetup de Lyon',
      'start: 2027-02-11 19:00',
      'venue: {name: Salle, city: Lyon}',
      'sessions:',
      '  - {title: "À deux voix", format: talk, speakers: [lea, hugo], start: 2027-02-11 19:15}',
      '  - {title: "Seule", format: talk, speakers: [lea], start: 2027-02-11 19:45}',
      '  - {title: "Table ronde", format: round-table, start: 2027-02-11 20:00}',
    ].join('\n'),
  ),
});
const talks = new Map(buildArchive(content).talks.map((t) => [t.title, t]));
const render = (title: string, speaker?: string) =>
  renderToStaticMarkup(<TalkItem talk={talks.get(title)!} speaker={speaker} />);
const names = (html: string) => [...html.matchAll(/class="talk-speaker[^"]*"[^>]*>([^<]+)</g)].map((m) => m[1]);

test('a session whose file names no speaker says so rather than showing nothing', () => {
  assert.match(render('Table ronde'), /Intervenant\(s\) non indiqué\(s\)/);
  assert.doesNotMatch(render('À deux voix'), /non indiqué/);
  assert.deepEqual(names(render('À deux voix')), ['Léa Martin', 'Hugo Bernard']);
});

test('on a speaker’s own page a talk names only the people beside them', () => {
  const shared = render('À deux voix', 'lea');
  assert.deepEqual(names(shared), ['Hugo Bernard']);
  assert.match(shared, />Avec </);
  const alone = render('Seule', 'lea');
  assert.deepEqual(names(alone), []);
  assert.doesNotMatch(alone, /Léa Martin|non indiqué/);
});
