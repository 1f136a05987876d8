/**
 * The course pack: the built site as a zip that works when unzipped and opened
 * by double-clicking index.html (file://). Run by `npm run build` after the
 * Pagefind index; reads the built site, so the pack is the same build.
 *
 * What changes from the served site, and why:
 * - Internal URLs become relative file paths ("../cours/x/index.html"): on
 *   file://, "/" is the root of the disk and a folder does not open its index.html.
 *   So do the url(/…) of the stylesheets (KaTeX's fonts).
 * - Module scripts, external or inline, become classic script files (bundled by
 *   esbuild into one IIFE each): Chromium and Firefox refuse module scripts from
 *   file://, and the pages' CSP refuses inline scripts it has no hash for. A demo's
 *   lazy TF.js import is bundled in too, so the demos run from file:// (Vite's
 *   preload helper is stubbed: see noPreload). A script that
 *   cannot be converted is dropped and its page says how to serve the folder.
 * - Search: Pagefind needs fetch, modules and a worker, all blocked on file://;
 *   the search page gets a small classic-script search (src/scripts/pack-search.ts)
 *   over an index loaded as a classic script (_pack/search-index.js).
 * - Left out: the Pagefind index, the service worker and manifest, the zip
 *   itself, and KaTeX's .woff/.ttf (browsers use the .woff2 files).
 *
 * Usage: node scripts/pack.ts [dir]   (writes <dir>/hors-ligne/atlas-ml-hors-ligne.zip)
 *        node scripts/pack.ts [dir] --report   (prints what the last build wrote)
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { contextFor, type BuildContext } from '../src/integration/context.ts';
import { config } from '../src/lib/config.ts';
import { listFiles } from '../src/lib/files.ts';
import {
  elements,
  escapeAttribute,
  type HTMLElement,
  parseHtml,
  replaceInner,
  serialiseHtml,
} from '../src/lib/html.ts';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import type { SearchDoc } from '../src/lib/fallback-search.ts';
import { metaValue } from '../src/lib/search-meta.ts';
import { loadKnowledge } from '../src/lib/knowledge.ts';
import { PACK_FILE, PACK_FOLDER } from '../src/lib/offline.ts';
import { normaliseBase, rewriteCssUrls, rewriteLinks, toRelative } from '../src/lib/relative-links.ts';
import { missingSynonyms, synonymGroups } from '../src/lib/synonyms.ts';
import { anchorRecords } from './index-search.ts';

const root = resolve(import.meta.dirname, '..');

/** The search page, whose Pagefind UI gives way to the pack's own search. */
const SEARCH_PAGE = 'recherche/index.html';

/** Files of the built site that stay out of the pack. */
const LEFT_OUT = [
  /^pagefind\//,
  /^sw\.js$/,
  /^workbox-[^/]*\.js$/,
  /^manifest\.webmanifest$/,
  /^icons\//,
  /\.zip$/,
  /\.(woff|ttf)$/,
];

/** Where the demos and other scripts that cannot run from a file send the reader. */
const serveHelp = (pagePath: string) =>
  `<div class="pack-note" role="note"><p><strong>Cette démo ne peut pas s’exécuter dans un fichier ouvert directement</strong> : ` +
  `le navigateur bloque les scripts dont elle a besoin. Pour l’utiliser, ouvrez un terminal dans le dossier <code>${PACK_FOLDER}</code>, ` +
  `lancez <code>python3 -m http.server 8000</code> (ou <code>npx serve .</code>), puis ouvrez ` +
  `<code>http://localhost:8000/${pagePath.replace(/index\.html$/, '')}</code>.</p></div>`;

const demoHint =
  `<p class="pack-note pack-note-small" role="note">La démo ne démarre pas ? Certains navigateurs bloquent les scripts des fichiers locaux : servez le dossier <code>${PACK_FOLDER}</code> ` +
  `(<code>python3 -m http.server 8000</code>) et ouvrez-la depuis <code>http://localhost:8000/</code>.</p>`;

const searchUi = (rootPrefix: string) => `
<form class="pack-search" role="search" data-pack-search data-root="${rootPrefix}">
  <label for="pack-search-input">Rechercher dans le pack</label>
  <div class="pack-search-row">
    <input id="pack-search-input" type="search" name="q" autocomplete="off" spellcheck="false" />
    <button type="submit">Rechercher</button>
  </div>
</form>
<p class="pack-search-status" role="status" data-pack-search-status></p>
<ol class="pack-results" data-pack-search-results></ol>
<p class="pack-search-about">Recherche simplifiée du pack de cours : elle trouve les pages, formules et questions par leurs mots, et les termes du glossaire par leurs équivalents français ou anglais.</p>
<noscript><p>La recherche a besoin de JavaScript. Le <a href="${rootPrefix}glossaire/index.html">glossaire</a> et la liste des <a href="${rootPrefix}cours/index.html">cours</a> fonctionnent sans.</p></noscript>
<script src="${rootPrefix}_pack/search-index.js"></script>
<script src="${rootPrefix}_pack/search.js"></script>`;

/** Resolves the site's absolute imports ("/_astro/x.js") to files of the built site. */
const siteRoot = (dir: string, base: string): Plugin => ({
  name: 'site-root',
  setup(b) {
    b.onResolve({ filter: /^\// }, (args) =>
      args.kind === 'entry-point' ? undefined : { path: join(dir, args.path.slice(base.length)) },
    );
  },
});

/**
 * Vite's preload helper (`__vitePreload(load, deps, import.meta.url)`) preloads a dynamic
 * import's chunks by URLs it resolves against import.meta.url, which a classic script does
 * not have ("Invalid URL" on file://). Once esbuild has bundled every chunk into the page's
 * script there is nothing to preload: the helper becomes "just load".
 */
const noPreload: Plugin = {
  name: 'no-preload',
  setup(b) {
    b.onLoad({ filter: /[\\/]preload-helper[^\\/]*\.js$/ }, (args) => {
      const exported =
        readFileSync(args.path, 'utf8')
          .match(/export\s*\{([^}]*)\}\s*;?\s*$/)?.[1]
          ?.split(',') ?? [];
      if (exported.length !== 1)
        throw new Error(
          `${args.path}: Vite's preload helper changed shape (exports: ${exported.join(', ') || 'none'}); scripts/pack.ts must follow`,
        );
      const name = exported[0]!
        .trim()
        .split(/\s+as\s+/)
        .at(-1)!;
      return { contents: `const preload = (load) => load();\nexport { preload as ${name} };\n`, loader: 'js' };
    });
  },
};

/** A module script (a file of the built site, or inline code) as one classic script. */
async function toClassic(dir: string, base: string, source: { file: string } | { code: string }): Promise<string> {
  const result = await build({
    ...('file' in source
      ? { entryPoints: [join(dir, source.file)] }
      : { stdin: { contents: source.code, resolveDir: join(dir, '_astro'), loader: 'js' } }),
    bundle: true,
    format: 'iife',
    write: false,
    minify: true,
    logLevel: 'silent',
    plugins: [siteRoot(dir, base), noPreload],
  });
  // A module runs after the document is parsed; so must its classic replacement.
  const code = result.outputFiles[0].text.trim().replace(/<\/script/gi, '<\\/script');
  return `(function(run){document.readyState==='loading'?document.addEventListener('DOMContentLoaded',run):run()})(function(){${code}});`;
}

/**
 * The text of a packed page's <main>, without formulas' markup, preview cards and the pack's
 * own notes, for the fallback index. Takes the <main> of a page once the page has been
 * serialised: it removes elements from it.
 */
function pageDoc(main: HTMLElement, file: string, groups: ReturnType<typeof synonymGroups>): SearchDoc {
  const headings: HTMLElement[] = [];
  const metas: string[] = [];
  const dropped: HTMLElement[] = [];
  let type: string | undefined;
  // One walk; an element's attributes are only decoded when they name what is looked for.
  for (const el of elements(main)) {
    const tag = el.rawTagName.toLowerCase();
    const raw = el.rawAttrs;
    if (tag === 'h1') headings.push(el);
    if (raw.includes('data-pagefind-')) {
      const filter = el.getAttribute('data-pagefind-filter');
      if (type === undefined && filter?.startsWith('type:')) type = filter.slice('type:'.length);
      const meta = el.getAttribute('data-pagefind-meta');
      if (meta && /^(alias|motscles)/.test(meta)) metas.push(metaValue(meta));
    }
    if (
      tag === 'script' ||
      tag === 'style' ||
      (raw &&
        (['katex', 'ref-card', 'pack-note'].some((c) => el.classList.contains(c)) ||
          ['data-pagefind-ignore', 'hidden', 'data-pack-download'].some((a) => raw.includes(a) && el.hasAttribute(a))))
    )
      dropped.push(el);
  }
  const title = headings[0]?.text.trim() ?? file;
  // The title and the words the page is found by without showing them (src/lib/search-meta.ts).
  const keywords = [...headings.map((e) => e.text), ...metas];
  for (const el of dropped) el.remove();
  const text = main.structuredText.replace(/\s+/g, ' ').trim().slice(0, 30_000);
  const synonyms = missingSynonyms(`${title} ${keywords.join(' ')} ${text}`, groups).join(' · ');
  return {
    url: file,
    title,
    type: type ?? 'Page',
    keywords: keywords.join(' · '),
    text,
    ...(synonyms && { synonyms }),
  };
}

/** What the pack changes in a page, found in one walk over its tree. */
interface PageParts {
  head?: HTMLElement;
  main?: HTMLElement;
  /** Whether Pagefind indexes the page (data-pagefind-body): then so does the pack's search. */
  indexed: boolean;
  /** Module scripts, external (src) or inline, in document order. */
  moduleScripts: HTMLElement[];
  /** The manifest and home-screen icon links, Pagefind's config and modal: not in the pack. */
  leftOut: HTMLElement[];
  /** The offline page's download paragraph (the pack has nothing more to download). */
  download?: HTMLElement;
  /** Demos (their island or their data-demo element), each of which gets a hint. */
  demos: HTMLElement[];
  /** The search page's Pagefind UI, replaced by the pack's search. */
  searchUi?: HTMLElement;
}

function pageParts(page: HTMLElement, isSearch: boolean): PageParts {
  const parts: PageParts = { indexed: false, moduleScripts: [], leftOut: [], demos: [] };
  for (const el of elements(page)) {
    const tag = el.rawTagName.toLowerCase();
    if (tag === 'head') parts.head ??= el;
    else if (tag === 'main') parts.main ??= el;
    else if (tag === 'script' && el.getAttribute('type') === 'module') parts.moduleScripts.push(el);
    else if (tag === 'pagefind-config' || tag === 'pagefind-modal') parts.leftOut.push(el);
    else if (tag === 'link' && /^(manifest|apple-touch-icon)$/.test(el.getAttribute('rel') ?? ''))
      parts.leftOut.push(el);
    else if (tag === 'p' && el.hasAttribute('data-pack-download')) parts.download ??= el;
    else if (tag === 'div' && isSearch && !parts.searchUi && el.getAttribute('data-pagefind-ignore') === 'all') {
      if (el.querySelector('.search-ui')) parts.searchUi = el;
    }
    // rawAttrs (the attributes as written) first: most elements have neither attribute.
    if (tag === 'astro-island' || (el.rawAttrs.includes('data-demo') && el.hasAttribute('data-demo')))
      parts.demos.push(el);
    if (el.rawAttrs.includes('data-pagefind-body') && el.hasAttribute('data-pagefind-body')) parts.indexed = true;
  }
  return parts;
}

export interface Pack {
  files: Record<string, Uint8Array>;
  zip: Uint8Array;
  /** Module scripts that could not become classic scripts (their pages explain how to serve the folder). */
  dropped: string[];
}

export async function buildPack(dir: string, options: { base?: string; contentDir?: string } = {}): Promise<Pack> {
  const base = normaliseBase(options.base ?? config.base);
  const contentDir = options.contentDir ?? config.contentDir;
  const groups = synonymGroups(loadKnowledge(contentDir));
  const all = listFiles(dir).filter((f) => !LEFT_OUT.some((re) => re.test(f)));
  const files: Record<string, Uint8Array> = {};
  const classic = new Map<string, Promise<string | undefined>>();
  const dropped: string[] = [];
  const docs: SearchDoc[] = [];
  const enc = new TextEncoder();
  const classicFiles = new Map<string, string>();

  const convert = (key: string, source: { file: string } | { code: string }) => {
    if (!classic.has(key)) {
      classic.set(
        key,
        toClassic(dir, base, source).catch((e: Error) => {
          dropped.push(
            `${'file' in source ? source.file : `inline script "${source.code.slice(0, 60)}…"`}: ${e.message.split('\n')[0]}`,
          );
          return undefined;
        }),
      );
    }
    return classic.get(key)!;
  };

  // The search page keeps only the shell's scripts, those on every page (its own drive Pagefind):
  // it is packed once every other page has shown which module scripts it loads.
  let shell: Set<string> | undefined;
  let searchPage: { file: string; page: HTMLElement; parts: PageParts } | undefined;

  for (const file of all) {
    const path = join(dir, file);
    if (file.endsWith('.css')) {
      files[file] = enc.encode(rewriteCssUrls(readFileSync(path, 'utf8'), file, base));
    } else if (file.endsWith('.html')) {
      const page = parseHtml(readFileSync(path, 'utf8'));
      const parts = pageParts(page, file === SEARCH_PAGE);
      const sources = new Set(parts.moduleScripts.flatMap((s) => s.getAttribute('src') ?? []));
      shell = shell ? new Set([...shell].filter((src) => sources.has(src))) : sources;
      if (file === SEARCH_PAGE) {
        searchPage = { file, page, parts };
        files[file] = new Uint8Array(); // keeps the file's place in the zip
      } else await packPage(page, parts, file);
    } else {
      files[file] = readFileSync(path);
    }
  }
  if (searchPage) await packPage(searchPage.page, searchPage.parts, searchPage.file);

  /** Writes the packed page into `files`, and its text into the fallback index. */
  async function packPage(page: HTMLElement, parts: PageParts, file: string): Promise<void> {
    const isSearch = file === SEARCH_PAGE;
    for (const el of parts.leftOut) el.remove();
    if (!parts.head) throw new Error(`${file}: no <head>; scripts/pack.ts cannot add the pack's stylesheet`);
    parts.head.insertAdjacentHTML(
      'beforeend',
      `<link rel="stylesheet" href="${base}_pack/pack.css"><script defer src="${base}_pack/shortcut.js"></script>`,
    );
    let failed = false;
    for (const script of parts.moduleScripts) {
      const src = script.getAttribute('src');
      if (src !== undefined) {
        // An external module script: the file itself is replaced by its classic version (below),
        // the tag loses type="module"; the search page keeps only the shell's.
        if (isSearch && !shell?.has(src)) {
          script.remove();
          continue;
        }
        const key = src.slice(base.length);
        const code = await convert(key, { file: key });
        if (code) {
          classicFiles.set(key, code);
          script.replaceWith(`<script defer src="${escapeAttribute(src)}"></script>`);
        } else {
          failed = true;
          script.remove();
        }
        continue;
      }
      // Inline module scripts (Astro inlines the small ones) become classic script files, except
      // the search page's, which drives Pagefind and gives way to the pack's own search. Files, not
      // inline scripts: the page's Content-Security-Policy only lets through the inline scripts it
      // has hashes for, and 'self' covers a file beside the page.
      const code = script.rawText;
      const converted = isSearch ? undefined : await convert(code, { code });
      if (!converted && !isSearch) failed = true;
      if (converted) {
        const key = `_pack/inline/${createHash('sha256').update(code).digest('hex').slice(0, 12)}.js`;
        classicFiles.set(key, converted);
        script.replaceWith(`<script defer src="${base}${key}"></script>`);
      } else script.remove();
    }
    if (isSearch) {
      const ui = parts.searchUi;
      if (!ui)
        throw new Error(`${file}: the search page's markup changed; scripts/pack.ts cannot place the pack's search UI`);
      const rootPrefix = toRelative(base, file, base).replace(/index\.html$/, '');
      ui.replaceWith(`<div>${searchUi(rootPrefix)}</div>`);
    }
    parts.download?.set_content(
      '<strong>Vous consultez déjà le pack de cours</strong> : il n’y a rien de plus à télécharger.',
    );
    // Demos: a hint before each; a page whose scripts could not be converted explains how to serve the folder.
    for (const demo of parts.demos) demo.insertAdjacentHTML('beforebegin', demoHint);
    if (failed) parts.main?.insertAdjacentHTML('afterbegin', serveHelp(file));
    rewriteLinks(page, file, base);
    files[file] = enc.encode(serialiseHtml(page));
    const doc = parts.main && parts.indexed ? pageDoc(parts.main, file, groups) : undefined;
    if (doc) docs.push(doc);
  }
  // packPage filled classicFiles while the pages were processed; the converted scripts replace the originals.
  for (const [key, code] of classicFiles) files[key] = enc.encode(code);

  for (const record of anchorRecords(contentDir, groups, base)) {
    docs.push({
      url: toRelative(record.url, 'index.html', base),
      title: record.meta?.title ?? record.url,
      type: record.filters?.type?.[0] ?? 'Page',
      keywords: '',
      text: record.content.replace(/\s+/g, ' ').trim(),
    });
  }
  files['_pack/search-index.js'] = enc.encode(`window.ATLAS_SEARCH_INDEX=${JSON.stringify(docs)};\n`);
  files['_pack/search.js'] = enc.encode(await toClassic(root, '/', { file: 'src/scripts/pack-search.ts' }));
  // Not wrapped to wait for the document: it reads document.currentScript, set only while it first runs.
  files['_pack/shortcut.js'] = enc.encode(
    (
      await build({
        entryPoints: [join(root, 'src/scripts/pack-shortcut.ts')],
        bundle: true,
        format: 'iife',
        minify: true,
        write: false,
        logLevel: 'silent',
      })
    ).outputFiles[0]!.text,
  );
  files['_pack/pack.css'] = readFileSync(join(root, 'src/styles/pack.css'));

  const zippable: Zippable = {};
  for (const [file, bytes] of Object.entries(files)) {
    // Fonts and images are compressed already.
    zippable[`${PACK_FOLDER}/${file}`] = [bytes, { level: /\.(woff2|png|jpe?g|webp|zip)$/.test(file) ? 0 : 9 }];
  }
  return { files, zip: zipSync(zippable, { mtime: new Date('2024-01-01T00:00:00Z') }), dropped };
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(2).replace('.', ',')} Mo`;

/** The post-build step: writes the zip, and its size into the /hors-ligne/ page that links it. */
export async function runCoursePack(ctx: BuildContext): Promise<void> {
  const target = join(ctx.outDir, PACK_FILE);
  const started = performance.now();
  const { files, zip, dropped } = await buildPack(ctx.outDir, { base: ctx.base, contentDir: ctx.contentDir });
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, zip);
  // The download link on /hors-ligne/ shows the size of what it downloads.
  const page = join(ctx.outDir, 'hors-ligne', 'index.html');
  writeFileSync(page, replaceInner(readFileSync(page, 'utf8'), 'span[data-pack-size]', `, ${mb(zip.length)}`, page));
  for (const d of dropped)
    ctx.logger.warn(`Course pack: script left out (its page explains how to serve the folder): ${d}`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  ctx.logger.info(
    `Course pack: ${Object.keys(files).length} files, ${mb(zip.length)} zipped, in ${seconds} s → ${relative(process.cwd(), target)}`,
  );
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith('--'));
  const ctx = contextFor(dir ? { outDir: resolve(dir) } : {});
  if (args.includes('--report')) {
    const target = join(ctx.outDir, PACK_FILE);
    const zip = readFileSync(target);
    console.log(
      `Course pack: ${target} (${Object.keys(unzipSync(zip)).length} files, ${mb(zip.length)}). Unzip it and open ${PACK_FOLDER}/index.html.`,
    );
  } else await runCoursePack(ctx);
}
