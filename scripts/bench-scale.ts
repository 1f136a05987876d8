/**
 * Scale benchmark (not a test): how build time, index time and output size grow
 * with the number of pages.
 *
 *   node scripts/bench-scale.ts --pages N     N generated pages (French text, $…$ math, :term[…] links)
 *   node scripts/bench-scale.ts --from DIR    the *.md / *.mdx pages of DIR (frontmatter `title`,
 *                                             body in French with math), so that the very same
 *                                             pages can be measured against another generator
 *   node scripts/bench-scale.ts --pages N --emit DIR   only writes the N generated pages to DIR
 *                                             as plain MDX (terms as plain text), for that purpose
 *
 * content/ is copied to a temporary folder and the pages are added there as
 * courses (one page each at /cours/<id>/, the site's most numerous page type);
 * content/ itself is never touched. The site is built with Astro's build() as the tests
 * build fixture sites (tests/support/astro-build.ts: ATLAS_CONTENT_DIR, ATLAS_OUT_DIR),
 * without its post-build steps, indexed with scripts/index-search.ts, then served with
 * Astro's preview() and a first query is run in Chromium through Pagefind's API to count
 * the bytes it fetches.
 * Prints one JSON line on stdout; progress goes to stderr.
 * Node's heap is raised for the build (NODE_OPTIONS=--max-old-space-size=…, default 3072 MB).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../playwright.config.ts';
import { asCourse, generate, readPlainPages } from './bench-pages.ts';
import { type BuildSettings, buildSite, previewSite, testWorkDir } from '../tests/support/astro-build.ts';

function dirBytes(dir: string): { bytes: number; htmlBytes: number; htmlFiles: number } {
  let bytes = 0;
  let htmlBytes = 0;
  let htmlFiles = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const s = statSync(p);
    if (s.isDirectory()) {
      const sub = dirBytes(p);
      bytes += sub.bytes;
      htmlBytes += sub.htmlBytes;
      htmlFiles += sub.htmlFiles;
    } else {
      bytes += s.size;
      if (name.endsWith('.html')) {
        htmlBytes += s.size;
        htmlFiles++;
      }
    }
  }
  return { bytes, htmlBytes, htmlFiles };
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): number {
  const started = performance.now();
  const result = spawnSync(cmd, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${result.status})`);
  return (performance.now() - started) / 1000;
}

/** Bytes fetched by a first search (Pagefind's script, wasm, entry, index chunks, five results' fragments). */
async function firstQueryBytes(settings: BuildSettings, query: string): Promise<number> {
  const server = await previewSite(settings);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}/`);
    let bytes = 0;
    const pending: Promise<void>[] = [];
    context.on('requestfinished', (r) => {
      if (r.url().includes('/pagefind/')) pending.push(r.sizes().then((s) => void (bytes += s.responseBodySize)));
    });
    const found = await page.evaluate(async (q) => {
      // @ts-expect-error Pagefind's browser module, served by the site under test: no types here.
      const pagefind = await import('/pagefind/pagefind.js');
      const search = await pagefind.search(q);
      await Promise.all(search.results.slice(0, 5).map((r: { data(): Promise<unknown> }) => r.data()));
      return search.results.length;
    }, query);
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    if (found === 0) throw new Error(`the query "${query}" found nothing`);
    return bytes;
  } finally {
    await browser.close();
    await server.stop();
  }
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main() {
  const pagesArg = arg('pages');
  const from = arg('from');
  const emit = arg('emit');
  if (!pagesArg === !from) throw new Error('usage: bench-scale.ts --pages N [--emit DIR] | --from DIR');
  const n = Number(pagesArg);
  if (pagesArg && !(Number.isInteger(n) && n > 0)) throw new Error(`--pages: "${pagesArg}" is not a positive integer`);

  if (emit) {
    mkdirSync(emit, { recursive: true });
    for (const p of generate(n, false))
      writeFileSync(join(emit, `${p.slug}.mdx`), `---\ntitle: ${JSON.stringify(p.title)}\n---\n\n${p.body}\n`);
    console.error(`${n} pages written to ${emit}`);
    return;
  }

  const pages = from ? readPlainPages(resolve(from)) : generate(n, true);
  // Inside the project, as every fixture build (testWorkDir explains why).
  const work = testWorkDir('bench-');
  const contentDir = join(work, 'content');
  const outDir = join(work, 'dist');
  try {
    cpSync('content', contentDir, { recursive: true });
    for (const p of pages) {
      const file = join(contentDir, 'courses', `${p.slug}.md`);
      if (existsSync(file)) throw new Error(`${file}: a course of that name already exists`);
      writeFileSync(file, asCourse(p));
    }
    // Astro's build alone (no post-build step), then the index on its own: the figures Starlight's build and Pagefind give.
    const settings: BuildSettings = { contentDir, outDir, cacheDir: join(work, 'cache'), steps: [] };
    process.env.NODE_OPTIONS ??= '--max-old-space-size=3072';
    console.error(`building ${pages.length} extra pages in ${work}…`);
    const started = performance.now();
    const built = await buildSite(settings);
    const buildS = (performance.now() - started) / 1000;
    if (!built.ok) throw new Error(`the build failed:\n${built.output}`);
    const buildMB = Number(/max resident memory: (\d+) MB/.exec(built.output)?.[1]);
    console.error(`built in ${buildS.toFixed(1)} s, indexing…`);
    const indexS = run(process.execPath, ['scripts/index-search.ts', outDir], { ATLAS_OUT_DIR: outDir });
    const { bytes, htmlBytes, htmlFiles } = dirBytes(outDir);
    const indexBytes = dirBytes(join(outDir, 'pagefind')).bytes;
    const firstQuery = await firstQueryBytes(settings, 'généralisation');
    console.log(
      JSON.stringify({
        pages: pages.length,
        build_s: Number(buildS.toFixed(1)),
        index_s: Number(indexS.toFixed(1)),
        build_peak_mb: buildMB,
        total_bytes: bytes,
        html_bytes_per_page: Math.round(htmlBytes / htmlFiles),
        index_bytes: indexBytes,
        first_query_bytes: firstQuery,
      }),
    );
  } finally {
    if (!process.env.BENCH_KEEP) rmSync(work, { recursive: true, force: true });
  }
}

main().catch((e: Error) => {
  console.error(`bench: ${e.message}`);
  process.exit(1);
});
