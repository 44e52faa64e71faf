import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { diffExports } from './export-diff';

function exportOf(buildId: string, pages: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'export-diff-'));
  fs.mkdirSync(path.join(dir, '_next/static/chunks'), { recursive: true });
  fs.mkdirSync(path.join(dir, `_next/static/${buildId}`), { recursive: true });
  for (const [page, body] of Object.entries(pages)) {
    const file = path.join(dir, page.endsWith('/') ? `${page}index.html` : page);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(
      file,
      `<!DOCTYPE html><html><head><link href="/_next/static/${buildId}/x.css"></head><body>${body}</body></html>`,
    );
  }
  return dir;
}

test('every page added, removed or whose HTML changed, and only those, whatever the build id', () => {
  const base = exportOf('aaaa1111', {
    '/': '<p>Prochain événement : Lille</p>',
    '/talks/': '<ul><li>Un talk</li></ul>',
    '/speakers/rym/': '<p>Rym, 1 talk</p>',
    '/tags/sre/': '<p>SRE</p>',
    '/post/ancien/': '<p>Ancien</p>',
    '/post/stable/': '<p>Stable</p>',
  });
  const pr = exportOf('bbbb2222', {
    '/': '<p>Prochain événement : Paris, appel à talks ouvert</p>',
    '/talks/': '<ul><li>Un talk</li><li>Un autre</li></ul>',
    '/speakers/rym/': '<p>Rym, 2 talks</p>',
    '/tags/sre/': '<p>SRE</p>',
    '/tags/lyon/': '<p>Lyon</p>',
    '/post/stable/': '<p>Stable</p>',
    '/old/address/': '<meta http-equiv="refresh" content="0; url=/post/stable/">',
  });
  assert.deepEqual(diffExports(base, pr), {
    added: ['/old/address/', '/tags/lyon/'],
    removed: ['/post/ancien/'],
    changed: ['/', '/speakers/rym/', '/talks/'],
    unchanged: 2,
  });
});

test('two builds of the same site differ in nothing', () => {
  const pages = { '/': '<p>Accueil</p>', '/post/x/': '<p>X</p>' };
  assert.deepEqual(diffExports(exportOf('one', pages), exportOf('two', pages)), {
    added: [],
    removed: [],
    changed: [],
    unchanged: 2,
  });
});
