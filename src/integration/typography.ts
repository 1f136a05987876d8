/**
 * The post-build step that gives every built page French spacing and keeps its short inline
 * formulas whole (src/lib/typography.ts): run first, so that the checks, the index, the pack and
 * the service worker all see the pages as they are published. Only pages that change are
 * written again.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHtml, serialiseHtml } from '../lib/html.ts';
import { frenchSpacesInPage, keepShortFormulasWhole } from '../lib/typography.ts';
import type { BuildContext } from './context.ts';

export function runFrenchSpacing(ctx: BuildContext): void {
  let written = 0;
  let whole = 0;
  for (const file of ctx.pages) {
    const path = join(ctx.outDir, file);
    const root = parseHtml(readFileSync(path, 'utf8'));
    const spaced = frenchSpacesInPage(root);
    const marked = keepShortFormulasWhole(root);
    whole += marked;
    if (!spaced && !marked) continue;
    writeFileSync(path, serialiseHtml(root));
    written++;
  }
  ctx.logger.info(
    `French spacing and whole formulas: ${written} of ${ctx.pages.length} pages written; ${whole} short inline formulas kept on one line`,
  );
}
