import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { markUsed, pruneUnused, pruneUnusedFolders } from './cache-age.ts';

test('entries no build used for 30 days are removed, used ones stay, emptied folders go', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cache-age-'));
  try {
    const write = (rel: string, daysAgo: number) => {
      const file = path.join(dir, rel);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, rel);
      const when = new Date(Date.now() - daysAgo * 24 * 3600 * 1000);
      fs.utimesSync(file, when, when);
      return file;
    };
    write('ab/old.json', 45);
    write('cd/recent.json', 3);
    write('cd/stale.json', 31);
    const usedAgain = write('ef/old-but-used.json', 60);
    markUsed(usedAgain);

    assert.equal(pruneUnused(dir), 2);
    const left = fs.readdirSync(dir, { recursive: true }).map(String).sort();
    assert.deepEqual(left, ['cd', 'cd/recent.json', 'ef', 'ef/old-but-used.json']);
    assert.equal(pruneUnused(dir), 0, 'nothing more to remove');
    assert.equal(pruneUnused(path.join(dir, 'missing')), 0, 'a cache not made yet');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a folder entry stays while any of its files was used in the last 30 days', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cache-age-'));
  try {
    const entry = (name: string, daysAgo: number, marked: boolean) => {
      const folder = path.join(dir, name);
      fs.mkdirSync(folder);
      const old = new Date(Date.now() - daysAgo * 24 * 3600 * 1000);
      for (const file of ['photo-400.avif', 'photo-800.webp', 'meta.json']) {
        fs.writeFileSync(path.join(folder, file), file);
        fs.utimesSync(path.join(folder, file), old, old);
      }
      fs.utimesSync(folder, old, old);
      if (marked) markUsed(path.join(folder, 'meta.json'));
    };
    entry('unused', 40, false);
    entry('read-today', 40, true);
    entry('recent', 5, false);
    assert.equal(pruneUnusedFolders(dir), 1);
    assert.deepEqual(fs.readdirSync(dir).sort(), ['read-today', 'recent']);
    assert.deepEqual(fs.readdirSync(path.join(dir, 'read-today')).sort(), [
      'meta.json',
      'photo-400.avif',
      'photo-800.webp',
    ]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
