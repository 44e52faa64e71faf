import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { hasGpsPosition, PHOTO_ADVICE_BYTES, PHOTO_LIMIT_BYTES } from './photo-metadata.ts';
import { loadFiles, TINY_JPEG } from '../test/temp-content.ts';

const GPS = {
  IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '48/1 51/1 24/1', GPSLongitudeRef: 'E', GPSLongitude: '2/1 21/1 3/1' },
};
const photo = (format: 'jpeg' | 'png', exif?: object) => {
  const image = sharp({ create: { width: 16, height: 16, channels: 3, background: '#c33' } });
  return (exif ? image.withExif(exif as never) : image).toFormat(format).toBuffer();
};
const warningsOf = (files: Record<string, Buffer | string>) =>
  loadFiles(files).issues.map((i) => `${path.basename(i.file)} ${i.severity} ${i.message}`);

test('a phone photo with its GPS position is flagged at the file, with the command that strips it', async () => {
  const issues = loadFiles({
    'content/img/gps.jpg': await photo('jpeg', GPS),
    'content/img/gps.png': await photo('png', GPS),
    'content/img/camera-only.jpg': await photo('jpeg', { IFD0: { Make: 'Phone' } }),
    'content/img/clean.jpg': TINY_JPEG,
  }).issues;
  assert.deepEqual(issues.map((i) => `${path.basename(i.file)} ${i.severity}`).sort(), [
    'gps.jpg warning',
    'gps.png warning',
  ]);
  assert.match(issues[0].message, /position GPS .*l’original est public dans le dépôt/);
  assert.match(issues[0].hint ?? '', /npm run images:strip/);
});

test('a photo over the advice is a warning, over the limit an error, at the file', () => {
  const padded = (size: number) => Buffer.concat([TINY_JPEG, Buffer.alloc(size - TINY_JPEG.length)]);
  assert.deepEqual(
    warningsOf({
      'content/img/lourde.jpg': padded(PHOTO_ADVICE_BYTES + 1024),
      'content/img/enorme.jpg': padded(PHOTO_LIMIT_BYTES + 1024),
      'content/img/legere.jpg': padded(PHOTO_ADVICE_BYTES - 1024),
    })
      .map((w) => w.replace(/ pèse .*$/, ''))
      .sort(),
    ['enorme.jpg error la photo', 'lourde.jpg warning la photo'],
  );
});

test('npm run images:strip removes GPS and camera data in place, keeps the pixels, leaves clean files alone', async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'strip-'));
  const img = path.join(root, 'content', 'img', 'meetup');
  fs.mkdirSync(img, { recursive: true });
  const files = {
    'gps.jpg': await photo('jpeg', GPS),
    'gps.png': await photo('png', GPS),
    'clean.jpg': TINY_JPEG,
  };
  for (const [name, bytes] of Object.entries(files)) fs.writeFileSync(path.join(img, name), bytes);
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/tools/strip-metadata.ts'], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: path.join(root, 'content') },
  });
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /2 photos cleaned/);
  for (const name of ['gps.jpg', 'gps.png']) {
    const bytes = fs.readFileSync(path.join(img, name));
    assert.equal(hasGpsPosition(bytes), false, name);
    const meta = await sharp(bytes).metadata();
    assert.equal(meta.exif, undefined, name);
    assert.deepEqual([meta.width, meta.height], [16, 16]);
  }
  assert.ok(fs.readFileSync(path.join(img, 'clean.jpg')).equals(TINY_JPEG));
  fs.rmSync(root, { recursive: true, force: true });
});
