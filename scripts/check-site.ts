/**
 * Post-build checks on the built site, the first post-build step (src/integration/index.ts),
 * so that a dead link fails the build before the pack and the service worker are written:
 * - every internal link leads to a built page (or a file the later steps write), and its
 *   #anchor exists there (or, on a demo's own page, is a state of the demo: "#lr=0.1");
 * - no page has two elements with the same id;
 * - no page loads anything from another origin (scripts, styles, images, fonts, frames).
 * Each problem names the page and the link or id; a dead link also names the content
 * file, and the line, it was written in, when the page shows content entries.
 *
 * Standalone: node scripts/check-site.ts [dir]
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { contextFor, type BuildContext } from '../src/integration/context.ts';
import { readContent, type ContentFile } from '../src/lib/content-files.ts';
import { listFiles } from '../src/lib/files.ts';
import { PACK_FILE } from '../src/lib/offline.ts';
import { normaliseBase, siteUrls } from '../src/lib/urls.ts';

interface Page {
  /** Path of the HTML file relative to the output folder ("glossaire/overfitting/index.html"). */
  file: string;
  ids: Set<string>;
  root: HTMLElement;
}

export interface CheckOptions {
  base?: string;
  site?: string;
  /** The content folder: dead links then name the file and line they were written in. */
  contentDir?: string;
  /** Files the later steps write (the course pack), which links may already point to. */
  upcoming?: string[];
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

/**
 * Where a link written on a page comes from: the content files shown on that page
 * (src/lib/urls.ts's entry()), else any content file, whose text holds the link.
 */
function sourcesOf(contentDir: string, base: string): (pageFile: string, href: string) => string | undefined {
  let byPage: Map<string, ContentFile[]> | undefined;
  let all: ContentFile[] = [];
  const urls = siteUrls(base);
  return (pageFile, href) => {
    if (!byPage) {
      all = readContent(contentDir);
      byPage = new Map();
      for (const f of all) {
        const page = `${urls.entry(f.collection, f.id).replace(/#.*$/, '').slice(base.length)}index.html`;
        byPage.set(page, [...(byPage.get(page) ?? []), f]);
      }
    }
    // Authors write links without the base path; the page shows them with it.
    const written = [...new Set([href, href.replace(/#.*$/, '')])]
      .filter(Boolean)
      .flatMap((w) => (w.startsWith(base) && base !== '/' ? [w, `/${w.slice(base.length)}`] : [w]));
    const find = (files: ContentFile[]) => {
      for (const f of files) {
        const lines = f.raw.split('\n');
        const i = lines.findIndex((l) => written.some((w) => l.includes(`(${w})`) || l.includes(`"${w}"`)));
        const j = i >= 0 ? i : lines.findIndex((l) => written.some((w) => l.includes(w)));
        if (j >= 0) return `${f.filePath}:${j + 1}`;
      }
      return undefined;
    };
    return find(byPage.get(pageFile) ?? []) ?? find(all);
  };
}

export function checkSite(dir: string, options: CheckOptions = {}): string[] {
  const basePath = normaliseBase(options.base ?? '/');
  const site = options.site ?? 'http://localhost';
  const allFiles = new Set([...listFiles(dir), ...(options.upcoming ?? [])]);
  const files = [...allFiles].filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'));
  const fileSet = new Set(files);
  const source = options.contentDir ? sourcesOf(options.contentDir, basePath) : () => undefined;

  const pages = new Map<string, Page>();
  const problems: string[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(join(dir, file), 'utf8');
    } catch {
      continue; // an upcoming file, not written yet
    }
    const root = parse(text);
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
      const from = () => {
        const where = source(page.file, href);
        return where ? `, written in ${where}` : '';
      };
      const targetFile = fileFor(target.pathname, basePath, fileSet);
      if (!targetFile) {
        const asset = decodeURIComponent(target.pathname.slice(basePath.length));
        if (!allFiles.has(asset))
          problems.push(`${page.file}: dead link "${href}" (no page at ${target.pathname}${from()})`);
        continue;
      }
      const anchor = decodeURIComponent(target.hash.slice(1));
      const targetPage = pages.get(targetFile);
      // "#lr=0.1&k=30" on a demo's own page is a state of the demo (an "Essayez" link), not an anchor.
      const demoState =
        anchor.includes('=') &&
        Boolean(targetPage?.root.querySelectorAll('atlas-demo').some((d) => !d.hasAttribute('data-embedded')));
      if (anchor && targetPage && !demoState && !targetPage.ids.has(anchor)) {
        problems.push(
          `${page.file}: dead link "${href}" (no element with id "${anchor}" on ${target.pathname}${from()})`,
        );
      }
    }
  }
  return problems;
}

/** The post-build step: every problem in one error, before the pack and the service worker are written. */
export function runSiteChecks(ctx: BuildContext): void {
  const problems = checkSite(ctx.outDir, {
    base: ctx.base,
    site: ctx.site,
    contentDir: ctx.contentDir,
    upcoming: [PACK_FILE],
  });
  if (problems.length)
    throw new Error(`Site check failed with ${problems.length} problem(s):\n  - ${problems.join('\n  - ')}`);
  ctx.logger.info(
    `Site check: ${ctx.pages.length} pages, every internal link and anchor resolves, no request to another origin.`,
  );
}

if (import.meta.main) {
  const ctx = contextFor(process.argv[2] ? { outDir: resolve(process.argv[2]) } : {});
  try {
    runSiteChecks(ctx);
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
}
