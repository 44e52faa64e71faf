/**
 * npm run images:strip: removes the metadata (GPS position, camera, date, comments) from the
 * photos of content/img/, in place, so the originals committed to the repository carry none.
 * JPEG and PNG lose their metadata blocks without being re-encoded; a JPEG turned by its
 * EXIF orientation, and WebP or AVIF with metadata, are re-encoded upright by sharp.
 * CONTENT_DIR: the content folder, default content/.
 */
import { contentDir } from '../../lib/settings/site-dir';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { listImageFiles } from '../../lib/images/formats';
import { exifBlock, stripJpeg, stripPng } from '../../lib/content/photo-metadata';
import { readArgs } from '../cli/args';

readArgs('usage: npm run images:strip   (CONTENT_DIR: the content folder, default content/)', { options: {} });

const imgDir = path.join(contentDir(), 'img');
let changed = 0;
for (const abs of listImageFiles(imgDir)) {
  const bytes = fs.readFileSync(abs);
  const meta = await sharp(bytes)
    .metadata()
    .catch(() => undefined);
  if (!meta) continue; // not an image: npm run check says what to do with it
  let stripped: Buffer | undefined;
  if (meta.format === 'jpeg' && (meta.orientation ?? 1) !== 1)
    stripped = await sharp(bytes).rotate().jpeg({ quality: 92 }).toBuffer();
  else if (meta.format === 'jpeg') stripped = stripJpeg(bytes);
  else if (meta.format === 'png') stripped = exifBlock(bytes) || meta.exif || meta.xmp ? stripPng(bytes) : undefined;
  else if (meta.exif || meta.xmp || meta.iptc) stripped = await sharp(bytes).rotate().toFormat(meta.format!).toBuffer();
  if (stripped && !stripped.equals(bytes)) {
    fs.writeFileSync(abs, stripped);
    changed++;
    console.log(
      `images:strip: ${path.relative(process.cwd(), abs)} (${bytes.length - stripped.length} bytes of metadata removed)`,
    );
  }
}
console.log(
  `images:strip: ${changed} photo${changed > 1 ? 's' : ''} cleaned in ${path.relative(process.cwd(), imgDir) || imgDir}`,
);
