import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { codeVersion } from '../files/code-version.ts';

function project(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cache-key-'));
  const write = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  };
  write('lib/content/front-matter.ts', 'export const a = 1;\n');
  write('lib/mdx/analyze.ts', 'export const b = 2;\n');
  write('package-lock.json', '{"packages":{"node_modules/yaml":{"version":"2.8.0"}}}\n');
  return root;
}

test('the content cache key stays the same while the code and the lockfile do', () => {
  const root = project();
  const first = codeVersion(root);
  assert.match(first ?? '', /^[0-9a-f]{12}$/);
  assert.equal(codeVersion(root), first);
  // Tests and fixtures do not change what is read.
  fs.writeFileSync(path.join(root, 'lib/mdx/analyze.test.ts'), 'test();\n');
  fs.mkdirSync(path.join(root, 'lib/content/fixtures'));
  fs.writeFileSync(path.join(root, 'lib/content/fixtures/expected.ts'), 'export {};\n');
  assert.equal(codeVersion(root), first);
});

test('the content cache key changes with any file the reader may import, and with the lockfile', () => {
  const root = project();
  const keys = new Set([codeVersion(root)]);
  fs.writeFileSync(path.join(root, 'lib/mdx/analyze.ts'), 'export const b = 3;\n');
  keys.add(codeVersion(root));
  // A file added later (a new module the reader imports) counts without being listed anywhere.
  fs.mkdirSync(path.join(root, 'lib/typography'));
  fs.writeFileSync(path.join(root, 'lib/typography/quotes.ts'), 'export const q = 1;\n');
  keys.add(codeVersion(root));
  fs.writeFileSync(path.join(root, 'package-lock.json'), '{"packages":{"node_modules/yaml":{"version":"2.8.1"}}}\n');
  keys.add(codeVersion(root));
  assert.equal(keys.size, 4);
  assert.ok(![...keys].includes(null));
});

test('without the sources at hand (no lockfile), nothing is cached', () => {
  const root = project();
  fs.rmSync(path.join(root, 'package-lock.json'));
  assert.equal(codeVersion(root), null);
});
