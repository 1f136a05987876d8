/**
 * The build pipeline as one Astro integration: once Astro has written the pages,
 * `astro:build:done` runs the post-build steps in order, each a plain function of one
 * typed context (src/integration/context.ts), so that `npm run build` is `astro build`
 * and tests and benchmarks can call any step on its own.
 *
 * Order matters:
 * 0. French spacing (no-break spaces around « » : ; ? !), first, so that every later step
 *    reads the pages as they are published;
 * 1. site checks: dead links, anchors, duplicate ids, other origins, named with the
 *    content file and line they come from; first, so a broken site never gets a pack
 *    or a service worker;
 * 2. search index (Pagefind), which the pack's fallback search and the precache read;
 * 3. course pack (the zip of the site for file://), which writes its size into /hors-ligne/;
 * 4. the cheat sheet's stylesheets and formula fonts written into it (src/integration/inline-styles.ts), after
 *    the pack, which keeps them as files;
 * 5. files for the host (src/lib/hosting.ts: _headers, .htaccess, nginx.conf), before the service worker;
 * 6. service worker, last: it precaches, with revisions, everything written before it.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { runSiteChecks } from '../../scripts/check-site.ts';
import { runSearchIndex } from '../../scripts/index-search.ts';
import { runCoursePack } from '../../scripts/pack.ts';
import { runServiceWorker } from '../../scripts/build-sw.ts';
import { config, normaliseBase, siteWarning } from '../lib/config.ts';
import { writeHostingConfig } from '../lib/hosting.ts';
import { htmlFiles } from '../lib/files.ts';
import type { BuildContext } from './context.ts';
import { runInlineStyles } from './inline-styles.ts';
import { dropStalePreviews } from './stale-previews.ts';
import { runFrenchSpacing } from './typography.ts';

export type { BuildContext } from './context.ts';

export interface PostBuildStep {
  name: string;
  /** Short name for ATLAS_STEPS (src/lib/config.ts). */
  id: string;
  run(ctx: BuildContext): void | Promise<void>;
}

/** The post-build steps, in the order they run (see above). Add a step here. */
export const postBuildSteps: PostBuildStep[] = [
  { name: 'French spacing', id: 'typography', run: runFrenchSpacing },
  { name: 'site checks', id: 'checks', run: runSiteChecks },
  { name: 'search index', id: 'index', run: runSearchIndex },
  { name: 'course pack', id: 'pack', run: runCoursePack },
  { name: 'inline styles', id: 'styles', run: runInlineStyles },
  { name: 'hosting config', id: 'hosting', run: (ctx) => writeHostingConfig(ctx) },
  { name: 'service worker', id: 'sw', run: runServiceWorker },
];

/** Runs the steps one after the other; the first failure stops the build with its message. */
export async function runPostBuild(ctx: BuildContext, steps: PostBuildStep[] = postBuildSteps): Promise<void> {
  for (const step of steps) {
    const started = performance.now();
    await step.run(ctx);
    ctx.logger.info(`${step.name}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
}

export default function atlasBuild(options: { contentDir?: string } = {}): AstroIntegration {
  let base = '/';
  let site = config.site;
  return {
    name: 'atlas-ml:build',
    hooks: {
      'astro:config:setup': ({ config: astroConfig, command, logger }) => {
        if (command !== 'build') return;
        // Once per build (not on astro sync, dev or preview): what points at localhost, and the fix.
        const warning = siteWarning(config);
        if (warning) logger.warn(warning);
        if (dropStalePreviews(fileURLToPath(astroConfig.cacheDir), options.contentDir ?? config.contentDir))
          logger.info(
            'Glossary, formulas or the code that renders them changed: every page is rendered again (their previews appear on other pages).',
          );
      },
      'astro:config:done': ({ config: astroConfig }) => {
        base = normaliseBase(astroConfig.base);
        site = astroConfig.site ?? site;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const steps = config.steps ? postBuildSteps.filter((s) => config.steps!.includes(s.id)) : postBuildSteps;
        await runPostBuild(
          {
            outDir,
            base,
            site: site.replace(/\/+$/, ''),
            contentDir: options.contentDir ?? config.contentDir,
            pages: htmlFiles(outDir, { skip: (d) => d === 'pagefind' }),
            logger,
          },
          steps,
        );
      },
    },
  };
}
