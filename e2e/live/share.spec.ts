import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'node-html-parser';
import { exportedPages } from '../../scripts/build-steps/export/pages';
import { LIVE_OUT } from '../live-export';

// Every page shares well: a described image that exists, large enough for the card type it
// announces: a large card needs the 1200×630 networks read (a smaller image is blurred or cropped).
test('every page has a share image with its description, sized for its card type', { tag: '@any-device' }, () => {
  const problems: string[] = [];
  for (const sitePath of exportedPages(LIVE_OUT)) {
    const file = path.join(LIVE_OUT, sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath);
    const head = parse(fs.readFileSync(file, 'utf8')).querySelector('head');
    const meta = (key: string) =>
      head?.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? '';
    const image = meta('og:image');
    const local = image ? path.join(LIVE_OUT, new URL(image).pathname) : '';
    if (!image || !fs.existsSync(local))
      problems.push(`${sitePath}: og:image ${image || 'missing'} is not in the export`);
    if (!meta('og:image:alt').trim()) problems.push(`${sitePath}: no og:image:alt`);
    if (!meta('twitter:image:alt').trim()) problems.push(`${sitePath}: no twitter:image:alt`);
    const [width, height] = [Number(meta('og:image:width')), Number(meta('og:image:height'))];
    if (meta('twitter:card') === 'summary_large_image' && !(width >= 1200 && height >= 630))
      problems.push(`${sitePath}: summary_large_image with a ${width}×${height} image`);
  }
  expect(problems).toEqual([]);
});
