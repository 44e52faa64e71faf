import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadContent } from './load.ts';
import { walkFiles } from '../files/walk.ts';
import { publishedPaths } from './routes.ts';
import { HOSTILE_CASES, LEGAL_FILES } from './fixtures/hostile/expected.ts';

const CORPUS = path.join(import.meta.dirname, 'fixtures', 'hostile');
const NOW = Date.parse('2026-01-01T00:00:00Z');

/** Good files written beside the corpus: they must come out as pages, untouched by the bad ones. */
const GOOD_FILES: Record<string, string> = {
  'post/2022-09-05-good.mdx': `---
title: "Un bon article"
date: 2022-09-05T19:00:00+02:00
tags: ["meetup"]
bigimg: [{src: "/img/ok.jpg", desc: "La salle"}]
partners: [{key: "good-partner", tier: "gold"}]
---

Voir [l'article Windows](/post/crlf/) et [les meetups](/tags/meetup/).

<Figure src="/img/ok.jpg" caption="Photo" />

<PartnerCredits />
`,
  'page/about.mdx': '---\ntitle: "À propos"\n---\n\nLa page.\n',
  'tags/meetup.md': '---\ntitle: "Meetups"\n---\n\nLes meetups.\n',
  'partners/good-partner.yml': 'name: "Bon partenaire"\nurl: https://example.com\nlogo: /img/ok.jpg\n',
  'events/2022-09-03-good-event.mdx': `---
title: "Un bon événement ; avec, des virgules"
start: 2022-09-03 09:00
end: 2022-09-03 18:00
venue: {name: "La Dynamo", city: "Chambéry"}
organizers: ["good-speaker"]
---

La journée.
`,
  'speakers/good-speaker.yml': 'name: "Bonne oratrice"\nphoto: /img/ok.jpg\n',
};

/** A temporary project: the corpus, the good files, and a generated 600 KB post. */
function copyCorpus(): { root: string; contentDir: string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'hostile-'));
  fs.cpSync(path.join(CORPUS, 'content'), path.join(root, 'content'), { recursive: true });
  fs.cpSync(path.join(CORPUS, 'public'), path.join(root, 'public'), { recursive: true });
  for (const [rel, text] of Object.entries(GOOD_FILES)) fs.writeFileSync(path.join(root, 'content', rel), text);
  const paragraph = 'Un très long compte rendu, bien trop long pour un article. '.repeat(20);
  fs.writeFileSync(
    path.join(root, 'content/post/huge.mdx'),
    `---\ntitle: "Énorme"\ndate: 2022-01-01\n---\n\n${`${paragraph}\n\n`.repeat(520)}`,
  );
  return { root, contentDir: path.join(root, 'content') };
}

function contentFiles(contentDir: string): string[] {
  return walkFiles(contentDir)
    .map((file) => file.rel)
    .filter((f) => !f.startsWith('img/') && !f.startsWith('slides/'));
}

test('each hostile file gets exactly its one error, at its line; legal and good files are pages', () => {
  const { root, contentDir } = copyCorpus();
  try {
    const { content, issues } = loadContent({ contentDir, publicDir: path.join(root, 'public'), now: NOW });
    assert.equal(
      (globalThis as { __frontMatterRan?: boolean }).__frontMatterRan,
      undefined,
      'a ---js front matter block ran',
    );
    const rel = (file: string) => path.relative(contentDir, path.resolve(file)).split(path.sep).join('/');
    const byFile = new Map<string, typeof issues>();
    for (const i of issues) byFile.set(rel(i.file), [...(byFile.get(rel(i.file)) ?? []), i]);

    for (const expected of HOSTILE_CASES) {
      const found = byFile.get(expected.file) ?? [];
      assert.equal(
        found.length,
        1,
        `${expected.file}: ${found.map((i) => `${i.line}: ${i.message}`).join(' | ') || 'no problem reported'}`,
      );
      assert.equal(found[0].severity, 'error', expected.file);
      assert.equal(found[0].line, expected.line, `${expected.file}: ${found[0].message}`);
      assert.ok(
        found[0].message.includes(expected.message),
        `${expected.file}: "${found[0].message}" lacks "${expected.message}"`,
      );
    }
    const unexpected = [...byFile.keys()].filter((f) => !HOSTILE_CASES.some((c) => c.file === f));
    assert.deepEqual(unexpected, [], 'problems reported on legal or good files');

    const pageFiles = new Set([...content.posts, ...content.pages].map((d) => rel(d.file)));
    for (const file of [...LEGAL_FILES, 'post/2022-09-05-good.mdx', 'page/about.mdx'])
      assert.ok(pageFiles.has(file), `${file} is not published`);
    const good = content.posts.find((p) => p.slug === '2022-09-05-good');
    assert.deepEqual(good?.partners, [{ key: 'good-partner', tier: 'gold' }]);
    assert.ok(publishedPaths(content).has('/tags/meetup/'));
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('every content file becomes exactly one page (or registry entry) or one error: nothing vanishes', () => {
  const { root, contentDir } = copyCorpus();
  try {
    const { content, issues } = loadContent({ contentDir, publicDir: path.join(root, 'public'), now: NOW });
    const rel = (file: string) => path.relative(contentDir, path.resolve(file)).split(path.sep).join('/');
    const errored = new Set(issues.filter((i) => i.severity === 'error').map((i) => rel(i.file)));
    const published = new Set([...content.posts, ...content.pages].map((d) => rel(d.file)));
    const paths = publishedPaths(content);
    const outcome = (file: string) => {
      if (errored.has(file)) return 'error';
      if (published.has(file)) return 'page';
      const [folder, name] = file.split('/');
      const key = name?.replace(/\.[a-z]+$/, '');
      if (folder === 'partners' && content.partners.has(key)) return 'page';
      if (folder === 'tags' && paths.has(`/tags/${key}/`)) return 'page';
      if (folder === 'events' && content.events.some((e) => e.slug === key)) return 'page';
      if (folder === 'speakers' && content.speakers.has(key)) return 'page';
      return 'vanished';
    };
    const files = contentFiles(contentDir);
    const outcomes = files.map((f) => [f, outcome(f)] as const);
    assert.deepEqual(
      outcomes.filter(([, o]) => o === 'vanished'),
      [],
    );
    const documentCases = HOSTILE_CASES.filter(
      (c) => !c.file.startsWith('img/') && !c.file.startsWith('slides/'),
    ).length;
    assert.equal(outcomes.filter(([, o]) => o === 'error').length, documentCases);
    assert.equal(outcomes.filter(([, o]) => o === 'page').length, files.length - documentCases);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('npm run check on the corpus: exit code 1, one line per bad file with its path:line, no stack trace', () => {
  const { root, contentDir } = copyCorpus();
  try {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-steps/check.ts'], {
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: contentDir, GITHUB_ACTIONS: 'true' },
    });
    const output = result.stdout + result.stderr;
    assert.equal(result.status, 1, output);
    assert.doesNotMatch(output, /^\s+at /m, 'a stack trace was printed');
    const shown = path.relative(process.cwd(), contentDir);
    const lines = output.split('\n');
    for (const expected of HOSTILE_CASES) {
      const located = `${shown}/${expected.file}:${expected.line}:`;
      const plain = lines.filter((l) => l.trimStart().startsWith(located));
      assert.equal(plain.length, 1, `${located}\n${plain.join('\n')}`);
      assert.ok(plain[0].includes(expected.message), plain[0]);
      const annotations = lines.filter((l) =>
        l.startsWith(`::error file=${shown}/${expected.file},line=${expected.line},`),
      );
      assert.equal(annotations.length, 1, `GitHub annotation for ${expected.file}`);
    }
    assert.match(output, new RegExp(`^check: ${HOSTILE_CASES.length} erreurs, 0 avertissement`, 'm'));
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});
