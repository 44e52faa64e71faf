import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { loadFiles, post } from '../../lib/test/temp-content.ts';
import { buildArchive } from '../../lib/content/archive.ts';
import { writeShareCards } from './share-cards.ts';

test('share cards are 1200×630, drawn once per content, and drawn again when the content changes', async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cards-'));
  const cwd = process.cwd();
  const load = (title: string) =>
    loadFiles({
      'content/speakers/lea.yml': 'name: Léa Martin\n',
      'content/events/meetup.mdx': post(
        'title: Meetup\nstart: 2022-06-01 19:00\nvenue: {name: Salle, city: Lyon}\nsessions:\n  - {title: Talk, format: talk, speakers: [lea]}',
      ),
      'content/post/2022-06-02-recap.mdx': post(`title: "${title}"\ndate: 2022-06-02\nevent: meetup`),
    }).content;
  try {
    process.chdir(root);
    const out = path.join(root, 'out');
    const write = (content: ReturnType<typeof load>) =>
      writeShareCards(out, content, buildArchive(content), path.join(root, 'content'));
    const first = await write(load('Le compte rendu'));
    assert.deepEqual([first.cards, first.drawn], [3, 3], 'a post, an event, a speaker');
    const card = path.join(out, 'og/post/2022-06-02-recap.jpg');
    const { width, height, format } = await sharp(card).metadata();
    assert.deepEqual([width, height, format], [1200, 630, 'jpeg']);
    assert.ok(
      fs.existsSync(path.join(out, 'og/event/meetup.jpg')) && fs.existsSync(path.join(out, 'og/speaker/lea.jpg')),
    );

    assert.equal((await write(load('Le compte rendu'))).drawn, 0, 'unchanged content costs nothing');
    assert.equal((await write(load('Un autre titre'))).drawn, 1, 'only the changed post is drawn again');
  } finally {
    process.chdir(cwd);
    fs.rmSync(root, { recursive: true, force: true });
  }
});
