/**
 * Lighthouse scores (performance, accessibility, best practices, SEO) of the built
 * site, with the local Chromium: the home page, a programme, a course, the cheat
 * sheet, the glossary, and the first demo page when the build has one.
 * Usage: node scripts/lighthouse.ts [--desktop]  (default: Lighthouse's mobile profile,
 * a mid-range phone on a slow 4G connection). Serves ATLAS_OUT_DIR (default dist/)
 * itself, gzip-compressed as any host would. Prints one line per page, then every audit
 * that did not pass.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import lighthouse, { desktopConfig } from 'lighthouse';
import { chromiumArgs, chromiumPath } from '../playwright.config.ts';
import { config } from '../src/lib/config.ts';
import { htmlFiles, isDemoPage, sitePath } from '../tests/support/built-files.ts';
import { serveDir } from './static-server.ts';

const outDir = resolve(config.outDir);
const desktop = process.argv.includes('--desktop');
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
const failing: string[] = [];
try {
  for (const path of pages) {
    const result = await lighthouse(
      `${server.url}${path}`,
      { port: debugPort, output: 'json', logLevel: 'error', onlyCategories: [...categories] },
      desktop ? desktopConfig : undefined,
    );
    const lhr = result!.lhr;
    const scores = categories.map((c) => Math.round((lhr.categories[c].score ?? 0) * 100));
    rows.push(`${path.padEnd(28)} ${scores.map((s) => String(s).padStart(5)).join(' ')}`);
    for (const c of categories) {
      for (const ref of lhr.categories[c].auditRefs) {
        const audit = lhr.audits[ref.id];
        if (ref.weight > 0 && audit.score !== null && audit.score < 1)
          failing.push(`${path} ${c}: ${audit.id} (${audit.displayValue ?? audit.score})`);
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`Lighthouse ${desktop ? 'desktop' : 'mobile'} profile\n${'page'.padEnd(28)}  perf  a11y    bp   seo`);
console.log(rows.join('\n'));
if (failing.length) console.log(`\nAudits below 100 %:\n  ${failing.join('\n  ')}`);
