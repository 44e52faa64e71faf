import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A tiny export with one of each kind of broken reference, and a page nothing links to. */
function fakeExport(): string {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'out-'));
  const write = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(out, rel)), { recursive: true });
    fs.writeFileSync(path.join(out, rel), text);
  };
  const page = (body: string) => `<!doctype html><html lang="fr"><head><title>t</title><link rel="stylesheet" href="/style.css"></head><body>${body}</body></html>`;
  write('style.css', 'body { background: url(/img/bg.png); }');
  write('img/bg.png', 'png');
  write('img/ok.jpg', 'jpg');
  write('404.html', page('<a href="/">accueil</a>'));
  write('index.html', page('<h2 id="intro">Intro</h2><a href="/post/a/">a</a> <a href="/post/a">a sans barre</a> <a href="#intro">intro</a> <a href="https://example.invalid/">ailleurs</a> <img src="/img/ok.jpg" alt="">'));
  write('post/a/index.html', page('<a href="/post/missing/">cassé</a> <a href="/#nowhere">ancre</a> <picture><source srcset="/img/ok.jpg 400w, /_img/gone-800.webp 800w"><img src="/img/ok.jpg" alt=""></picture>'));
  write('orphan/index.html', page('<img src="/img/absent.jpg" alt="">'));
  return out;
}

test('linkcheck fails on broken links, srcset entries and pages nothing links to; skips external sites', () => {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/linkcheck.ts', fakeExport()], { encoding: 'utf8' });
  const output = result.stdout + result.stderr;
  assert.equal(result.status, 1, output);
  assert.match(output, /^\/post\/a\/ {2}broken link to \/post\/missing\/ \(404\)$/m);
  assert.match(output, /^\/post\/a\/ {2}broken link to \/_img\/gone-800\.webp \(404\)$/m);
  assert.match(output, /^\/orphan\/ {2}broken link to \/img\/absent\.jpg \(404\)$/m);
  assert.doesNotMatch(output, /example\.invalid|\/img\/bg\.png|\/#intro|\/post\/a \(/);
  assert.match(output, /^linkcheck: 3 broken \(4 pages, /m);
});
