import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createContent } from './create.ts';
import { loadFiles } from '../../../lib/test/temp-content.ts';

test('a title over 255 bytes makes a file whose name the file system takes and the check accepts', () => {
  const contentDir = fs.mkdtempSync(path.join(os.tmpdir(), 'new-'));
  try {
    const title = 'Retour très détaillé sur le meetup SRE de Lyon '.repeat(8);
    assert.ok(Buffer.byteLength(title) > 255);
    const { file, url } = createContent('post', title, { contentDir, now: Date.parse('2025-03-12T10:00:00Z') });
    const name = path.basename(file);
    assert.ok(Buffer.byteLength(name) <= 100, name);
    assert.match(name, /^2025-03-12-retour-tres-detaille-sur-le-meetup-sre-de-lyon-[a-z0-9-]*[a-z0-9]\.mdx$/);
    assert.equal(url, `/post/${name.replace(/\.mdx$/, '')}/`);
    const { issues } = loadFiles({ [`content/post/${name}`]: fs.readFileSync(file, 'utf8') });
    assert.deepEqual(
      issues.filter((i) => i.severity === 'error'),
      [],
    );
  } finally {
    fs.rmSync(contentDir, { recursive: true, force: true });
  }
});
