// Builds a small fixture site (tests/fixtures/content-ok, optionally altered)
// into a temporary folder with Astro's build() and the project's integration,
// exactly as `npm run build` builds the real one (site checks, search index,
// course pack and service worker included).
import { join } from 'node:path';
import { buildSite, testWorkDir } from './astro-build.ts';
import { alteredFixture, applyChanges, type ContentChanges } from './fixture-content.ts';

export interface FixtureBuild {
  ok: boolean;
  /** Everything the build printed, and its error. */
  output: string;
  outDir: string;
  contentDir: string;
  /** Builds again into the same folders (cache kept), after `changes`: an author's next build. */
  rebuild(changes: ContentChanges): Promise<FixtureBuild>;
}

/**
 * `changes` maps paths inside the content folder ("glossary/x.md") to new file
 * contents; `null` deletes the file.
 */
export async function buildFixture(changes: ContentChanges = {}): Promise<FixtureBuild> {
  const work = testWorkDir('fixture-');
  const contentDir = alteredFixture({}, join(work, 'content'));
  const outDir = join(work, 'dist');
  const cacheDir = join(work, 'cache');
  const run = async (next: ContentChanges): Promise<FixtureBuild> => {
    applyChanges(contentDir, next);
    const { ok, output } = await buildSite({ contentDir, outDir, cacheDir });
    return { ok, output, outDir, contentDir, rebuild: run };
  };
  return run(changes);
}
