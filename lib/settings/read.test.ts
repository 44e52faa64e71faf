import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readSettings, settingsFile, siteDir } from './read.ts';
import { speakSiteLanguage } from '../messages/say.ts';

// Asserted in French whatever the invented community's language, as the other tests of the check.
process.env.CONTENT_LANG = 'fr';

const MONTREAL = fs.readFileSync(path.join(import.meta.dirname, 'fixtures', 'montreal', 'site.yaml'), 'utf8');

/** The invented community's settings with some lines changed, in a file of their own. */
function settingsWith(edit: (text: string) => string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'site-yaml-'));
  const file = path.join(dir, 'site.yaml');
  fs.writeFileSync(file, edit(MONTREAL));
  return file;
}
const lineOf = (file: string, text: string) =>
  fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .findIndex((line) => line.includes(text)) + 1;

test('SITE_DIR names the folder of site.yaml, the working directory by default', () => {
  assert.equal(settingsFile({ SITE_DIR: 'examples/x' }), path.resolve('examples/x/site.yaml'));
  assert.equal(siteDir({}), process.cwd());
});

test("a community's settings read as they are written", () => {
  const { settings, issues } = readSettings(settingsWith((t) => t));
  assert.deepEqual(issues, []);
  assert.equal(settings?.name, 'Cloud Native Montréal');
  assert.deepEqual(settings?.wordmark.band, ['Cloud', 'Native']);
  assert.equal(settings?.colours.accent.strong, '#0b6e5e');
});

test('a misspelt field, a wrong time zone and a missing name are each reported at their line, with what to do', () => {
  const file = settingsWith((t) =>
    t
      .replace('timeZone: America/Toronto', 'timeZone: America/Montréal')
      .replace('calendarId:', 'calendarID:')
      .replace(/^name: .*\n/m, ''),
  );
  const { settings, issues } = readSettings(file);
  assert.equal(settings, undefined);
  const byLine = new Map(issues.map((i) => [i.line, i]));
  const zone = byLine.get(lineOf(file, 'timeZone:'));
  assert.match(zone?.message ?? '', /timeZone.*fuseau IANA, comme Europe\/Paris/);
  const unknown = byLine.get(lineOf(file, 'calendarID:'));
  assert.match(unknown?.message ?? '', /champ inconnu "calendarID"/);
  assert.match(unknown?.hint ?? '', /calendarId/);
  assert.ok(issues.some((i) => /^name manque/.test(i.message) && /"name: \.\.\."/.test(i.hint ?? '')));
});

test('a brand colour too light for white text is refused at its line, naming the colour, the pair and the scheme', () => {
  const file = settingsWith((t) => t.replace('strong: "#0b6e5e"', 'strong: "#3fbfa8"'));
  const { settings, issues } = readSettings(file);
  assert.equal(settings, undefined);
  assert.ok(issues.length >= 1);
  for (const i of issues) assert.equal(i.line, lineOf(file, 'strong: "#3fbfa8"'));
  assert.match(
    issues[0].message,
    /colours\.accent\.strong \(#3fbfa8\) sur blanc \(#ffffff\), 2\.\d\d:1 au lieu de 4\.5:1/,
  );
  assert.match(issues[0].message, /thème clair/);
  assert.match(issues[0].hint ?? '', /plus foncée/);
});

test('a dark-scheme pair is checked too: link colour on the night background', () => {
  const file = settingsWith((t) => t.replace('light: "#7dd3c0"', 'light: "#2f5f57"'));
  const { issues } = readSettings(file);
  const dark = issues.filter((i) => /thème sombre/.test(i.message));
  assert.ok(
    dark.some((i) => /colours\.accent\.light \(#2f5f57\) sur colours\.deep\.night \(#0d1020\)/.test(i.message)),
  );
  assert.ok(dark.every((i) => i.line === lineOf(file, 'light: "#2f5f57"')));
  assert.match(dark[0].hint ?? '', /plus claire/);
});

test("the messages follow the site's language when CONTENT_LANG does not choose one", () => {
  const chosen = process.env.CONTENT_LANG;
  delete process.env.CONTENT_LANG;
  try {
    const { issues } = readSettings(settingsWith((t) => t.replace('timeZone: America/Toronto', 'timeZone: Mars/Base')));
    assert.match(issues[0].message, /expected an IANA time zone/);
    const french = readSettings(
      settingsWith((t) =>
        t.replace('language: en', 'language: fr').replace('timeZone: America/Toronto', 'timeZone: Mars/Base'),
      ),
    );
    assert.match(french.issues[0].message, /attendu un fuseau IANA/);
  } finally {
    process.env.CONTENT_LANG = chosen;
    speakSiteLanguage(undefined);
  }
});

test('a missing file says which one and how to make it', () => {
  const { settings, issues } = readSettings(path.join(os.tmpdir(), 'nowhere', 'site.yaml'));
  assert.equal(settings, undefined);
  assert.match(issues[0].message, /fichier des réglages du site manque/);
  assert.match(issues[0].hint ?? '', /npm run new-site/);
});
