/**
 * On a site whose language is English, npm run new writes its files explained in English, and
 * each passes the check as written and with every commented example switched on. SITE_DIR is
 * set before any module reads the settings (each test file runs in its own process).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

process.env.SITE_DIR = path.resolve('lib', 'settings', 'fixtures', 'montreal');

const { createContent, KINDS } = await import('./create.ts');
const { uncommented } = await import('./uncommented.ts');
const { loadContent } = await import('../../../lib/content/load.ts');

const FIXTURE = path.resolve('e2e', 'fixture-site', 'content');
const NOW = Date.parse('2026-03-29T10:30:45Z');
/** Words of the French templates' explanations that English ones never write. */
const FRENCH =
  /\b(obligatoire|Titre|Mots-clés|Brouillon|Partenaires|Anciennes adresses|Décrivez|Présentez|remplacez|exemple)\b/;

for (const kind of KINDS) {
  test(`an English site's new ${kind} is explained in English and passes the check, examples on or off`, () => {
    for (const switchedOn of [false, true]) {
      const contentDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'new-en-')), 'content');
      fs.cpSync(FIXTURE, contentDir, { recursive: true });
      const created = createContent(kind, 'Template trial', { contentDir, now: NOW });
      const text = fs.readFileSync(created.file, 'utf8');
      const comments = text.split('\n').filter((line) => /^\s*#/.test(line));
      assert.ok(comments.length > 2, `${kind}: no explanation`);
      for (const line of comments) assert.doesNotMatch(line, FRENCH, `${kind}: « ${line} »`);
      if (switchedOn) fs.writeFileSync(created.file, uncommented(text));
      const { issues } = loadContent({ contentDir, publicDir: path.resolve('public'), now: NOW });
      const errors = issues
        .filter((i) => i.severity === 'error')
        .map((i) => `${path.basename(i.file)}:${i.line}:${i.column} ${i.message}`);
      assert.deepEqual(errors, [], switchedOn ? 'with every example switched on' : 'as written');
    }
  });
}

test('the English templates list the same fields as the French ones, kind by kind', async () => {
  const { FRENCH_TEMPLATES } = await import('./templates.ts');
  const { ENGLISH_TEMPLATES } = await import('./templates-en.ts');
  const { examplesFrom } = await import('./examples.ts');
  const { localTime } = await import('./create.ts');
  const input = { title: 'T', now: localTime(NOW), examples: examplesFrom(FIXTURE) };
  const fieldsOf = (text: string) =>
    [...new Set([...text.matchAll(/^\s*#? ?-? ?([a-z][a-zA-Z]*):/gm)].map((m) => m[1]))].sort();
  assert.deepEqual(Object.keys(ENGLISH_TEMPLATES).sort(), Object.keys(FRENCH_TEMPLATES).sort());
  for (const [kind, french] of Object.entries(FRENCH_TEMPLATES))
    assert.deepEqual(fieldsOf(ENGLISH_TEMPLATES[kind](input)), fieldsOf(french(input)), kind);
});
