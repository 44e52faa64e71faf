/**
 * The cached HTML path of a body (render once, put in as HTML) against the element tree the
 * page rendered before it: over the whole hostile corpus, the same bodies are refused with
 * the same message and nothing is kept for them, and the HTML put into the page is, byte for
 * byte, what React renders from the tree (the same escaping, the same `<!-- -->`).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { renderToString } from 'react-dom/server';
import { splitFrontMatter } from '../content/front-matter.ts';
import { MdxBody, bodyEntryFile, cachedBodyHtml } from './body-html.tsx';
import type { MdxContext } from './components/define.ts';
import { prerenderBody } from './prerender.tsx';
import { renderMdx } from './render.tsx';
import { getImage, MANIFEST_PATH } from '../images/manifest.ts';

// npm test runs the unit tests before any build, on a clean clone, where the build's image
// manifest does not exist yet: an empty one, read once from a folder of its own, stands in,
// so that the same bodies render here and there (a manifest is read once per process).
{
  const cwd = process.cwd();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'body-html-'));
  fs.mkdirSync(path.join(work, path.dirname(MANIFEST_PATH)));
  fs.writeFileSync(path.join(work, MANIFEST_PATH), '{}');
  process.chdir(work);
  try {
    getImage('/img/any.jpg');
  } finally {
    process.chdir(cwd);
    fs.rmSync(work, { recursive: true, force: true });
  }
}

const CORPUS = path.join(import.meta.dirname, '..', 'content', 'fixtures', 'hostile', 'content');
const context: MdxContext = { document: { resources: [], partners: [] }, partners: new Map() };

/** Every MDX body of the corpus, its front matter blanked as the content layer does. */
function corpusBodies() {
  const dir = path.join(CORPUS, 'post');
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const file = `content/post/${name}`;
      return { source: splitFrontMatter(fs.readFileSync(path.join(dir, name), 'utf8'), file).body, file };
    });
}

const outcome = (run: () => Promise<string>) =>
  run().then(
    (html) => ({ html }),
    (error: unknown) => ({ refused: error instanceof Error ? error.message : String(error) }),
  );

test('the cached HTML path refuses what the tree path refuses, and puts in exactly the HTML the tree renders', async () => {
  const bodies = corpusBodies();
  assert.ok(bodies.length > 50, 'the hostile corpus is read');
  let refused = 0;
  const written: string[] = [];
  try {
    for (const input of bodies) {
      const tree = await outcome(async () => renderToString(await renderMdx(input, context)));
      const entry = bodyEntryFile(input, context);
      assert.ok(entry, 'caching is on in tests');
      const existed = fs.existsSync(entry);
      const cached = await outcome(async () => {
        await prerenderBody(input, context);
        const html = cachedBodyHtml(input, context);
        if (html === undefined) throw new Error('nothing cached');
        return html;
      });
      if (!existed && fs.existsSync(entry)) written.push(entry);
      assert.deepEqual(cached, tree, input.file);
      if ('refused' in tree) {
        refused++;
        assert.ok(!fs.existsSync(entry), `${input.file}: nothing kept for a refused body`);
        continue;
      }
      // What the page gets: the same <div> around the same bytes, tree or cached HTML.
      const page = renderToString(await MdxBody({ input, context, className: 'prose' }));
      assert.equal(page, `<div class="prose">${tree.html}</div>`, input.file);
    }
    assert.ok(refused > 20 && refused < bodies.length, `${refused} of ${bodies.length} refused: both kinds are tried`);
  } finally {
    for (const file of written) fs.rmSync(file, { force: true });
  }
});

test('a changed body, another context or another image is not served the old HTML', async () => {
  const input = { source: `Un texte ${Date.now()} avec <span>du HTML</span>.\n`, file: 'content/post/x.mdx' };
  const entry = bodyEntryFile(input, context);
  assert.ok(entry);
  try {
    assert.equal(await prerenderBody(input, context), 'rendered');
    assert.equal(await prerenderBody(input, context), 'kept');
    assert.match(cachedBodyHtml(input, context) ?? '', /du HTML/);
    assert.equal(cachedBodyHtml({ ...input, source: input.source.replace('texte', 'autre') }, context), undefined);
    assert.equal(cachedBodyHtml(input, { ...context, partners: new Map([['p', { name: 'P' } as never]]) }), undefined);
    // An entry that showed an image now encoded otherwise is stale.
    const kept = JSON.parse(fs.readFileSync(entry, 'utf8'));
    fs.writeFileSync(entry, JSON.stringify({ ...kept, images: [['/img/nulle-part.jpg', 'ancienne empreinte']] }));
    assert.equal(cachedBodyHtml(input, context), undefined);
  } finally {
    fs.rmSync(entry, { force: true });
  }
});
