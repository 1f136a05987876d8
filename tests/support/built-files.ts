// Reads the built site from disk for the budget, CSP and HTML-validity gates:
// which scripts and stylesheets each page loads, and how many bytes they weigh gzipped.
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { config } from '../../src/lib/config.ts';
import { htmlFiles as listHtml } from '../../src/lib/files.ts';

export const { outDir } = config;
const basePath = config.base;

export const gzipSize = (data: string | Buffer) => gzipSync(data).length;

/** Every HTML file of the site, as paths relative to the output folder, Pagefind's own excluded. */
export function htmlFiles(dir = outDir): string[] {
  return listHtml(dir, { skip: (d) => d === 'pagefind' });
}

/** The site path of a built HTML file ("glossaire/x/index.html" → "/glossaire/x/"). */
export const sitePath = (file: string) => `/${file.replace(/index\.html$/, '')}`;

/** A URL of the site ("/_astro/x.js", relative or absolute) → the file in the output folder. */
function fileOf(url: string, from: string): string {
  const path = url.startsWith('/') ? url : posix.join(posix.dirname(from), url);
  return join(outDir, path.startsWith(basePath) ? path.slice(basePath.length) : path);
}

// Static imports only: `import x from "./a.js"`, `import "./b.js"`, `export * from "./c.js"`.
const staticImport = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+\.js)["']/g;
const dynamicImport = /import\(\s*["']([^"']+\.js)["']\s*\)/g;

/** The JavaScript files a module pulls in, with or without the ones it imports on demand. */
export function moduleGraph(entry: string, withDynamic: boolean, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const code = readFileSync(entry, 'utf8');
  const specs = [...code.matchAll(staticImport), ...(withDynamic ? code.matchAll(dynamicImport) : [])].map((m) => m[1]);
  for (const spec of specs) {
    if (!spec.startsWith('.') && !spec.startsWith('/')) continue;
    moduleGraph(spec.startsWith('/') ? fileOf(spec, '/') : join(entry, '..', spec), withDynamic, seen);
  }
  return seen;
}

export interface PageAssets {
  file: string;
  path: string;
  html: string;
  /** Inline script bodies. */
  inlineScripts: string[];
  /** Script files loaded when the page loads (entries and their static imports). */
  scripts: string[];
  /** Script files reachable from the page at all, on-demand imports included. */
  reachableScripts: string[];
  stylesheets: string[];
  /** Every <style>, the embedded fonts' included (for the policy's hashes). */
  inlineStyles: string[];
  /** The <style> holding fonts written into the page (src/integration/embed-fonts.ts). */
  embeddedFonts: string[];
  csp: string;
}

export function pageAssets(file: string): PageAssets {
  const html = readFileSync(join(outDir, file), 'utf8');
  const root = parse(html);
  const from = `${basePath}${file}`;
  const entries = root.querySelectorAll('script[src]').map((s) => fileOf(s.getAttribute('src')!, from));
  const scripts = new Set<string>();
  const reachable = new Set<string>();
  for (const e of entries) {
    moduleGraph(e, false, scripts);
    moduleGraph(e, true, reachable);
  }
  return {
    file,
    path: sitePath(file),
    html,
    inlineScripts: root
      .querySelectorAll('script:not([src])')
      .filter((s) => !/json/.test(s.getAttribute('type') ?? ''))
      .map((s) => s.textContent),
    scripts: [...scripts],
    reachableScripts: [...reachable],
    stylesheets: root.querySelectorAll('link[rel="stylesheet"]').map((l) => fileOf(l.getAttribute('href')!, from)),
    inlineStyles: root.querySelectorAll('style').map((s) => s.textContent),
    embeddedFonts: root.querySelectorAll('style[data-embedded-fonts]').map((s) => s.textContent),
    csp: root.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '',
  };
}

/**
 * Pages that carry an interactive demo, and so may load TF.js: the pages under
 * /demos/<demo>/, and any page with an element marked `data-demo`.
 */
export const isDemoPage = (page: Pick<PageAssets, 'path' | 'html'>) =>
  /^\/demos\/[^/]+\//.test(page.path) || /\sdata-demo[\s=>]/.test(page.html);
