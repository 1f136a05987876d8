/**
 * Builds the site with Astro's programmatic build() (in a process of its own: see
 * run-astro-build.ts), the way `npm run build` (= `astro build`, with the post-build
 * steps of src/integration/) does, for another content folder, output folder, origin
 * or base path; and serves a build with Astro's preview().
 * The settings go through the environment because astro.config.ts, the collections
 * and the pages all read them from src/lib/config.ts.
 *
 * Build folders must be inside the project (testWorkDir()): for an output folder
 * elsewhere, Astro puts its prerender bundle in <project>/.astro/, the same folder for
 * every build, and two builds at once would overwrite each other's.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { preview } from 'astro';

export interface SiteBuild {
  ok: boolean;
  /** Everything the build printed, and its error. */
  output: string;
}

export interface BuildSettings {
  contentDir?: string;
  outDir: string;
  cacheDir: string;
  site?: string;
  base?: string;
  /** The post-build steps to run (ATLAS_STEPS, src/lib/config.ts); all of them when unset. */
  steps?: string[];
}

function environment(settings: BuildSettings): Record<string, string | undefined> {
  return {
    ATLAS_CONTENT_DIR: settings.contentDir,
    ATLAS_OUT_DIR: settings.outDir,
    ATLAS_CACHE_DIR: settings.cacheDir,
    SITE: settings.site,
    BASE: settings.base,
    ATLAS_STEPS: settings.steps?.join(','),
    // Vitest sets BASE_URL=/ (Vite would let it override the configured base) and NODE_ENV=test.
    BASE_URL: undefined,
    NODE_ENV: 'production',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
  };
}

/** A copy of `env` with `values` set (undefined: removed). */
function withEnv(env: NodeJS.ProcessEnv, values: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const out = { ...env };
  for (const [k, v] of Object.entries(values)) {
    if (v === undefined) delete out[k];
    else out[k] = v;
  }
  return out;
}

/** Sets the variables, and returns how to put the previous values back. */
function setEnv(values: Record<string, string | undefined>): () => void {
  const saved = Object.fromEntries(Object.keys(values).map((k) => [k, process.env[k]]));
  const set = (v: Record<string, string | undefined>) => {
    for (const [k, value] of Object.entries(v)) {
      if (value === undefined) delete process.env[k];
      else process.env[k] = value;
    }
  };
  set(values);
  return () => set(saved);
}

/** A fresh folder for a test build, inside the project (see above). */
export function testWorkDir(prefix: string): string {
  const parent = join(process.cwd(), 'node_modules', '.cache', 'atlas-tests');
  mkdirSync(parent, { recursive: true });
  return mkdtempSync(join(parent, prefix));
}

export async function buildSite(settings: BuildSettings): Promise<SiteBuild> {
  const child = spawn(process.execPath, [join(import.meta.dirname, 'run-astro-build.ts')], {
    env: withEnv(process.env, environment(settings)),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => {
    output += d.toString('utf8');
  });
  child.stderr.on('data', (d: Buffer) => {
    output += d.toString('utf8');
  });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { ok: code === 0, output };
}

/**
 * Serves a built site with Astro's programmatic preview() on a free port, under its
 * base path (anything outside it is a 404), as a host would. Only the configuration is
 * read from the environment, so it is restored once the server listens.
 */
export async function previewSite(settings: BuildSettings): Promise<{ origin: string; stop(): Promise<void> }> {
  const restore = setEnv(environment(settings));
  try {
    const server = await preview({ root: process.cwd(), logLevel: 'warn', server: { port: 0, host: '127.0.0.1' } });
    return { origin: `http://127.0.0.1:${server.port}`, stop: () => server.stop() };
  } finally {
    restore();
  }
}
