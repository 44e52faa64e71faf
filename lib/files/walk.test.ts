import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { walkFiles } from './walk.ts';

test('lists every file below a folder, sorted, links listed but never followed', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'walk-'));
  const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'walk-outside-'));
  try {
    for (const rel of [
      'b.txt',
      'a/z.txt',
      'a/deep/y.txt',
      '.hidden/x.txt',
      'a/.dot',
      'node_modules/m.js',
      'a/node_modules/n.js',
    ]) {
      fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      fs.writeFileSync(path.join(dir, rel), rel);
    }
    fs.writeFileSync(path.join(outside, 'secret.txt'), 'secret');
    fs.symlinkSync(outside, path.join(dir, 'a', 'folder-link'));
    fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(dir, 'file-link.txt'));

    const all = walkFiles(dir);
    assert.deepEqual(
      all.map((f) => f.rel),
      [
        '.hidden/x.txt',
        'a/.dot',
        'a/deep/y.txt',
        'a/folder-link',
        'a/node_modules/n.js',
        'a/z.txt',
        'b.txt',
        'file-link.txt',
        'node_modules/m.js',
      ],
    );
    assert.deepEqual(
      all.filter((f) => f.symlink).map((f) => f.rel),
      ['a/folder-link', 'file-link.txt'],
    );
    assert.equal(all.find((f) => f.rel === 'a/deep/y.txt')?.path, path.join(dir, 'a', 'deep', 'y.txt'));

    const kept = walkFiles(dir, { skipHidden: true, skipFolders: ['node_modules'] }).map((f) => f.rel);
    assert.deepEqual(kept, ['a/deep/y.txt', 'a/folder-link', 'a/z.txt', 'b.txt', 'file-link.txt']);
    assert.deepEqual(walkFiles(path.join(dir, 'missing')), []);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(outside, { recursive: true, force: true });
  }
});
