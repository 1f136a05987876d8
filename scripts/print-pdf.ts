/**
 * Prints pages of a served site to A4 PDFs with Chromium, as a student's browser
 * would, and, when poppler's pdftoppm is installed, renders each PDF page to PNG
 * for review. Usage: node scripts/print-pdf.ts OUTDIR [/path/ …]
 * (PRINT_BASE_URL defaults to http://localhost:4321; default paths: the cheat
 * sheet, the glossary and a programme).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../playwright.config.ts';

const [outDir = 'print', ...given] = process.argv.slice(2);
const base = process.env.PRINT_BASE_URL ?? 'http://localhost:4321';
const paths = given.length ? given : ['/formules/', '/glossaire/', '/programmes/master-mix/'];
mkdirSync(outDir, { recursive: true });

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
// A dark-mode reader must still get black on white on paper.
const context = await browser.newContext({ colorScheme: 'dark' });
const page = await context.newPage();
for (const path of paths) {
  await page.goto(base + path, { waitUntil: 'networkidle' });
  const name = path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home';
  const pdf = join(outDir, `${name}.pdf`);
  // preferCSSPageSize: the print stylesheet's @page (A4, margins) decides, as in a browser's print dialog.
  await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: false });
  const png = spawnSync('pdftoppm', ['-png', '-r', '60', pdf, join(outDir, name)]);
  console.log(pdf, png.error ? '(install poppler-utils for PNG pages)' : '→ PNG pages');
}
await browser.close();
