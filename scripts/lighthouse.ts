/**
 * Lighthouse scores (performance, accessibility, best practices, SEO) of the built
 * site, with the local Chromium: the home page, a programme, a course, the cheat
 * sheet, the glossary, and the first demo page when the build has one.
 * Usage: node scripts/lighthouse.ts [--desktop] [--runs N]  (default: Lighthouse's mobile
 * profile, a mid-range phone on a slow 4G connection; one run per page). Serves ATLAS_OUT_DIR
 * (default dist/) itself, gzip-compressed as any host would. Prints one line per page, then
 * every audit that did not pass.
 *
 * With --runs N each page is measured N times: a score is then the median, followed by the
 * lowest and highest when they differ ("99 (98–100)"). Lighthouse simulates the slow phone
 * from one fast local load, and what that load happened to fetch before its first paint
 * decides what the simulation counts: on the cheat sheet, KaTeX's fonts finish just before
 * or just after the first frame, and the score moves between 98 and 100 (README, "Lighthouse").
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import lighthouse, { desktopConfig, type Result } from 'lighthouse';
import { chromiumArgs, chromiumPath } from '../playwright.config.ts';
import { config } from '../src/lib/config.ts';
import { htmlFiles, isDemoPage, sitePath } from '../tests/support/built-files.ts';
import { serveDir } from './static-server.ts';

const outDir = resolve(config.outDir);
const desktop = process.argv.includes('--desktop');
const runsAt = process.argv.indexOf('--runs');
const runs = runsAt >= 0 ? Number(process.argv[runsAt + 1]) : 1;
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number of runs, 1 or more');
const demo = htmlFiles(outDir)
  .map((file) => ({ path: sitePath(file), html: readFileSync(join(outDir, file), 'utf8') }))
  .find(isDemoPage);
const pages = [
  '/',
  '/programmes/master-mix/',
  '/cours/deep-learning-mix/',
  '/formules/',
  '/glossaire/',
  ...(demo ? [demo.path] : []),
];

// Compressed, as a real host serves the site.
const server = await serveDir(outDir, 0, { gzip: true });
// Playwright starts the browser (as the tests do); Lighthouse drives it over its debugging port.
const debugPort = 9300 + Math.floor(Math.random() * 500);
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: [...chromiumArgs, `--remote-debugging-port=${debugPort}`],
});
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const rows: string[] = [];
// Wide enough for "99 (98–100)" when several runs differ.
const width = runs > 1 ? 12 : 5;
const failing: string[] = [];
try {
  for (const path of pages) {
    const results: Result[] = [];
    for (let i = 0; i < runs; i++) {
      const result = await lighthouse(
        `${server.url}${path}`,
        { port: debugPort, output: 'json', logLevel: 'error', onlyCategories: [...categories] },
        desktop ? desktopConfig : undefined,
      );
      results.push(result!.lhr);
    }
    const score = (lhr: Result, c: (typeof categories)[number]) => Math.round((lhr.categories[c].score ?? 0) * 100);
    const middle = Math.floor((runs - 1) / 2);
    // The run with the median performance score is the one whose failing audits are listed.
    const lhr = [...results].sort((a, b) => score(a, 'performance') - score(b, 'performance'))[middle]!;
    const cells = categories.map((c) => {
      const all = results.map((r) => score(r, c)).sort((a, b) => a - b);
      return all[0] === all.at(-1) ? String(all[0]) : `${all[middle]} (${all[0]}–${all.at(-1)})`;
    });
    rows.push(`${path.padEnd(28)} ${cells.map((cell) => cell.padStart(width)).join(' ')}`);
    for (const c of categories) {
      for (const ref of lhr.categories[c].auditRefs) {
        const audit = lhr.audits[ref.id]!;
        if (ref.weight > 0 && audit.score !== null && audit.score < 1)
          failing.push(`${path} ${c}: ${audit.id} (${audit.displayValue ?? audit.score})`);
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}
console.log(
  `Lighthouse ${desktop ? 'desktop' : 'mobile'} profile${runs > 1 ? `, ${runs} runs per page: median (lowest–highest)` : ''}`,
);
console.log(`${'page'.padEnd(28)} ${['perf', 'a11y', 'bp', 'seo'].map((h) => h.padStart(width)).join(' ')}`);
console.log(rows.join('\n'));
if (failing.length)
  console.log(`\nAudits below 100 %${runs > 1 ? ' (in the median run)' : ''}:\n  ${failing.join('\n  ')}`);
