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
function moduleClosure(file: string, seen: Set<string>) {
  if (seen.has(file)) return;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const m of code.matchAll(/(?:^|[;}\s])import\s*(?:[^'"`()]*?from\s*)?["'`]([^"'`]+)["'`]/g))
    moduleClosure(join(dirname(file), m[1]), seen);
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
