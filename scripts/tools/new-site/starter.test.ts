import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readSettings } from '../../../lib/settings/read.ts';
import { loadContent } from '../../../lib/content/load.ts';

process.env.CONTENT_LANG = 'fr';
const SCRIPT = path.join(import.meta.dirname, '..', 'new-site.ts');
const run = (args: string[]) =>
  spawnSync(process.execPath, ['--import', import.meta.resolve('tsx'), SCRIPT, ...args], { encoding: 'utf8' });

test('a new community gets a settings file and a content folder that pass the check as they are', () => {
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'new-site-')), 'cnl');
  const result = run([
    '--name',
    'Cloud Native Lyon',
    '--language',
    'en',
    '--url',
    'https://cnl.example.org',
    '--dir',
    dir,
  ]);
  assert.equal(result.status, 0, result.stderr);

  const { settings, issues } = readSettings(path.join(dir, 'site.yaml'));
  assert.deepEqual(issues, []);
  assert.equal(settings?.name, 'Cloud Native Lyon');
  assert.equal(settings?.language, 'en');
  assert.equal(settings?.url, 'https://cnl.example.org');
  assert.deepEqual(settings?.wordmark.band, ['Cloud', 'Native']);
  assert.equal(settings?.organizerPartner, 'cloud-native-lyon');

  const loaded = loadContent({ contentDir: path.join(dir, 'content'), now: Date.now() });
  assert.deepEqual(
    loaded.issues.filter((i) => i.severity === 'error').map((i) => `${i.file}:${i.line} ${i.message}`),
    [],
  );
  assert.equal(loaded.content.posts.length, 1);
  assert.equal(loaded.content.events.length, 1);
  assert.equal(loaded.content.speakers.size, 1);
  // Nothing of the project's own community comes along.
  const files = fs.readdirSync(dir, { recursive: true }).map(String);
  for (const file of files.filter((f) => /\.(ya?ml|mdx)$/.test(f))) {
    assert.doesNotMatch(fs.readFileSync(path.join(dir, file), 'utf8'), /SRE France|sre-france/i, file);
  }
});

test('it never writes over an existing site, and says which file is in the way', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'new-site-'));
  fs.writeFileSync(path.join(dir, 'site.yaml'), 'name: Ours\n');
  const result = run(['--name', 'Other', '--language', 'fr', '--url', 'https://other.example.org', '--dir', dir]);
  assert.equal(result.status, 2);
  assert.match(result.stderr, /site\.yaml exists already/);
  assert.equal(fs.readFileSync(path.join(dir, 'site.yaml'), 'utf8'), 'name: Ours\n');
});

test('a missing name or an unknown language is refused with the usage', () => {
  assert.match(run(['--language', 'en', '--url', 'https://x.example.org']).stderr, /--name is missing/);
  assert.match(run(['--name', 'X', '--language', 'de', '--url', 'https://x.example.org']).stderr, /write fr or en/);
});
