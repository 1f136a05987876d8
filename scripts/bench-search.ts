/**
 * Search benchmark (not a test): bytes transferred and time to first results for
 * a first query (cold: the index is fetched) and a following one, measured in
 * Chromium against the built site. Usage: node scripts/bench-search.ts [baseUrl]
 * (default: serves dist/ itself, or ATLAS_OUT_DIR, gzip-compressed).
 */
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../playwright.config.ts';
import { config } from '../src/lib/config.ts';
import { serveDir } from './static-server.ts';

const given = process.argv[2];
// The built site, gzip-compressed as a host serves it (the byte counts are transfer sizes).
const server = given ? undefined : await serveDir(resolve(config.outDir), 0, { gzip: true });
const base = given ?? server!.url;

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const results: Record<string, unknown>[] = [];
for (const [first, second] of [
  ['surapprentissage', 'softmax'],
  ['BGDIA704', 'loss NaN'],
]) {
  // No service worker: its background precache download is not the search's cost.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  // Context-level events also see the requests of Pagefind's web worker.
  let bytes = 0;
  const pending: Promise<void>[] = [];
  context.on('requestfinished', (request) => {
    pending.push(
      request.sizes().then(
        (s) => void (bytes += s.responseBodySize + s.responseHeadersSize),
        // A request still finishing when its context closes has no sizes left to read.
        () => undefined,
      ),
    );
  });
  const settle = async () => {
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
  };
  await page.goto(`${base}/`, { waitUntil: 'networkidle' });
  await settle();
  const pageBytes = bytes;
  const measure = async (query: string) => {
    const before = bytes;
    const started = performance.now();
    await page.locator('pagefind-modal dialog input').first().fill(query);
    await page.locator('pagefind-results a').first().waitFor();
    const ms = performance.now() - started;
    await page.waitForTimeout(300);
    await settle();
    return { query, ms: Math.round(ms), bytes: bytes - before };
  };
  await page.keyboard.press('Control+k');
  await page.locator('pagefind-modal dialog input').first().waitFor();
  await settle();
  const uiBytes = bytes - pageBytes;
  const a = await measure(first);
  const b = await measure(second);
  results.push({ page_bytes: pageBytes, search_ui_bytes: uiBytes, first: a, following: b });
  await context.close();
}
await browser.close();
server?.close();
for (const r of results) console.log(JSON.stringify(r));
