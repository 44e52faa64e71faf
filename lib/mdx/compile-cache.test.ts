import { test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { compileMDX as compileFresh } from 'next-mdx-remote/rsc';
import remarkGfm from 'remark-gfm';
import { compileMDX } from './compile-cache.ts';

const cacheDir = path.join(process.cwd(), '.cache', 'mdx');
const listCache = () =>
  fs.existsSync(cacheDir)
    ? (fs.readdirSync(cacheDir, { recursive: true }) as string[]).filter((f) => f.endsWith('.js'))
    : [];
const options = { blockJS: true, mdxOptions: { remarkPlugins: [remarkGfm] } };
const components = { a: (props: { href?: string; children?: unknown }) => `[lien ${props.href}]` };

test('a cached compile renders what next-mdx-remote renders, and a changed text is compiled again', async () => {
  // A text no other run has compiled, so the first call cannot hit an old entry.
  const nonce = crypto.randomUUID();
  const source = `## Titre ${nonce}\n\nUn [lien](/post/x/) et un tableau :\n\n| a | b |\n| - | - |\n| 1 | 2 |\n`;
  const before = new Set(listCache());
  const expected = renderToStaticMarkup((await compileFresh({ source, options, components })).content);

  const first = renderToStaticMarkup((await compileMDX({ source, options, components })).content);
  const written = listCache().filter((f) => !before.has(f));
  assert.equal(written.length, 1, 'the compiled code is stored once');
  const stored = path.join(cacheDir, written[0]);
  assert.ok(fs.readFileSync(stored, 'utf8').includes(nonce));

  const second = renderToStaticMarkup((await compileMDX({ source, options, components })).content);
  assert.equal(listCache().length, before.size + 1, 'the second compile reads the stored code');
  assert.equal(first, expected);
  assert.equal(second, expected);
  assert.match(second, /\[lien \/post\/x\/\]/);

  const edited = renderToStaticMarkup(
    (await compileMDX({ source: source.replace('Titre', 'Autre titre'), options, components })).content,
  );
  assert.match(edited, /Autre titre/);
  for (const file of listCache().filter((f) => !before.has(f))) fs.rmSync(path.join(cacheDir, file));
  assert.ok(!fs.existsSync(stored));
});

test('a refused text is not stored', async () => {
  const before = listCache().length;
  const refuse = () => () => {
    throw new Error('refusé');
  };
  await assert.rejects(
    compileMDX({ source: `texte ${crypto.randomUUID()}`, options: { mdxOptions: { remarkPlugins: [refuse] } } }),
    /refusé/,
  );
  assert.equal(listCache().length, before);
});

test('a cached compile strips JavaScript expressions as next-mdx-remote does, and runs none of them', async () => {
  const marker = `ran${crypto.randomUUID().replace(/-/g, '')}`;
  const source = `Texte {globalThis.${marker} = 1} et {1 + 1} fin.\n`;
  const expected = renderToStaticMarkup((await compileFresh({ source, options, components })).content);
  const before = new Set(listCache());
  const fresh = renderToStaticMarkup((await compileMDX({ source, options, components })).content);
  const cached = renderToStaticMarkup((await compileMDX({ source, options, components })).content);
  assert.equal(fresh, expected);
  assert.equal(cached, expected);
  assert.doesNotMatch(cached, /2/);
  assert.equal((globalThis as Record<string, unknown>)[marker], undefined);
  for (const file of listCache().filter((f) => !before.has(f))) fs.rmSync(path.join(cacheDir, file));
});
