// Builds a small fixture site (tests/fixtures/content-ok, optionally altered)
// into a temporary folder, the way `npm run build` builds the real one.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { checkSite } from '../../scripts/check-site.ts';

export interface FixtureBuild {
  ok: boolean;
  /** Everything the build printed, plus the post-build check's problems. */
  output: string;
  outDir: string;
  contentDir: string;
}

/**
 * `changes` maps paths inside the content folder ("glossary/x.md") to new file
 * contents; `null` deletes the file.
 */
export function buildFixture(changes: Record<string, string | null> = {}): FixtureBuild {
  const work = mkdtempSync(join(tmpdir(), 'atlas-fixture-'));
  const contentDir = join(work, 'content');
  const outDir = join(work, 'dist');
  cpSync('tests/fixtures/content-ok', contentDir, { recursive: true });
  for (const [path, text] of Object.entries(changes)) {
    const target = join(contentDir, path);
    if (text === null) rmSync(target);
    else {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, text);
    }
  }
  const result = spawnSync('node_modules/.bin/astro', ['build'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      ATLAS_CONTENT_DIR: contentDir,
      ATLAS_OUT_DIR: outDir,
      ATLAS_CACHE_DIR: join(work, 'cache'),
      FORCE_COLOR: '0',
      NO_COLOR: '1',
    },
  });
  let output = `${result.stdout}\n${result.stderr}`;
  let ok = result.status === 0;
  if (ok) {
    // As `npm run build` does: the course pack, which /hors-ligne/ links to.
    const pack = spawnSync('node', ['scripts/pack.ts', outDir], {
      encoding: 'utf8',
      env: { ...process.env, ATLAS_CONTENT_DIR: contentDir },
    });
    output += `\n${pack.stdout}\n${pack.stderr}`;
    ok = pack.status === 0;
  }
  if (ok) {
    const problems = checkSite(outDir);
    if (problems.length) {
      ok = false;
      output += `\nSite check failed:\n${problems.join('\n')}`;
    }
  }
  return { ok, output, outDir, contentDir };
}
