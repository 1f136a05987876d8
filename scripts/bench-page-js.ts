/**
 * JavaScript a page ships before search is opened, gzip-compressed: inline
 * scripts, module scripts and their static imports (each file counted once per
 * page). Prints the heaviest pages and the budget of 4 KB (4096 bytes).
 * Usage: node scripts/bench-page-js.ts [outDir]  (default ATLAS_OUT_DIR or dist)
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { config } from '../src/lib/config.ts';
import { htmlFiles } from '../src/lib/files.ts';

const dir = resolve(process.argv[2] ?? config.outDir);
const { base } = config;
const gz = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;

const pages = () => htmlFiles(dir, { skip: (d) => d === 'pagefind' }).map((f) => join(dir, f));

/** A module file and everything it imports statically (dynamic import() is loaded on demand, not counted). */
function moduleClosure(file: string, seen: Set<string>, withDynamic = false) {
  if (seen.has(file)) return;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const m of code.matchAll(/(?:^|[;}\s])import\s*(?:[^'"`()]*?from\s*)?["'`]([^"'`]+)["'`]/g))
    moduleClosure(join(dirname(file), m[1]), seen, withDynamic);
  if (withDynamic)
    for (const m of code.matchAll(/import\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g))
      moduleClosure(join(dirname(file), m[1]), seen, withDynamic);
}

/** Every script file a page can load, on-demand imports included. */
function reachable(file: string): Set<string> {
  const seen = new Set<string>();
  for (const [, attrs] of readFileSync(file, 'utf8').matchAll(/<script\b([^>]*)>/g)) {
    const src = /\bsrc="([^"]+)"/.exec(attrs)?.[1];
    if (src) moduleClosure(join(dir, src.startsWith(base) ? src.slice(base.length) : src), seen, true);
  }
  return seen;
}

const rows = pages().map((file) => {
  const html = readFileSync(file, 'utf8');
  let bytes = 0;
  const modules = new Set<string>();
  for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (/type="application\/(ld\+)?json"/.test(attrs)) continue;
    const src = /\bsrc="([^"]+)"/.exec(attrs)?.[1];
    if (src) moduleClosure(join(dir, src.startsWith(base) ? src.slice(base.length) : src), modules);
    else if (body.trim()) bytes += gz(body);
  }
  for (const m of modules) bytes += gz(readFileSync(m));
  return { page: relative(dir, file), bytes };
});
rows.sort((a, b) => b.bytes - a.bytes);
const over = rows.filter((r) => r.bytes > 4096);
console.log(
  `JavaScript before search, gzip, over ${rows.length} pages: max ${rows[0].bytes} B, median ${rows[Math.floor(rows.length / 2)].bytes} B, budget 4096 B.`,
);
for (const r of rows.slice(0, 5)) console.log(`  ${String(r.bytes).padStart(5)} B  ${r.page}`);
console.log(over.length ? `${over.length} page(s) over budget.` : 'Every page is within budget.');

// The revision page on a first visit: its HTML (the cards are in it), the JavaScript before
// interaction, and what the page itself loads at once (the app and ts-fsrs: the files it can
// reach that the FAQ page, with the same shell, cannot).
const reviser = join(dir, 'reviser', 'index.html');
const reviserRow = rows.find((r) => r.page === relative(dir, reviser));
if (reviserRow) {
  const html = readFileSync(reviser, 'utf8');
  const shell = reachable(join(dir, 'faq', 'index.html'));
  const eager = new Set<string>();
  for (const [, attrs] of html.matchAll(/<script\b([^>]*)>/g)) {
    const src = /\bsrc="([^"]+)"/.exec(attrs)?.[1];
    if (src) moduleClosure(join(dir, src.startsWith(base) ? src.slice(base.length) : src), eager);
  }
  const own = [...reachable(reviser)].filter((f) => !shell.has(f) && !eager.has(f));
  const cards = gz(
    [...html.matchAll(/<template data-frag[\s\S]*?<\/template>|data-cards="[^"]*"/g)].map((m) => m[0]).join(''),
  );
  const ownBytes = own.reduce((a, f) => a + gz(readFileSync(f)), 0);
  console.log(
    `/reviser/, first visit, gzip: HTML ${gz(html)} B (of which cards ≈ ${cards} B), JavaScript before interaction ${reviserRow.bytes} B, app and ts-fsrs loaded at once ${ownBytes} B (${own.length} files); total ${gz(html) + reviserRow.bytes + ownBytes} B.`,
  );
}
