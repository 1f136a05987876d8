/**
 * Demo benchmark (not a test): for every demo page, the JavaScript bytes the demo
 * downloads when it becomes visible (TF.js and the demo's code), the time from
 * visible to first frame, steps per second over 1,000 steps (chunked as when
 * playing), the steps two seconds of play make, and the long tasks (> 50 ms) seen
 * while loading, stepping, resetting and playing. Chromium, CPU backend.
 *
 * A long task's duration is wall-clock time: on a machine shared with other work, the
 * operating system pauses the page in the middle of its tasks and a 10 ms task can last
 * 100 ms. So stepping and playing are also traced (Chrome's `toplevel` category) and each
 * task's thread time, the CPU time the page itself spent in it, is reported too
 * (`…_cpu_over_50`, `…_cpu_longest_ms`): the figure that does not depend on the load.
 * Service workers are blocked. A first visit also stores the whole site for offline use
 * (about 9 MB, scripts/build-sw.ts), work that is not the demo's: left running, it took a
 * third of the two cores here and made 10 to 15 ms steps last 50 to 110 ms on the clock.
 * Once it has finished, the worker serves TF.js from its cache, which would hide the bytes
 * the demo downloads.
 * Usage: node scripts/bench-demos.ts [baseUrl] [--only id,id…] (default: serves the built
 * site itself, gzip-compressed; set ATLAS_OUT_DIR for another build folder; --only measures
 * some demos, by their folder name under /demos/).
 */
import { readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../playwright.config.ts';
import { config } from '../src/lib/config.ts';
import { serveDir } from './static-server.ts';

const args = process.argv.slice(2);
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args.splice(onlyAt, 2)[1]!.split(',') : undefined;
const given = args[0];
const { outDir } = config;
// The built site, gzip-compressed as a host serves it (the byte counts are transfer sizes).
const server = given ? undefined : await serveDir(resolve(outDir), 0, { gzip: true });
const base = given ?? server!.url;

const ids = readdirSync(join(outDir, 'demos'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && (!only || only.includes(d.name)))
  .map((d) => d.name);
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const rows: Record<string, unknown>[] = [];

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}
/** The thread time (CPU ms) of every task of the page's main thread in a trace. */
function mainThreadCpu(trace: Buffer): number[] {
  const events = (JSON.parse(trace.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  const mains = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const byThread = new Map<string, number[]>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (e.ph !== 'X' || e.name !== 'ThreadControllerImpl::RunTask' || !mains.has(key)) continue;
    byThread.set(key, [...(byThread.get(key) ?? []), (e.tdur ?? 0) / 1000]);
  }
  // The renderer that worked the most is the demo's page.
  const sum = (a: number[]) => a.reduce((s, v) => s + v, 0);
  return [...byThread.values()].sort((a, b) => sum(b) - sum(a))[0] ?? [];
}
const cpuColumns = (prefix: string, cpu: number[]) => ({
  [`${prefix}_cpu_over_50`]: cpu.filter((d) => d > 50).length,
  [`${prefix}_cpu_longest_ms`]: Math.round(Math.max(0, ...cpu)),
});
for (const id of ids) {
  // A demo page opens on its demo: a window too short to show it (240 px) keeps TF.js
  // waiting until the benchmark scrolls the demo into view, so loading is measured apart.
  const context = await browser.newContext({ viewport: { width: 1366, height: 240 }, serviceWorkers: 'block' });
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
  await browser.startTracing(page, { categories: ['toplevel'] });
  const ms = await page.evaluate(async () => {
    const el = document.querySelector('atlas-demo') as unknown as { steps(n: number): Promise<void> };
    const t = performance.now();
    await el.steps(1000);
    return performance.now() - t;
  });
  const state = JSON.parse((await page.locator('atlas-demo').getAttribute('data-state'))!);
  const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks.splice(0));
  const runCpu = mainThreadCpu(await browser.stopTracing());
  // Playing, as a reader does: two seconds of animation from a fresh start (a demo that
  // finishes sooner, such as the convolution sweep, stops by itself).
  // Resetting after 1,000 steps is measured on its own: it rebuilds the model and redraws.
  await browser.startTracing(page, { categories: ['toplevel'] });
  await page.locator('atlas-demo [data-role="reset"]').click();
  await page.waitForTimeout(300);
  const resetTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks.splice(0));
  const resetCpu = mainThreadCpu(await browser.stopTracing());
  await browser.startTracing(page, { categories: ['toplevel'] });
  await page.locator('atlas-demo [data-role="play"]').click();
  await page.waitForTimeout(2000);
  const played = JSON.parse((await page.locator('atlas-demo').getAttribute('data-state'))!);
  if (played.playing) await page.locator('atlas-demo [data-role="play"]').click();
  const playTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks.splice(0));
  const playCpu = mainThreadCpu(await browser.stopTracing());
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
    ...cpuColumns('run', runCpu),
    reset_long_tasks: resetTasks.length,
    reset_cpu_longest_ms: Math.round(Math.max(0, ...resetCpu)),
    play_steps_2s: played.step,
    play_long_tasks: playTasks.length,
    play_longest_ms: Math.round(Math.max(0, ...playTasks)),
    ...cpuColumns('play', playCpu),
  });
  await context.close();
}
await browser.close();
server?.close();
console.table(rows);
// The long tasks' wall-clock figures depend on what else the machine runs: say how busy it was.
console.log(
  `load average at the end: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(', ')}`,
);
