import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A tiny export with one of each kind of broken reference, and a page nothing links to (the other cases: linkcheck/check-export.test.ts). */
function fakeExport(): string {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'out-'));
  const write = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(out, rel)), { recursive: true });
    fs.writeFileSync(path.join(out, rel), text);
  };
  const page = (body: string) =>
    `<!doctype html><html lang="fr"><head><title>t</title><link rel="stylesheet" href="/style.css"></head><body>${body}</body></html>`;
  write('style.css', 'body { background: url(/img/bg.png); }');
  write('img/bg.png', 'png');
  write('img/ok.jpg', 'jpg');
  write('robots.txt', 'User-agent: *\nAllow: /\n');
  write('404.html', page('<a href="/">accueil</a>'));
  write(
    'index.html',
    page(
      '<h2 id="intro">Intro</h2><a href="/post/a/">a</a> <a href="/post/a">a sans barre</a> <a href="#intro">intro</a> <a href="https://example.invalid/">ailleurs</a> <img src="/img/ok.jpg" alt="">',
    ),
  );
  write(
    'post/a/index.html',
    page(
      '<a href="/post/missing/">cassé</a> <a href="/#nowhere">ancre</a> <picture><source srcset="/img/ok.jpg 400w, /_img/gone-800.webp 800w"><img src="/img/ok.jpg" alt=""></picture>',
    ),
  );
  write('orphan/index.html', page('<img src="/img/absent.jpg" alt="">'));
  return out;
}

test('npm run linkcheck lists each broken target with the pages linking to it, and fails', () => {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/tools/linkcheck.ts', fakeExport()], {
    encoding: 'utf8',
    env: { ...process.env, BASE_PATH: '', CUSTOM_DOMAIN: '' },
  });
  const output = result.stdout + result.stderr;
  assert.equal(result.status, 1, output);
  assert.match(output, /^\/post\/a\/ {2}broken link to \/post\/missing\/ \(HTTP 404\)$/m);
  assert.match(output, /^\/post\/a\/ {2}broken link to \/_img\/gone-800\.webp \(HTTP 404\)$/m);
  assert.match(output, /^\/orphan\/ {2}broken link to \/img\/absent\.jpg \(HTTP 404\)$/m);
  assert.match(output, /^\/post\/a\/ {2}broken link to \/#nowhere \(no element with this id\)$/m);
  assert.doesNotMatch(output, /example\.invalid|\/img\/bg\.png|\/#intro|\/post\/a \(/);
  assert.match(output, /^linkcheck: 4 broken \(4 pages, /m);
});

test('npm run linkcheck -- --help prints its usage; an unknown option is refused', () => {
  const help = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/tools/linkcheck.ts', '--help'], {
    encoding: 'utf8',
  });
  assert.equal(help.status, 0);
  assert.match(help.stdout, /^usage: npm run linkcheck/);
  const wrong = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/tools/linkcheck.ts', '--depth', '3'], {
    encoding: 'utf8',
  });
  assert.equal(wrong.status, 2);
  assert.match(wrong.stderr, /Unknown option '--depth'[\s\S]*usage: npm run linkcheck/);
});
