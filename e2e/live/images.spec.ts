import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { expect, test } from '@playwright/test';
import { LIVE_OUT } from '../live-export';

function publishedImages(dir = LIVE_OUT): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const abs = path.join(dir, e.name);
    if (e.isDirectory()) return publishedImages(abs);
    return /\.(jpe?g|png|webp|avif|tiff?)$/i.test(e.name) ? [abs] : [];
  });
}

test('no published image carries EXIF, GPS, XMP or IPTC metadata', async () => {
  const images = publishedImages();
  expect(images.length).toBeGreaterThan(0);
  const withMetadata: string[] = [];
  for (const file of images) {
    const meta = await sharp(file).metadata();
    if (meta.exif || meta.xmp || meta.iptc) withMetadata.push(path.relative(LIVE_OUT, file));
  }
  expect(withMetadata).toEqual([]);
});
