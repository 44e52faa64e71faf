import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadFiles } from '../test/temp-content.ts';
import { offersOf } from './kind.ts';
import { jobSchema } from './schema.ts';
import { jobTemplate } from './template.ts';

const NOW = Date.parse('2026-03-29T10:30:45Z');
const text = jobTemplate({
  title: 'SRE « plateforme »',
  now: { day: '2026-03-29', time: '12:30:00', offset: '+02:00' },
});

test('the template of npm run new -- job explains every field the schema accepts', () => {
  const fields = new Set([...text.matchAll(/^#? ?([a-zA-Z]+):/gm)].map((m) => m[1]));
  for (const field of Object.keys(jobSchema.shape)) assert.ok(fields.has(field), `the job template lacks ${field}`);
});

test('a new offer passes the check as it is, and with its commented fields switched on, open for thirty days', () => {
  const on = text.replace(/^# (?=[a-z]+:)/gm, '');
  assert.notEqual(on, text);
  for (const written of [text, on]) {
    const { content, issues } = loadFiles({ 'content/jobs/sre.mdx': written }, { now: NOW });
    assert.deepEqual(issues, []);
    const [offer] = offersOf(content);
    assert.equal(offer.title, 'SRE « plateforme »');
    assert.equal(offer.date.iso.slice(0, 10), '2026-03-29');
    assert.equal(offer.until.iso.slice(0, 10), '2026-04-28');
  }
});
