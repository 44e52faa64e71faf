import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createContent, KINDS, localTime } from './create.ts';
import { TEMPLATES } from './templates.ts';
import { examplesFrom } from './examples.ts';
import { uncommented } from './uncommented.ts';
import { loadContent } from '../../../lib/content/load.ts';
import { pageSchema, partnerSchema, postSchema, speakerSchema } from '../../../lib/content/schema.ts';
import { ALLOWED_COMPONENTS } from '../../../lib/mdx/allow-list.ts';

const tempContent = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'new-')), 'content');
const NOW = Date.parse('2026-03-29T10:30:45Z');

test('the site time zone gives the day, time and offset written in new files', () => {
  // 29 March 2026 is the switch to summer time in Paris: 10:30 UTC is 12:30 +02:00.
  assert.deepEqual(localTime(NOW), { day: '2026-03-29', time: '12:30:00', offset: '+02:00' });
  assert.deepEqual(localTime(Date.parse('2026-01-31T23:30:00Z')), {
    day: '2026-02-01',
    time: '00:30:00',
    offset: '+01:00',
  });
});

test('a new post is dated, slugged, and passes the check as it is', () => {
  const contentDir = tempContent();
  const created = createContent('post', 'Rétro 2024 à Lyon', { contentDir, now: NOW });
  assert.equal(path.relative(contentDir, created.file), path.join('post', '2026-03-29-retro-2024-a-lyon.mdx'));
  assert.equal(created.url, '/post/2026-03-29-retro-2024-a-lyon/');
  const text = fs.readFileSync(created.file, 'utf8');
  assert.match(text, /^title: "Rétro 2024 à Lyon"$/m);
  assert.match(text, /^date: 2026-03-29T12:30:00\+02:00$/m);

  const { content, issues } = loadContent({ contentDir, now: NOW });
  assert.deepEqual(issues, []);
  assert.deepEqual(
    content.posts.map((p) => p.url),
    [created.url],
  );
  assert.equal(content.posts[0].title, 'Rétro 2024 à Lyon');
});

test('a new page passes the check as it is; a new event lands in content/events/', () => {
  const contentDir = tempContent();
  const page = createContent('page', 'Code de conduite', { contentDir, now: NOW });
  assert.equal(page.url, '/page/code-de-conduite/');
  const event = createContent('event', 'SummerCamp 2026', { contentDir, now: NOW });
  assert.equal(path.relative(contentDir, event.file), path.join('events', 'summercamp-2026.mdx'));
  const { content, issues } = loadContent({ contentDir, now: NOW });
  assert.deepEqual(issues, []);
  assert.deepEqual(
    content.pages.map((p) => p.url),
    ['/page/code-de-conduite/'],
  );
  assert.deepEqual(
    content.events.map((e) => e.slug),
    ['summercamp-2026'],
  );
});

test('templates explain every field the schema accepts', () => {
  const input = { title: 'T', now: localTime(NOW), examples: examplesFrom(FIXTURE) };
  const fieldsOf = (text: string) => new Set([...text.matchAll(/^#? ?([a-zA-Z]+):/gm)].map((m) => m[1]));
  const post = fieldsOf(TEMPLATES.post(input));
  for (const field of Object.keys(postSchema.shape))
    if (!['type', 'comments', 'socialShare'].includes(field))
      assert.ok(post.has(field), `post template lacks ${field}`);
  const page = fieldsOf(TEMPLATES.page(input));
  // A page about an event is a recap: it belongs in content/post/ (lib/content/misplaced.ts).
  for (const field of Object.keys(pageSchema.shape))
    if (!['type', 'comments', 'socialShare', 'event'].includes(field))
      assert.ok(page.has(field), `page template lacks ${field}`);
  const event = TEMPLATES.event(input);
  for (const field of [
    'title',
    'start',
    'end',
    'timezone',
    'venue',
    'name',
    'address',
    'city',
    'lat',
    'lng',
    'online',
    'website',
    'registration',
    'hero',
    'tags',
    'partners',
    'key',
    'tier',
    'organizers',
    'sessions',
    'speakers',
    'format',
    'duration',
    'language',
    'slides',
    'video',
    'description',
  ]) {
    assert.match(event, new RegExp(`\\b${field}:`), `event template lacks ${field}`);
  }
  for (const [kind, schema] of [
    ['speaker', speakerSchema],
    ['partner', partnerSchema],
  ] as const) {
    const fields = fieldsOf(TEMPLATES[kind](input));
    for (const field of Object.keys(schema.shape)) assert.ok(fields.has(field), `${kind} template lacks ${field}`);
  }
  for (const kind of ['post', 'page'] as const) {
    for (const name of ALLOWED_COMPONENTS)
      assert.match(TEMPLATES[kind](input), new RegExp(`<${name}[ >]`), `${kind} template lacks <${name}>`);
  }
});

test('templates and CONTRIBUTING recommend no image format the check refuses', () => {
  const input = { title: 'T', now: localTime(NOW), examples: examplesFrom(FIXTURE) };
  const texts = [
    ...Object.entries(TEMPLATES).map(([kind, template]) => [`${kind} template`, template(input)] as const),
    ['CONTRIBUTING.md', fs.readFileSync('CONTRIBUTING.md', 'utf8')] as const,
  ];
  for (const [name, text] of texts) {
    // A sentence that names a refused format must say it is refused.
    for (const sentence of text.split(/(?<=[.;:!?])\s+|\n\s*\n/)) {
      if (/\b(SVG|GIF|HEIC|TIFF|BMP)\b/.test(sentence))
        assert.match(sentence, /refus|exportez|export it|convert|not accepted/i, `${name}: "${sentence.trim()}"`);
    }
  }
});

const FIXTURE = path.resolve('e2e', 'fixture-site', 'content');

// Every kind npm run new makes (lib/content/kinds.ts), a kind added later included.
for (const kind of KINDS) {
  test(`a new ${kind} passes the check as it is, and with every commented example switched on`, () => {
    for (const switchedOn of [false, true]) {
      const contentDir = tempContent();
      fs.cpSync(FIXTURE, contentDir, { recursive: true });
      const created = createContent(kind, 'Essai du modèle', { contentDir, now: NOW });
      if (switchedOn) {
        const text = fs.readFileSync(created.file, 'utf8');
        const on = uncommented(text);
        assert.notEqual(on, text, 'the template has commented examples');
        fs.writeFileSync(created.file, on);
      }
      const { issues } = loadContent({ contentDir, publicDir: path.resolve('public'), now: NOW });
      const errors = issues
        .filter((i) => i.severity === 'error')
        .map((i) => `${path.basename(i.file)}:${i.line}:${i.column} ${i.message}`);
      assert.deepEqual(errors, [], switchedOn ? 'with every example switched on' : 'as written');
    }
  });
}

test('npm run new: the new files pass npm run check as they are; it refuses to overwrite, and page names that are numbers', () => {
  const contentDir = tempContent();
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/tools/new-content.ts', ...args], {
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: contentDir },
    });
  const first = run('page', 'À propos');
  assert.equal(first.status, 0, first.stderr);
  const post = run('post', 'Rétro 2024 à Lyon');
  assert.match(post.stdout, /^created .*content\/post\/\d{4}-\d{2}-\d{2}-retro-2024-a-lyon\.mdx/m);
  // The real check, as an organizer runs it: clean content prints one summary line.
  const check = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-steps/check.ts'], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: contentDir },
  });
  assert.equal(check.status, 0, check.stdout);
  assert.match(
    check.stdout,
    /^check: contenu correct, 0 avertissement \(1 article, 1 page, 1 mot-clé, 0 événement, 0 intervenant·e, 0 partenaire, 0 offre d'emploi vérifiés en [\d.]+ s\)\n$/,
  );
  const file = path.join(contentDir, 'page', 'a-propos.mdx');
  fs.writeFileSync(file, 'edited by hand');
  const second = run('page', 'À propos');
  assert.equal(second.status, 1);
  assert.match(second.stderr, /a-propos\.mdx exists already: nothing written/);
  assert.equal(fs.readFileSync(file, 'utf8'), 'edited by hand');

  const numbered = run('page', '2');
  assert.equal(numbered.status, 1);
  assert.match(numbered.stderr, /would take the address \/page\/2\//);
  const unknown = run('article', 'X');
  assert.equal(unknown.status, 1);
  assert.match(unknown.stderr, /use post, page, event, speaker, partner, job/);
  assert.doesNotMatch(first.stderr + second.stderr + numbered.stderr + unknown.stderr, /^\s+at /m);
});
