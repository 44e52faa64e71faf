import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Files of a folder that declare themselves client components ('use client' on a line of its own). */
function clientComponents(dir: string): string[] {
  return (fs.readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' }) as string[])
    .filter((file) => /\.(tsx?|jsx?)$/.test(file))
    .map((file) => path.join(dir, file))
    .filter((file) => /^\s*['"]use client['"]/m.test(fs.readFileSync(path.join(root, file), 'utf8')));
}

test('no page, component or library module is a client component: pages ship no framework JavaScript', () => {
  // scripts/export/strip-runtime.ts removes the runtime from every page; a client component would stop working.
  assert.deepEqual(['app', 'components', 'lib'].flatMap(clientComponents), []);
});
