import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// Debian's Chromium where Playwright cannot download its own browser (these machines),
// Playwright's own browser anywhere else.
export const chromiumPath =
  process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
// Tests run in Chromium's headless shell where Debian's is installed (as Playwright itself does
// with its own browsers): on this 2-core machine it opens a page in about half the time of full
// Chromium's new headless mode (newPage 170 ms against 380 ms, `load` 2 to 2.5 times sooner).
// Screenshots, Lighthouse and the benchmarks keep full Chromium: they measure what a reader sees.
export const testChromiumPath =
  process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE ??
  (existsSync('/usr/bin/chromium-headless-shell') ? '/usr/bin/chromium-headless-shell' : chromiumPath);
export const chromiumArgs = ['--disable-background-networking', '--disable-component-update', '--disable-sync'];

const port = Number(process.env.E2E_PORT ?? 4399);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://localhost:${port}`,
    launchOptions: { executablePath: testChromiumPath, args: chromiumArgs },
    trace: 'off',
    // Off except in the offline tests (tests/e2e/offline*.spec.ts), which turn it on: every other
    // test would otherwise download the whole precache in the background of its fresh context.
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], launchOptions: { executablePath: testChromiumPath, args: chromiumArgs } },
    },
  ],
  // Always the built site (run `npm run build` first; `npm test` does), never the dev server.
  webServer: {
    // --ignore-lock: run beside a preview the developer may already have open (npm start).
    command: `npx astro preview --port ${port} --ignore-lock`,
    url: `http://localhost:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
