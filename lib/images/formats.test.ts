import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { inspectImageFile } from './formats.ts';

const image = () => sharp({ create: { width: 30, height: 20, channels: 3, background: '#336699' } });

test('JPEG, PNG, WebP and AVIF under their own extensions are accepted with their size; a turned phone photo is upright', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'formats-'));
  try {
    const files: Record<string, Buffer> = {
      'a.jpg': await image().jpeg().toBuffer(),
      'a.jpeg': await image().jpeg().toBuffer(),
      'a.png': await image().png().toBuffer(),
      'a.webp': await image().webp().toBuffer(),
      'a.avif': await image().avif().toBuffer(),
      'upright.JPG': await image().jpeg().withMetadata({ orientation: 6 }).toBuffer(),
    };
    const seen: Record<string, unknown> = {};
    for (const [name, bytes] of Object.entries(files)) {
      fs.writeFileSync(path.join(dir, name), bytes);
      seen[name] = inspectImageFile(path.join(dir, name));
    }
    assert.deepEqual(seen, {
      'a.jpg': { image: { format: 'jpeg', width: 30, height: 20 } },
      'a.jpeg': { image: { format: 'jpeg', width: 30, height: 20 } },
      'a.png': { image: { format: 'png', width: 30, height: 20 } },
      'a.webp': { image: { format: 'webp', width: 30, height: 20 } },
      'a.avif': { image: { format: 'avif', width: 30, height: 20 } },
      'upright.JPG': { image: { format: 'jpeg', width: 20, height: 30 } },
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a WebP named .png and an AVIF named .jpg are refused with the extension to use', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'formats-'));
  try {
    fs.writeFileSync(path.join(dir, 'x.png'), await image().webp().toBuffer());
    fs.writeFileSync(path.join(dir, 'y.jpg'), await image().avif().toBuffer());
    assert.deepEqual(inspectImageFile(path.join(dir, 'x.png')), {
      problem: { message: 'fichier WebP nommé « .png »', hint: 'renommez-le en .webp' },
    });
    assert.deepEqual(inspectImageFile(path.join(dir, 'y.jpg')), {
      problem: { message: 'fichier AVIF nommé « .jpg »', hint: 'renommez-le en .avif' },
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
