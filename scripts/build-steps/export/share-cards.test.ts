import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { loadFiles, post } from '../../../lib/test/temp-content.ts';
import { buildArchive } from '../../../lib/content/archive.ts';
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
    assert.deepEqual([first.cards, first.drawn], [4, 4], 'the site, a post, an event, a speaker');
    const card = path.join(out, 'og/post/2022-06-02-recap.jpg');
    const { width, height, format } = await sharp(card).metadata();
    assert.deepEqual([width, height, format], [1200, 630, 'jpeg']);
    assert.ok(
      fs.existsSync(path.join(out, 'og/event/meetup.jpg')) && fs.existsSync(path.join(out, 'og/speaker/lea.jpg')),
    );
    // Every other page shares the site's card, at the same size.
    const site = await sharp(path.join(out, 'og/site.jpg')).metadata();
    assert.deepEqual([site.width, site.height, site.format], [1200, 630, 'jpeg']);

    // A card used again counts as used today, so the month-old cache prune keeps it.
    const cachedCards = fs.readdirSync(path.join(root, '.cache/share-cards'));
    const monthAgo = new Date(Date.now() - 40 * 24 * 3600 * 1000);
    for (const name of cachedCards) fs.utimesSync(path.join(root, '.cache/share-cards', name), monthAgo, monthAgo);
    assert.equal((await write(load('Le compte rendu'))).drawn, 0, 'unchanged content costs nothing');
    for (const name of cachedCards) {
      const used = fs.statSync(path.join(root, '.cache/share-cards', name)).mtimeMs;
      assert.ok(used > Date.now() - 60_000, `${name}, read from the cache, is marked as used`);
    }
    assert.equal((await write(load('Un autre titre'))).drawn, 1, 'only the changed post is drawn again');
  } finally {
    process.chdir(cwd);
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('a card shows its post photo, carries none of its metadata, and is drawn again when the photo changes', async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cards-'));
  const cwd = process.cwd();
  const photo = (rgb: { r: number; g: number; b: number }) =>
    sharp({ create: { width: 1600, height: 1200, channels: 3, background: rgb } })
      .jpeg()
      .withExif({ IFD0: { Artist: 'Léa Martin', Copyright: 'GPS 48.85 2.35' } })
      .toBuffer();
  const twoPosts = async (rgb: { r: number; g: number; b: number }) => {
    const bytes = await photo(rgb);
    fs.mkdirSync(path.join(root, 'content/img'), { recursive: true });
    fs.writeFileSync(path.join(root, 'content/img/soiree.jpg'), bytes);
    return loadFiles({
      'content/img/soiree.jpg': bytes,
      'content/post/2022-06-02-recap.mdx': post('title: Le compte rendu\ndate: 2022-06-02\nimage: /img/soiree.jpg'),
      'content/post/2022-06-03-photos.mdx': post('title: Les photos\ndate: 2022-06-03\nimage: /img/soiree.jpg'),
    }).content;
  };
  // The top of a card, under the brand band, where only the photo and the light navy veil show.
  const topPixel = async (file: string) => {
    const { data } = await sharp(file)
      .extract({ left: 600, top: 120, width: 1, height: 1 })
      .raw()
      .toBuffer({ resolveWithObject: true });
    return [...data];
  };
  try {
    process.chdir(root);
    const out = path.join(root, 'out');
    const write = (content: Awaited<ReturnType<typeof twoPosts>>) =>
      writeShareCards(out, content, buildArchive(content), path.join(root, 'content'));
    const red = await write(await twoPosts({ r: 220, g: 30, b: 30 }));
    assert.deepEqual([red.cards, red.drawn], [3, 3], 'the site and two posts');
    const card = path.join(out, 'og/post/2022-06-02-recap.jpg');
    const [r, , b] = await topPixel(card);
    assert.ok(r > b + 40, `the red photo shows through the veil (pixel ${r}, ${b})`);
    const meta = await sharp(card).metadata();
    assert.equal(meta.exif, undefined, 'no EXIF from the photo');
    assert.equal(meta.xmp, undefined);

    assert.equal((await write(await twoPosts({ r: 220, g: 30, b: 30 }))).drawn, 0, 'same photo, same cards');
    const blue = await write(await twoPosts({ r: 30, g: 30, b: 220 }));
    assert.equal(blue.drawn, 2, 'a new photo redraws the cards that show it');
    const [r2, , b2] = await topPixel(card);
    assert.ok(b2 > r2 + 40, `the blue photo shows now (pixel ${r2}, ${b2})`);
  } finally {
    process.chdir(cwd);
    fs.rmSync(root, { recursive: true, force: true });
  }
});
