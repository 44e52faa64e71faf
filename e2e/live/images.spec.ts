import path from 'node:path';
import sharp from 'sharp';
import { expect, test } from '@playwright/test';
import { walkFiles } from '../../lib/files/walk';
import { LIVE_OUT } from '../live-export';

const publishedImages = () =>
  walkFiles(LIVE_OUT)
    .filter((f) => /\.(jpe?g|png|webp|avif|tiff?)$/i.test(f.rel))
    .map((f) => f.path);

test('no published image carries EXIF, GPS, XMP or IPTC metadata', { tag: '@any-device' }, async () => {
  const images = publishedImages();
  expect(images.length).toBeGreaterThan(0);
  const withMetadata: string[] = [];
  for (const file of images) {
    const meta = await sharp(file).metadata();
    if (meta.exif || meta.xmp || meta.iptc) withMetadata.push(path.relative(LIVE_OUT, file));
  }
  expect(withMetadata).toEqual([]);
});
