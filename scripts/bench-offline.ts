/**
 * How long a first visit takes to make the site available offline: serves the
 * built site, opens the home page in Chromium, and times the service worker's
 * install (every precached file fetched and stored), with and without an added
 * network latency. Also prints the precache and pack sizes.
 * Usage: node scripts/bench-offline.ts [dir]   (after `npm run build`)
 */
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../playwright.config.ts';
import { config } from '../src/lib/config.ts';
import { PACK_FILE } from '../src/lib/offline.ts';
import { serveFolder } from '../tests/support/static-server.ts';

const dir = resolve(process.argv[2] ?? config.outDir);
const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
const entries = sw.match(/"url":"/g)?.length ?? 0;
const server = await serveFolder(() => dir);
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const mb = (n: number) => (n / 1024 / 1024).toFixed(2);

console.log(`Precache: ${entries} files; course pack: ${mb(statSync(join(dir, PACK_FILE)).size)} MB`);
for (const latencyMs of [0, 40]) {
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: latencyMs,
    downloadThroughput: -1,
    uploadThroughput: -1,
  });
  await page.goto(`${server.origin}/`);
  const started = Date.now();
  await page.locator('[data-offline-ready]').waitFor({ state: 'visible', timeout: 300_000 });
  console.log(
    `Offline-ready after the first load: ${((Date.now() - started) / 1000).toFixed(1)} s (added latency ${latencyMs} ms per request)`,
  );
  await context.close();
}
await browser.close();
await server.close();
