/**
 * Renders public/favicon.svg into the PNG icons of the web manifest (run once,
 * the PNGs are committed): 192 and 512 px "any" icons, and a 512 px maskable
 * one whose glyph sits inside the 80 % safe zone on a full-bleed background, so
 * that Android's round or squircle masks never cut the "A".
 * Usage: node scripts/make-icons.ts
 */
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../playwright.config.ts';

const svg = readFileSync('public/favicon.svg', 'utf8');
const background = svg.match(/fill="(#[0-9a-f]{6})"/i)?.[1];
if (!background) throw new Error('public/favicon.svg: no fill colour found on its background <rect>');
const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;

const icons = [
  { file: 'public/icons/icon-192.png', size: 192, maskable: false },
  { file: 'public/icons/icon-512.png', size: 512, maskable: false },
  { file: 'public/icons/icon-maskable-512.png', size: 512, maskable: true },
];

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
for (const icon of icons) {
  const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size }, deviceScaleFactor: 1 });
  // The maskable icon: the favicon scaled to 70 % (inside the 80 % safe circle), centred on its own colour.
  const inner = icon.maskable ? Math.round(icon.size * 0.7) : icon.size;
  await page.setContent(
    `<body style="margin:0;width:${icon.size}px;height:${icon.size}px;display:grid;place-items:center;background:${icon.maskable ? background : 'transparent'}">` +
      `<img src="${dataUrl}" width="${inner}" height="${inner}" alt=""></body>`,
  );
  await page.screenshot({ path: icon.file, omitBackground: !icon.maskable });
  await page.close();
  console.log(icon.file);
}
await browser.close();
