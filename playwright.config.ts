import fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import { defineConfig, devices, chromium } from '@playwright/test';
import { deployTarget } from './lib/site-config';

/**
 * Two suites, each on a phone and a desktop, in Playwright's own Chromium when it is
 * installed, else the system's `chromium`:
 * - code (e2e/code/): tests of the code, on the fixture site (npm run build:fixture), with
 *   exact expectations about what that site holds;
 * - live (e2e/live/): invariants that hold for any valid content, on out/ (npm run build)
 *   or on the export named by E2E_LIVE_DIR.
 * One server (e2e/serve-exports.ts) serves both exports on E2E_PORT, told apart by host.
 */
function systemChromium(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    if (fs.existsSync(chromium.executablePath())) return undefined;
  } catch {
    // No browser registered with Playwright: look for the system's.
  }
  for (const name of ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome']) {
    try {
      return execFileSync('which', [name], { encoding: 'utf8' }).trim();
    } catch {
      // Not on the PATH; try the next name.
    }
  }
  throw new Error('No Chromium for the browser tests: run "npx playwright install chromium" or "sudo apt-get install chromium".');
}

const port = Number(process.env.E2E_PORT ?? 4173);
const basePath = deployTarget().basePath;
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

const phone = { ...devices['Pixel 7'], defaultBrowserType: 'chromium' as const };
const desktop = { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } };
const live = { testDir: 'e2e/live', use: { baseURL: `http://localhost:${port}${basePath}/` } };
const code = { testDir: 'e2e/code', use: { baseURL: `http://127.0.0.1:${port}/` } };

export default defineConfig({
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: systemChromium(),
      args: [
        ...(isRoot ? ['--no-sandbox'] : []),
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-gpu',
      ],
    },
  },
  projects: [
    { name: 'code-phone', ...code, use: { ...phone, ...code.use } },
    { name: 'code-desktop', ...code, use: { ...desktop, ...code.use } },
    { name: 'live-phone', ...live, use: { ...phone, ...live.use } },
    { name: 'live-desktop', ...live, use: { ...desktop, ...live.use } },
  ],
  webServer: {
    command: `npx tsx e2e/serve-exports.ts --port ${port}`,
    url: `http://localhost:${port}${basePath}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
