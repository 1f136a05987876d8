// Builds a small fixture site (tests/fixtures/content-ok, optionally altered)
// into a temporary folder with Astro's build() and the project's integration,
// exactly as `npm run build` builds the real one (site checks, search index,
// course pack and service worker included).
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildSite, testWorkDir } from './astro-build.ts';

export interface FixtureBuild {
  ok: boolean;
  /** Everything the build printed, and its error. */
  output: string;
  outDir: string;
  contentDir: string;
  /** Builds again into the same folders (cache kept), after `changes`: an author's next build. */
  rebuild(changes: Record<string, string | null>): Promise<FixtureBuild>;
}

function apply(contentDir: string, changes: Record<string, string | null>) {
  for (const [path, text] of Object.entries(changes)) {
    const target = join(contentDir, path);
    if (text === null) rmSync(target);
    else {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, text);
    }
  }
}

/**
 * `changes` maps paths inside the content folder ("glossary/x.md") to new file
 * contents; `null` deletes the file.
 */
export async function buildFixture(changes: Record<string, string | null> = {}): Promise<FixtureBuild> {
  const work = testWorkDir('fixture-');
  const contentDir = join(work, 'content');
  const outDir = join(work, 'dist');
  const cacheDir = join(work, 'cache');
  cpSync('tests/fixtures/content-ok', contentDir, { recursive: true });
  const run = async (next: Record<string, string | null>): Promise<FixtureBuild> => {
    apply(contentDir, next);
    const { ok, output } = await buildSite({ contentDir, outDir, cacheDir });
    return { ok, output, outDir, contentDir, rebuild: run };
  };
  return run(changes);
}
