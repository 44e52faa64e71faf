/**
 * The check reads every component's definition and must stay free of React: organizers run
 * it on content alone, and a view imported by a definition would load the whole render stack.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { MDX_COMPONENTS } from './list.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');

test('checking a body with every component loads no React and no view', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mdx-graph-'));
  try {
    const hooks = path.join(dir, 'hooks.mjs');
    fs.writeFileSync(
      hooks,
      'export async function resolve(s, c, next) { const r = await next(s, c); console.error("LOADED " + r.url); return r; }\n',
    );
    const register = path.join(dir, 'register.mjs');
    fs.writeFileSync(
      register,
      `import { register } from 'node:module';\nregister(${JSON.stringify(`file://${hooks}`)});\n`,
    );
    const body = MDX_COMPONENTS.map((c) => `<${c.name} ${c.required.map((a) => `${a}="x"`).join(' ')} />`).join('\n\n');
    const script = `const { analyzeMdx } = await import('./lib/mdx/analyze.ts');
const result = analyzeMdx(${JSON.stringify(body)}, 'post.mdx');
console.log(JSON.stringify([...result.components]));`;
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', '--import', register, '--input-type=module', '-e', script],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(
      JSON.parse(run.stdout),
      MDX_COMPONENTS.map((c) => c.name),
      'every component was read',
    );
    const loaded = run.stderr.split('\n').filter((line) => line.startsWith('LOADED '));
    assert.ok(
      loaded.some((line) => line.includes('/lib/mdx/components/YouTube.ts')),
      'the hook saw the definitions',
    );
    const views = `${pathToFileURL(path.join(ROOT, 'components')).href}/`;
    const rendering = loaded.filter((line) => line.includes(views) || /\/node_modules\/react(-dom)?\//.test(line));
    assert.deepEqual(rendering, [], 'loaded by the check');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
