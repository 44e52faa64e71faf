import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { walkFiles } from '../lib/files/walk.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Files of a folder that declare themselves client components ('use client' on a line of its own). */
function clientComponents(dir: string): string[] {
  return walkFiles(path.join(root, dir))
    .filter((file) => /\.(tsx?|jsx?)$/.test(file.rel))
    .filter((file) => /^\s*['"]use client['"]/m.test(fs.readFileSync(file.path, 'utf8')))
    .map((file) => path.join(dir, file.rel));
}

test('no page, component or library module is a client component: pages ship no framework JavaScript', () => {
  // scripts/build-steps/export/strip-runtime.ts removes the runtime from every page; a client component would stop working.
  assert.deepEqual(['app', 'components', 'lib'].flatMap(clientComponents), []);
});
