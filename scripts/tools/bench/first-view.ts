/**
 * What a phone downloads on a first visit of a page: every response the page triggers at
 * a 412 px viewport (Lighthouse's mobile device: DPR 1.75), by kind. Text is counted
 * gzipped, as any CDN serves it; images as they are.
 */
import zlib from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../../browser/chromium';

export type FirstView = {
  path: string;
  status: number;
  requests: number;
  foreignRequests: number;
  bytes: { html: number; css: number; js: number; images: number; other: number; total: number };
  images: { url: string; bytes: number; type: string }[];
};

export async function measureFirstViews(baseUrl: string, paths: string[]): Promise<FirstView[]> {
  const browser = await chromium.launch({
    executablePath: chromiumExecutable(),
    args: CHROMIUM_ARGS,
  });
  const results: FirstView[] = [];
  try {
    for (const path of paths) {
      const context = await browser.newContext({
        viewport: { width: 412, height: 823 },
        deviceScaleFactor: 1.75,
        isMobile: true,
        hasTouch: true,
      });
      const page = await context.newPage();
      const bytes = { html: 0, css: 0, js: 0, images: 0, other: 0, total: 0 };
      const images: FirstView['images'] = [];
      let requests = 0;
      let foreignRequests = 0;
      const origin = new URL(baseUrl).origin;
      const pending: Promise<void>[] = [];
      page.on('response', (response) => {
        requests++;
        if (!response.url().startsWith(origin)) foreignRequests++;
        pending.push(
          (async () => {
            const body = await response.body().catch(() => Buffer.alloc(0));
            const type = response.headers()['content-type'] ?? '';
            const kind = response.request().resourceType();
            const gz = (b: Buffer) => zlib.gzipSync(b, { level: 6 }).length;
            if (kind === 'document') bytes.html += gz(body);
            else if (kind === 'stylesheet') bytes.css += gz(body);
            else if (kind === 'script') bytes.js += gz(body);
            else if (kind === 'image') {
              bytes.images += body.length;
              images.push({ url: response.url().slice(origin.length), bytes: body.length, type });
            } else bytes.other += /text|json|xml|javascript/.test(type) ? gz(body) : body.length;
          })(),
        );
      });
      const response = await page.goto(baseUrl + path.replace(/^\//, ''), { waitUntil: 'networkidle' });
      await Promise.all(pending);
      bytes.total = bytes.html + bytes.css + bytes.js + bytes.images + bytes.other;
      results.push({ path, status: response?.status() ?? 0, requests, foreignRequests, bytes, images });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return results;
}
