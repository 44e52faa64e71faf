import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { expect, test } from '@playwright/test';
import { rel } from '../export';
import { FIXTURE_OUT } from '../fixture-site/site';

test('the old hero path answers with a lighter copy, metadata removed', { tag: '@any-device' }, async () => {
  const file = path.join(FIXTURE_OUT, 'img/meetup/summercamp2022.jpg');
  const meta = await sharp(file).metadata();
  expect(meta.format).toBe('jpeg');
  expect(meta.exif).toBeUndefined();
  expect(fs.statSync(file).size).toBeLessThan(1_000_000);
});

// Sets its own phone viewport: once, with the phones.
test.describe('on a 412 px phone (Lighthouse mobile, DPR 1.75)', { tag: '@phone' }, () => {
  test.use({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true });

  test('the hero is AVIF or WebP, no wider than twice the viewport, loaded first', async ({ page }) => {
    const images: { url: string; type: string }[] = [];
    page.on('response', (r) => {
      if (r.request().resourceType() === 'image')
        images.push({ url: r.url(), type: r.headers()['content-type'] ?? '' });
    });
    await page.goto(rel('/post/2022-09-05-summercamp-2022/'));
    const hero = page.locator('.hero img').first();
    await expect(hero).toHaveAttribute('fetchpriority', 'high');
    await expect(hero).not.toHaveAttribute('loading', 'lazy');
    const current = await hero.evaluate((img: HTMLImageElement) => img.currentSrc);
    const width = Number(/-(\d+)\.(avif|webp)$/.exec(current)?.[1]);
    expect(current).toMatch(/\.(avif|webp)$/);
    expect(width).toBeLessThanOrEqual(2 * 412);
    expect(width).toBeGreaterThanOrEqual(412);
    const served = images.find((i) => i.url === current);
    expect(served?.type).toMatch(/image\/(avif|webp)/);
    // Nothing else than the hero is fetched for the first screen of an article.
    expect(images.length).toBe(1);
  });

  test('a post card in a list gets its 16:9 crop at about the width it takes on screen', async ({ page }) => {
    // On the home page the banner comes first; on the list of posts, the first card does.
    await page.goto(rel('/post/'));
    const thumb = page.locator('.post-card img').first();
    await expect(thumb).toHaveAttribute('fetchpriority', 'high');
    const { current, box } = await thumb.evaluate(async (img: HTMLImageElement) => {
      await img.decode();
      return { current: img.currentSrc, box: img.getBoundingClientRect().width };
    });
    expect(current).toMatch(/-card-\d+\.(avif|webp)$/);
    // The crop is what the box shows: nothing downloaded is cut away.
    const file = await page.request.get(current);
    const meta = await sharp(await file.body()).metadata();
    expect(meta.width! / meta.height!).toBeCloseTo(16 / 9, 1);
    // Enough pixels for a sharp picture at DPR 1.75, and not twice as many.
    expect(meta.width).toBeGreaterThanOrEqual(box * 1.75);
    expect(meta.width).toBeLessThan(box * 1.75 * 1.5);
  });
});
