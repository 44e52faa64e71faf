import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MANIFEST_PATH } from './images/manifest.ts';
import { siteConfig } from './site-config.ts';
import { pageMetadata } from './seo.ts';

test('og:image is the site card whenever the image given is not a path of this site', () => {
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
        ...([meta.twitter?.images].flat() as { url: string }[]).map((i) => i.url),
      ];
      for (const url of images) assert.match(url, /^https?:\/\/[^ ]+\/og\/site\.jpg$/, `${image} → ${url}`);
    }
  } finally {
    process.chdir(cwd);
    fs.rmSync(work, { recursive: true, force: true });
  }
});

test('every share image is described, and a small photo gets the small card type', () => {
  const cwd = process.cwd();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'seo-'));
  const entry = (src: string, width: number, height: number) => ({
    src,
    width,
    height,
    color: '#000',
    avif: [],
    webp: [],
    fallback: { width, url: `/_img/${path.basename(src)}` },
    original: src,
  });
  fs.mkdirSync(path.join(work, path.dirname(MANIFEST_PATH)), { recursive: true });
  fs.writeFileSync(
    path.join(work, MANIFEST_PATH),
    JSON.stringify({
      '/img/small.png': entry('/img/small.png', 400, 300),
      '/img/big.jpg': entry('/img/big.jpg', 1600, 900),
    }),
  );
  process.chdir(work);
  try {
    const card = (meta: ReturnType<typeof pageMetadata>) => (meta.twitter as { card?: string }).card;
    const og = (meta: ReturnType<typeof pageMetadata>) =>
      [meta.openGraph?.images].flat()[0] as { url: string; width: number; height: number; alt: string };
    const plain = pageMetadata({ title: 'Contact', path: '/page/contact/' });
    assert.deepEqual(
      { ...og(plain), url: new URL(og(plain).url).pathname },
      { url: '/og/site.jpg', width: 1200, height: 630, alt: 'SRE France : La communauté SRE en France' },
    );
    assert.equal(card(plain), 'summary_large_image');
    assert.equal(card(pageMetadata({ title: 'Petit', path: '/page/p/', image: '/img/small.png' })), 'summary');
    const big = pageMetadata({ title: 'Grand', path: '/page/g/', image: '/img/big.jpg', imageAlt: 'La salle' });
    assert.equal(card(big), 'summary_large_image');
    assert.equal(og(big).alt, 'La salle');
    assert.equal(([big.twitter?.images].flat()[0] as { alt: string }).alt, 'La salle');
    assert.equal(og(pageMetadata({ path: '/' })).alt, 'SRE France : La communauté SRE en France');
  } finally {
    process.chdir(cwd);
    fs.rmSync(work, { recursive: true, force: true });
  }
});
