/**
 * Phone (390×844) and desktop (1280×800) screenshots of pages of the built export, light
 * and, with `dark`, dark: what a reviewer wants to see of a pull request without cloning.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { createStaticServer } from '../../serve/static-server';
import { CHROMIUM_ARGS, chromiumExecutable } from '../../browser/chromium';

export const VIEWPORTS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } } as const;

export type Shot = {
  page: string;
  viewport: keyof typeof VIEWPORTS;
  scheme: 'light' | 'dark';
  file: string;
  status: number;
};

/** "/post/x/" → "post-x"; "/" → "home". */
export const shotName = (page: string) => page.replace(/^\/|\/$/g, '').replace(/[^a-z0-9.-]+/gi, '-') || 'home';

export async function takeShots(
  pages: string[],
  options: { outDir: string; shotsDir: string; dark?: boolean },
): Promise<Shot[]> {
  if (!fs.existsSync(path.join(options.outDir, 'index.html')))
    throw new Error(`${options.outDir} has no index.html: run npm run build first`);
  fs.mkdirSync(options.shotsDir, { recursive: true });
  const server = createStaticServer(options.outDir, '');
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const browser = await chromium.launch({
    executablePath: chromiumExecutable(),
    args: CHROMIUM_ARGS,
  });
  const shots: Shot[] = [];
  try {
    for (const scheme of options.dark ? (['light', 'dark'] as const) : (['light'] as const)) {
      for (const [viewport, size] of Object.entries(VIEWPORTS) as [
        keyof typeof VIEWPORTS,
        { width: number; height: number },
      ][]) {
        const context = await browser.newContext({
          viewport: size,
          deviceScaleFactor: 1,
          colorScheme: scheme,
          isMobile: viewport === 'phone',
          hasTouch: viewport === 'phone',
        });
        const tab = await context.newPage();
        for (const page of pages) {
          const response = await tab.goto(base + page, { waitUntil: 'load' });
          const file = path.join(
            options.shotsDir,
            `${shotName(page)}-${viewport}${scheme === 'dark' ? '-dark' : ''}.png`,
          );
          await tab.screenshot({ path: file, fullPage: true });
          shots.push({ page, viewport, scheme, file, status: response?.status() ?? 0 });
        }
        await context.close();
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  return shots;
}
