/**
 * Post-build checks on the built site (run by `npm run build` after indexing):
 * - every internal link leads to a built page, and its #anchor exists there (or, on a
 *   demo's own page, is a state of the demo: "#lr=0.1");
 * - no page has two elements with the same id;
 * - no page loads anything from another origin (scripts, styles, images, fonts, frames).
 * Each problem names the page and the link or id. Exit code 1 when there is any.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

interface Page {
  /** Path of the HTML file relative to the output folder ("glossaire/overfitting/index.html"). */
  file: string;
  ids: Set<string>;
  root: HTMLElement;
}

function htmlFiles(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path, base);
    return name.endsWith('.html') ? [relative(base, path)] : [];
  });
}

/** Maps a site path ("/atlas-ml/glossaire/x/") to the HTML file that serves it, or undefined. */
function fileFor(pathname: string, basePath: string, files: Set<string>): string | undefined {
  if (!pathname.startsWith(basePath)) return undefined;
  let rest = decodeURIComponent(pathname.slice(basePath.length));
  if (rest === '' || rest.endsWith('/')) rest += 'index.html';
  if (files.has(rest)) return rest;
  if (files.has(`${rest}/index.html`)) return `${rest}/index.html`;
  return undefined;
}

export function checkSite(dir: string, basePath = '/', site = 'http://localhost'): string[] {
  const files = htmlFiles(dir);
  const fileSet = new Set(files);
  const allFiles = new Set<string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else allFiles.add(relative(dir, p));
    }
  };
  walk(dir);

  const pages = new Map<string, Page>();
  const problems: string[] = [];
  for (const file of files) {
    const root = parse(readFileSync(join(dir, file), 'utf8'));
    const ids = new Set<string>();
    for (const el of root.querySelectorAll('[id]')) {
      const id = el.getAttribute('id')!;
      if (ids.has(id)) problems.push(`${file}: duplicate id "${id}"`);
      ids.add(id);
    }
    pages.set(file, { file, ids, root });
  }

  const origin = new URL(site).origin;
  for (const page of pages.values()) {
    const pageUrl = new URL(`${basePath}${page.file.replace(/index\.html$/, '')}`, origin);
    // Resources the browser would fetch by itself: they must all come from this site.
    for (const el of page.root.querySelectorAll(
      'script[src], link[href], img[src], iframe[src], source[src], video[src], audio[src]',
    )) {
      const attr = el.tagName === 'LINK' ? 'href' : 'src';
      const rel = el.getAttribute('rel') ?? '';
      if (el.tagName === 'LINK' && /canonical|alternate/.test(rel)) continue;
      const target = new URL(el.getAttribute(attr)!, pageUrl);
      if (target.origin !== origin) problems.push(`${page.file}: loads ${target.href} from another origin`);
    }
    for (const a of page.root.querySelectorAll('a[href]')) {
      const href = a.getAttribute('href')!;
      if (/^(mailto|tel|javascript):/.test(href)) continue;
      const target = new URL(href, pageUrl);
      if (target.origin !== origin) continue;
      const targetFile = fileFor(target.pathname, basePath, fileSet);
      if (!targetFile) {
        const asset = decodeURIComponent(target.pathname.slice(basePath.length));
        if (!allFiles.has(asset)) problems.push(`${page.file}: dead link "${href}" (no page at ${target.pathname})`);
        continue;
      }
      const anchor = decodeURIComponent(target.hash.slice(1));
      // "#lr=0.1&k=30" on a demo's own page is a state of the demo (an "Essayez" link), not an anchor.
      const demoState =
        anchor.includes('=') &&
        pages
          .get(targetFile)!
          .root.querySelectorAll('atlas-demo')
          .some((d) => !d.hasAttribute('data-embedded'));
      if (anchor && !demoState && !pages.get(targetFile)!.ids.has(anchor)) {
        problems.push(`${page.file}: dead link "${href}" (no element with id "${anchor}" on ${target.pathname})`);
      }
    }
  }
  return problems;
}

if (import.meta.main) {
  const dir = resolve(process.argv[2] ?? process.env.ATLAS_OUT_DIR ?? 'dist');
  const basePath = (process.env.BASE ?? '/').replace(/\/?$/, '/');
  const problems = checkSite(dir, basePath, process.env.SITE ?? 'http://localhost:4321');
  if (problems.length) {
    console.error(`Site check failed with ${problems.length} problem(s):\n  - ${problems.join('\n  - ')}`);
    process.exit(1);
  }
  console.log(
    `Site check: ${htmlFiles(dir).length} pages, every internal link and anchor resolves, no request to another origin.`,
  );
}
