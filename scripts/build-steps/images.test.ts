import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { walkFiles } from '../../lib/files/walk.ts';
import type { ImageManifest } from '../../lib/images/manifest.ts';

// The check and the pipeline run in the same language, whatever the settings file's.
process.env.CONTENT_LANG = 'fr';

const SCRIPT = path.join(import.meta.dirname, 'images.ts');
/** An invented community's settings (lib/settings/fixtures/). */
const SETTINGS = path.join(import.meta.dirname, '..', '..', 'lib', 'settings', 'fixtures', 'montreal', 'site.yaml');

/** A phone photo as organizers send them: camera EXIF, GPS position, rotated by a tag. */
async function phonePhoto(): Promise<Buffer> {
  return sharp({ create: { width: 1200, height: 900, channels: 3, background: '#336699' } })
    .jpeg()
    .withExif({ IFD0: { Make: 'TestCam' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '45/1 35/1 25/1' } })
    .withMetadata({ orientation: 6 })
    .toBuffer();
}

test('the image pipeline applies the orientation and publishes no EXIF or GPS, in any variant', async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'images-'));
  const photo = await phonePhoto();
  assert.ok((await sharp(photo).metadata()).exif, 'the fixture carries EXIF');
  fs.mkdirSync(path.join(root, 'content/img/meetup'), { recursive: true });
  fs.writeFileSync(path.join(root, 'content/img/meetup/phone.jpg'), photo);
  // A project of its own: its settings file beside its content.
  fs.copyFileSync(SETTINGS, path.join(root, 'site.yaml'));

  const run = spawnSync(process.execPath, ['--import', import.meta.resolve('tsx'), SCRIPT], {
    cwd: root,
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, run.stderr);

  const manifest: ImageManifest = JSON.parse(fs.readFileSync(path.join(root, '.generated/images.json'), 'utf8'));
  const entry = manifest['/img/meetup/phone.jpg'];
  assert.deepEqual([entry.width, entry.height], [900, 1200], 'turned upright');
  const published = [
    path.join(root, 'public/img/meetup/phone.jpg'),
    ...[...entry.avif, ...entry.webp, entry.fallback, ...(entry.card?.avif ?? [])].map((v) =>
      path.join(root, 'public', v.url),
    ),
  ];
  for (const file of published) {
    const meta = await sharp(file).metadata();
    assert.equal(meta.exif ?? meta.xmp ?? meta.iptc, undefined, `${path.relative(root, file)} carries metadata`);
  }
  fs.rmSync(root, { recursive: true, force: true });
});

test('the pipeline and the check refuse the same files of the hostile corpus, and the pipeline publishes none of them', async () => {
  const corpus = path.join(import.meta.dirname, '../../lib/content/fixtures/hostile');
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'images-hostile-'));
  fs.cpSync(path.join(corpus, 'content'), path.join(root, 'content'), { recursive: true, verbatimSymlinks: true });
  fs.cpSync(path.join(corpus, 'public'), path.join(root, 'public'), { recursive: true });
  fs.copyFileSync(SETTINGS, path.join(root, 'site.yaml'));
  try {
    const { loadContent } = await import('../../lib/content/load.ts');
    const { issues } = loadContent({
      contentDir: path.join(root, 'content'),
      publicDir: path.join(root, 'public'),
      now: Date.parse('2026-01-01'),
    });
    const fromCheck = issues
      .map((i) => `${path.relative(root, path.resolve(i.file)).split(path.sep).join('/')}  ${i.message}`)
      .filter((line) => line.startsWith('content/img/'))
      .sort();
    assert.ok(fromCheck.length >= 10, fromCheck.join('\n'));

    const run = spawnSync(process.execPath, ['--import', import.meta.resolve('tsx'), SCRIPT], {
      cwd: root,
      encoding: 'utf8',
    });
    assert.equal(run.status, 1, 'the pipeline fails on a refused file');
    const fromBuild = [...run.stderr.matchAll(/^(\S+):1:1 {2}(.+?) {2}\(/gm)].map((m) => `${m[1]}  ${m[2]}`).sort();
    assert.deepEqual(fromBuild, fromCheck);

    const published = (dir: string) => walkFiles(dir).map((f) => path.basename(f.rel));
    // What the pipeline writes: public/img/ (copies at the old paths) and public/_img/ (variants).
    const names = ['img', '_img'].flatMap((dir) => published(path.join(root, 'public', dir)));
    assert.ok(names.includes('ok.jpg'), 'the good image is published');
    for (const name of names) assert.match(name, /^ok(-card)?(-\d+)?\.(jpg|avif|webp)$/, `${name} was published`);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});
