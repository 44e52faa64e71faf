import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { passAllPages } from './page-pool.ts';

/** An exported page as Next writes it: its framework script, a Suspense mark, a feed body. */
const page = (i: number) =>
  `<!DOCTYPE html><html lang="fr"><head><meta charSet="utf-8"/><title>Page ${i}</title>` +
  `<script src="/_next/static/chunks/main.js" async=""></script></head><body><main><!--$-->` +
  `<div data-feed-body=""><p>Texte ${i} : fin !</p></div><!--/$--></main>` +
  `<script>self.__next_f.push([1,"payload ${i}"])</script></body></html>`;

function writeExport(count: number): { outDir: string; rels: string[] } {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pool-'));
  const rels = Array.from({ length: count }, (_, i) => `post/p${i}/index.html`);
  rels.forEach((rel, i) => {
    fs.mkdirSync(path.dirname(path.join(outDir, rel)), { recursive: true });
    fs.writeFileSync(path.join(outDir, rel), page(i));
  });
  return { outDir, rels };
}

const read = (outDir: string, rels: string[]) => rels.map((rel) => fs.readFileSync(path.join(outDir, rel), 'utf8'));

test('pages passed by two worker threads come out as passed by one process, each page once, feed texts and all', async () => {
  const one = writeExport(9);
  const two = writeExport(9);
  try {
    const feeds = new Set(['/post/p1/', '/post/p4/', '/post/p8/']);
    const inline = await passAllPages(one.outDir, one.rels, feeds, 1);
    const pooled = await passAllPages(two.outDir, two.rels, feeds, 2);
    const pages = read(two.outDir, two.rels);
    assert.deepEqual(pages, read(one.outDir, one.rels));
    assert.equal(pooled.pages, 9);
    assert.equal(pooled.removedBytes, inline.removedBytes);
    assert.deepEqual(new Map(pooled.feedBodies), new Map(inline.feedBodies));
    assert.deepEqual([...new Map(pooled.feedBodies).keys()].sort(), [...feeds].sort());
    // What a visitor gets: no script, the Suspense marks gone, French spacing before "!".
    for (const html of pages) {
      assert.doesNotMatch(html, /<script|<!--\$|__next_f/);
      assert.match(html, /fin\u202F!/);
    }
  } finally {
    fs.rmSync(one.outDir, { recursive: true, force: true });
    fs.rmSync(two.outDir, { recursive: true, force: true });
  }
});

test('a page the pass cannot read stops the build with its error', async () => {
  const broken = writeExport(4);
  try {
    fs.rmSync(path.join(broken.outDir, broken.rels[3]));
    await assert.rejects(passAllPages(broken.outDir, broken.rels, new Set(), 2), /ENOENT.*p3/);
  } finally {
    fs.rmSync(broken.outDir, { recursive: true, force: true });
  }
});
