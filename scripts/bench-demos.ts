/**
 * Demo benchmark (not a test): for every demo page, the JavaScript bytes the demo
 * downloads when it becomes visible (TF.js and the demo's code), the time from
 * visible to first frame, steps per second over 1,000 steps (chunked as when
 * playing), the steps two seconds of play make, and the long tasks (> 50 ms) seen
 * while loading, stepping and playing. Chromium, CPU backend.
 * Usage: node scripts/bench-demos.ts [baseUrl] (default: serves the built site itself,
 * gzip-compressed; set ATLAS_OUT_DIR for another build folder).
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../playwright.config.ts';
import { config } from '../src/lib/config.ts';
import { serveDir } from './static-server.ts';

const given = process.argv[2];
const { outDir } = config;
// The built site, gzip-compressed as a host serves it (the byte counts are transfer sizes).
const server = given ? undefined : await serveDir(resolve(outDir), 0, { gzip: true });
const base = given ?? server!.url;

const ids = readdirSync(join(outDir, 'demos'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const rows: Record<string, unknown>[] = [];
for (const id of ids) {
  // A demo page opens on its demo: a window too short to show it (240 px) keeps TF.js
  // waiting until the benchmark scrolls the demo into view, so loading is measured apart.
  const context = await browser.newContext({ viewport: { width: 1366, height: 240 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { longTasks: number[]; readyAt?: number };
    w.longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push(e.duration))).observe({
      type: 'longtask',
      buffered: true,
    });
    new MutationObserver(() => {
      if (w.readyAt === undefined && document.querySelector('atlas-demo.is-ready')) {
        // The first frame is drawn in the same task that sets is-ready: count it at the next paint.
        requestAnimationFrame(() => (w.readyAt ??= performance.now()));
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['class'] });
  });
  let bytes = 0;
  const pending: Promise<void>[] = [];
  page.on('requestfinished', (r) => {
    if (r.url().endsWith('.js')) pending.push(r.sizes().then((s) => void (bytes += s.responseBodySize)));
  });
  await page.goto(`${base}/demos/${id}/`, { waitUntil: 'networkidle' });
  await Promise.all(pending);
  const pageJs = bytes;
  const visibleAt = await page.evaluate(() => {
    (window as unknown as { longTasks: number[] }).longTasks.length = 0;
    document.querySelector('atlas-demo')!.scrollIntoView();
    return performance.now();
  });
  await page.waitForFunction(() => (window as unknown as { readyAt?: number }).readyAt !== undefined, undefined, {
    timeout: 30_000,
  });
  const readyAt = await page.evaluate(() => (window as unknown as { readyAt: number }).readyAt);
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  const demoJs = bytes - pageJs;
  const loadTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks.splice(0));
  const ms = await page.evaluate(async () => {
    const el = document.querySelector('atlas-demo') as unknown as { steps(n: number): Promise<void> };
    const t = performance.now();
    await el.steps(1000);
    return performance.now() - t;
  });
  const state = JSON.parse((await page.locator('atlas-demo').getAttribute('data-state'))!);
  const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks.splice(0));
  // Playing, as a reader does: two seconds of animation from a fresh start (a demo that
  // finishes sooner, such as the convolution sweep, stops by itself).
  await page.locator('atlas-demo [data-role="reset"]').click();
  await page.locator('atlas-demo [data-role="play"]').click();
  await page.waitForTimeout(2000);
  const played = JSON.parse((await page.locator('atlas-demo').getAttribute('data-state'))!);
  if (played.playing) await page.locator('atlas-demo [data-role="play"]').click();
  const playTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks.splice(0));
  rows.push({
    page: `/demos/${id}/`,
    page_js_bytes: pageJs,
    tfjs_and_demo_bytes: demoJs,
    visible_to_first_frame_ms: Math.round(readyAt - visibleAt),
    steps: state.step,
    steps_per_second: Math.round((state.step / ms) * 1000),
    // Loading: parsing and evaluating TF.js is one task the page cannot split.
    load_long_tasks: loadTasks.length,
    load_longest_ms: Math.round(Math.max(0, ...loadTasks)),
    run_long_tasks: longTasks.length,
    run_longest_ms: Math.round(Math.max(0, ...longTasks)),
    play_steps_2s: played.step,
    play_long_tasks: playTasks.length,
    play_longest_ms: Math.round(Math.max(0, ...playTasks)),
  });
  await context.close();
}
await browser.close();
server?.close();
console.table(rows);
