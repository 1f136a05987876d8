/**
 * Screenshots of the built site for review: desktop and a 390 px phone, light and
 * dark. Usage: node scripts/screenshots.ts [outDir] [path ...] (the site must be
 * served, e.g. by `npm run preview`; SCREENSHOT_BASE_URL defaults to http://localhost:4321).
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../playwright.config.ts';

const [outDir = 'screenshots', ...paths] = process.argv.slice(2);
const base = process.env.SCREENSHOT_BASE_URL ?? 'http://localhost:4321';
const targets = paths.length ? paths : ['/'];
mkdirSync(outDir, { recursive: true });

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const viewports = [
  { name: 'desktop', width: 1366, height: 900, isMobile: false },
  { name: 'phone', width: 390, height: 844, isMobile: true },
];
for (const vp of viewports) {
  for (const scheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({
      viewport: { width: vp.width, height: vp.height },
      isMobile: vp.isMobile,
      deviceScaleFactor: 1,
      colorScheme: scheme,
    });
    const page = await context.newPage();
    for (const path of targets) {
      await page.goto(base + path, { waitUntil: 'networkidle' });
      const name = `${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${vp.name}-${scheme}.png`;
      await page.screenshot({ path: `${outDir}/${name}`, fullPage: process.env.FULL === '1' });
      console.log(`${outDir}/${name}`);
    }
    await context.close();
  }
}
await browser.close();
