/**
 * The one place that finds a browser for the browser tests, screenshots, the bench and
 * Lighthouse: Playwright's own Chromium when it is installed, else the system's (Debian's
 * `chromium`: Playwright cannot download its browsers on a closed network). CHROMIUM_PATH
 * names one explicitly.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];

/** The system's Chromium, or undefined when Playwright's own is installed (it then finds it). */
export function chromiumExecutable(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    if (fs.existsSync(chromium.executablePath())) return undefined;
  } catch {
    // No browser registered with Playwright: look for the system's.
  }
  return systemChromium();
}

/** A Chromium binary on the PATH, for tools that launch it themselves (Lighthouse). */
export function systemChromium(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const name of SYSTEM_NAMES) {
    try {
      return execFileSync('which', [name], { encoding: 'utf8' }).trim();
    } catch {
      // Not on the PATH; try the next name.
    }
  }
  throw new Error(
    'No Chromium for the browser tools: run "npx playwright install chromium" or "sudo apt-get install chromium".',
  );
}

/**
 * Flags for a headless Chromium here: no sandbox as root (it refuses to start otherwise),
 * and none of its background calls to Google's servers, which a closed network refuses.
 */
export const CHROMIUM_ARGS = [
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-gpu',
];
