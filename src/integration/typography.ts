/**
 * The post-build step that gives every built page French spacing (src/lib/typography.ts):
 * run first, so that the checks, the index, the pack and the service worker all see the
 * pages as they are published. Only pages whose text changes are written again.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHtml, serialiseHtml } from '../lib/html.ts';
import { frenchSpacesInPage } from '../lib/typography.ts';
import type { BuildContext } from './context.ts';

export function runFrenchSpacing(ctx: BuildContext): void {
  let written = 0;
  for (const file of ctx.pages) {
    const path = join(ctx.outDir, file);
    const root = parseHtml(readFileSync(path, 'utf8'));
    if (!frenchSpacesInPage(root)) continue;
    writeFileSync(path, serialiseHtml(root));
    written++;
  }
  ctx.logger.info(`French spacing: ${written} of ${ctx.pages.length} pages given no-break spaces around « », : ; ? !`);
}
