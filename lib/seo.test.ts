import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MANIFEST_PATH } from './images/manifest.ts';
import { siteConfig } from './site-config.ts';
import { pageMetadata } from './seo.ts';

test('og:image is the site image whenever the image given is not a path of this site', () => {
  const cwd = process.cwd();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'seo-'));
  const entry = {
    src: siteConfig.defaultImage,
    width: 1200,
    height: 630,
    color: '#000',
    avif: [],
    webp: [],
    fallback: { width: 1200, url: '/_img/share.png' },
    original: siteConfig.defaultImage,
  };
  fs.mkdirSync(path.join(work, path.dirname(MANIFEST_PATH)), { recursive: true });
  fs.writeFileSync(path.join(work, MANIFEST_PATH), JSON.stringify({ [siteConfig.defaultImage]: entry }));
  process.chdir(work);
  try {
    for (const image of [
      'javascript:alert(1)',
      ' JaVa\tScRiPt:alert(1)',
      'data:image/svg+xml,<svg onload=alert(1)>',
      'vbscript:x',
    ]) {
      const meta = pageMetadata({ path: '/post/x/', image });
      const images = [
        ...([meta.openGraph?.images].flat() as { url: string }[]).map((i) => i.url),
        ...([meta.twitter?.images].flat() as string[]),
      ];
      for (const url of images) assert.match(url, /^https?:\/\/[^ ]+\/_img\/share\.png$/, `${image} → ${url}`);
    }
  } finally {
    process.chdir(cwd);
    fs.rmSync(work, { recursive: true, force: true });
  }
});
