import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './scripts/browser/chromium';
import { deployTarget } from './lib/site-config';

/**
 * Two suites, each on a phone and a desktop, in Playwright's own Chromium when it is
 * installed, else the system's `chromium`:
 * - code (e2e/code/): tests of the code, on the fixture site (npm run build:fixture), with
 *   exact expectations about what that site holds;
 * - live (e2e/live/): invariants that hold for any valid content, on out/ (npm run build)
 *   or on the export named by E2E_LIVE_DIR.
 * One server (e2e/harness/serve-exports.ts) serves both exports on E2E_PORT, told apart by host.
 */

const port = Number(process.env.E2E_PORT ?? 4173);
const basePath = deployTarget().basePath;

const phone = { ...devices['Pixel 7'], defaultBrowserType: 'chromium' as const };
const desktop = { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } };
const live = { testDir: 'e2e/live', use: { baseURL: `http://localhost:${port}${basePath}/` } };
const code = { testDir: 'e2e/code', use: { baseURL: `http://127.0.0.1:${port}/` } };

/*
 * Which device a test runs on, by its tag:
 * - @phone: only on the phone (it sets its own phone viewport, or checks what only phones have);
 * - @desktop: only on the desktop (it sets its own wide viewport, or checks the desktop layout);
 * - @any-device: once, on the desktop: its result does not depend on the viewport (files, HTTP
 *   answers, head, feeds, search ranking). The desktop, because test:organizer-pr runs live-desktop;
 * - no tag: on both (layout, what is visible, the menu).
 * A test filtered out here is never started, where a test.skip() in its body still opens a page.
 */
const phoneOnly = { grepInvert: /@desktop|@any-device/ };
const desktopOnly = { grepInvert: /@phone/ };

export default defineConfig({
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumExecutable(),
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    { name: 'code-phone', ...code, ...phoneOnly, use: { ...phone, ...code.use } },
    { name: 'code-desktop', ...code, ...desktopOnly, use: { ...desktop, ...code.use } },
    { name: 'live-phone', ...live, ...phoneOnly, use: { ...phone, ...live.use } },
    { name: 'live-desktop', ...live, ...desktopOnly, use: { ...desktop, ...live.use } },
  ],
  webServer: {
    command: `npx tsx e2e/harness/serve-exports.ts --port ${port}`,
    url: `http://localhost:${port}${basePath}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
