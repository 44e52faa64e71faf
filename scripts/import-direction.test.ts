/**
 * Imports point one way: the site (app/, components/, lib/) never reaches into the commands
 * that build or test it; the build's steps never need a developer tool; the helpers both
 * sides share stand below them; and only the harnesses, which live in e2e/, read e2e/'s
 * constants. A file moved to the wrong folder fails here with the import that crosses.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { walkFiles } from '../lib/files/walk';

const ROOT = path.resolve(import.meta.dirname, '..');
const SHARED = ['scripts/cli/', 'scripts/browser/', 'scripts/builds/', 'scripts/serve/'];

/** Folders a file of `from` must never import, with why. */
const FORBIDDEN: { from: string[]; to: string[]; why: string }[] = [
  { from: ['app/', 'components/', 'lib/'], to: ['scripts/', 'e2e/'], why: 'the site never imports its commands' },
  { from: ['scripts/'], to: ['e2e/'], why: 'test constants belong to the harnesses in e2e/harness/' },
  { from: ['scripts/build-steps/'], to: ['scripts/tools/'], why: 'a build step never needs a developer tool' },
  { from: SHARED, to: ['scripts/build-steps/', 'scripts/tools/'], why: 'shared helpers stand below both sides' },
];

/** Every relative import of a source file (static, dynamic or `import type`). */
function relativeImports(text: string): string[] {
  const found = text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"](\.{1,2}\/[^'"]+)['"]/g);
  return [...found].map((m) => m[1]);
}

/** The crossings of `rules` among `files` (paths from the root, with their text). */
function crossings(files: { rel: string; text: string }[], rules = FORBIDDEN): string[] {
  const problems: string[] = [];
  for (const { rel, text } of files) {
    for (const spec of relativeImports(text)) {
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(rel), spec));
      for (const rule of rules) {
        if (!rule.from.some((f) => rel.startsWith(f))) continue;
        if (rule.to.some((t) => target.startsWith(t))) problems.push(`${rel} imports ${spec}: ${rule.why}`);
      }
    }
  }
  return problems;
}

const sources = (dir: string) =>
  walkFiles(path.join(ROOT, dir), { skipFolders: ['node_modules', 'fixtures'] })
    .filter((f) => /\.(ts|tsx|mts|cts)$/.test(f.rel))
    .map((f) => {
      const rel = `${dir}/${f.rel.split(path.sep).join('/')}`;
      return { rel, text: fs.readFileSync(path.join(ROOT, rel), 'utf8') };
    });

test('the site, the build steps, the tools and the shared helpers import one way', () => {
  const files = ['app', 'components', 'lib', 'scripts'].flatMap(sources);
  assert.ok(files.length > 100, `only ${files.length} source files found`);
  assert.deepEqual(crossings(files), []);
});

test('a crossing is reported with the file, the import and the rule', () => {
  const files = [
    { rel: 'lib/seo.ts', text: "import { x } from '../scripts/build-steps/export/pages';" },
    { rel: 'scripts/build-steps/check.ts', text: "const m = await import('../tools/dev/content-files');" },
    { rel: 'scripts/tools/bench.ts', text: "import type { A } from '../../e2e/fixture-site/site';" },
    { rel: 'scripts/cli/args.ts', text: "import '../build-steps/export/pages';" },
    { rel: 'scripts/tools/serve.ts', text: "import { createStaticServer } from '../serve/static-server';" },
  ];
  assert.deepEqual(crossings(files), [
    'lib/seo.ts imports ../scripts/build-steps/export/pages: the site never imports its commands',
    'scripts/build-steps/check.ts imports ../tools/dev/content-files: a build step never needs a developer tool',
    'scripts/tools/bench.ts imports ../../e2e/fixture-site/site: test constants belong to the harnesses in e2e/harness/',
    'scripts/cli/args.ts imports ../build-steps/export/pages: shared helpers stand below both sides',
  ]);
});
