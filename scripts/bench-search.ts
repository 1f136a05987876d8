/**
 * Search benchmark (not a test): bytes transferred and time to first results for
 * a first query (cold: the index is fetched) and a following one, measured in
 * Chromium against the built site. Usage: node scripts/bench-search.ts [baseUrl]
 * (default: serves dist/ itself with `astro preview` on port 4398).
 */
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../playwright.config.ts';

const given = process.argv[2];
const port = 4398;
const server = given ? undefined : spawn('node_modules/.bin/astro', ['preview', '--port', String(port), '--ignore-lock'], { stdio: 'ignore' });
const base = given ?? `http://localhost:${port}`;
for (let i = 0; i < 50 && !given; i++) {
  try {
    if ((await fetch(base)).ok) break;
  } catch {
    await new Promise((r) => setTimeout(r, 200));
  }
}

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const results: Record<string, unknown>[] = [];
for (const [first, second] of [
  ['surapprentissage', 'softmax'],
  ['BGDIA704', 'loss NaN'],
]) {
  const context = await browser.newContext();
  const page = await context.newPage();
  // Context-level events also see the requests of Pagefind's web worker.
  let bytes = 0;
  const pending: Promise<void>[] = [];
  context.on('requestfinished', (request) => {
    pending.push(request.sizes().then((s) => void (bytes += s.responseBodySize + s.responseHeadersSize)));
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
server?.kill();
for (const r of results) console.log(JSON.stringify(r));
