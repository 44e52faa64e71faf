import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { guardFile } from './files.ts';
import { loadContent } from './load.ts';
import type { ContentIssue } from '../messages/issues.ts';

test('an exception nobody foresaw while reading a file becomes a problem at that file', () => {
  const issues: ContentIssue[] = [];
  const result = guardFile('content/post/x.mdx', issues, () => {
    throw new RangeError('Maximum call stack size exceeded');
  });
  assert.equal(result, undefined);
  assert.deepEqual(
    issues.map((i) => [i.file, i.line, i.severity, i.message]),
    [['content/post/x.mdx', 1, 'error', "ce fichier n'a pas pu être lu : Maximum call stack size exceeded"]],
  );
  assert.equal(
    guardFile('content/post/y.mdx', issues, () => 42),
    42,
  );
  assert.equal(issues.length, 1);
});

test('a symbolic link in content/ is reported at the link, never followed', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'links-'));
  try {
    fs.mkdirSync(path.join(root, 'content', 'post'), { recursive: true });
    fs.mkdirSync(path.join(root, 'content', 'speakers'), { recursive: true });
    fs.writeFileSync(path.join(root, 'outside.mdx'), '---\ntitle: "Dehors"\ndate: 2022-09-05\n---\n\nSECRET\n');
    fs.symlinkSync(path.join(root, 'outside.mdx'), path.join(root, 'content', 'post', 'linked.mdx'));
    fs.symlinkSync('/etc/passwd', path.join(root, 'content', 'speakers', 'passwd.yml'));
    const { content, issues } = loadContent({
      contentDir: path.join(root, 'content'),
      publicDir: path.join(root, 'public'),
    });
    assert.deepEqual(issues.map((i) => [path.relative(root, path.resolve(i.file)), i.line, i.message]).sort(), [
      [path.join('content', 'post', 'linked.mdx'), 1, "un lien symbolique n'est pas lu par le site"],
      [path.join('content', 'speakers', 'passwd.yml'), 1, "un lien symbolique n'est pas lu par le site"],
    ]);
    assert.equal(content.posts.length, 0);
    assert.equal(content.speakers.size, 0);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});
