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
import { replaceInner } from '../src/lib/html-patch.ts';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { parse } from 'node-html-parser';
import type { SearchDoc } from '../src/lib/fallback-search.ts';
import { metaValue } from '../src/lib/search-meta.ts';
import { loadKnowledge } from '../src/lib/knowledge.ts';
import { PACK_FILE, PACK_FOLDER } from '../src/lib/offline.ts';
import { normaliseBase, rewriteCssUrls, rewriteHtmlLinks, toRelative } from '../src/lib/relative-links.ts';
import { missingSynonyms, synonymGroups } from '../src/lib/synonyms.ts';
import { anchorRecords } from './index-search.ts';

const root = resolve(import.meta.dirname, '..');

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

/** The text of a built page's <main>, without formulas' markup and preview cards, for the fallback index. */
function pageDoc(html: string, file: string, groups: ReturnType<typeof synonymGroups>): SearchDoc | undefined {
  if (!html.includes('data-pagefind-body')) return undefined;
  const main = parse(html).querySelector('main');
  if (!main) return undefined;
  const title = main.querySelector('h1')?.text.trim() ?? file;
  const type =
    main
      .querySelector('[data-pagefind-filter^="type:"]')
      ?.getAttribute('data-pagefind-filter')
      ?.slice('type:'.length) ?? 'Page';
  // The title and the words the page is found by without showing them (src/lib/search-meta.ts).
  const keywords = [
    ...main.querySelectorAll('h1').map((e) => e.text),
    ...main
      .querySelectorAll('[data-pagefind-meta]')
      .map((e) => e.getAttribute('data-pagefind-meta') ?? '')
      .filter((m) => /^(alias|motscles)/.test(m))
      .map(metaValue),
  ];
  for (const el of main.querySelectorAll('.katex, .ref-card, [data-pagefind-ignore], script, style, [hidden]'))
    el.remove();
  const text = main.structuredText.replace(/\s+/g, ' ').trim().slice(0, 30_000);
  const synonyms = missingSynonyms(`${title} ${keywords.join(' ')} ${text}`, groups).join(' · ');
  return { url: file, title, type, keywords: keywords.join(' · '), text, ...(synonyms && { synonyms }) };
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

  // The shell's scripts are on every page; the search page keeps only those (its own drive Pagefind).
  const moduleSources = (html: string) =>
    [...html.matchAll(/<script type="module" src="([^"]+)"><\/script>/g)].map((m) => m[1]);
  const pages = all.filter((f) => f.endsWith('.html'));
  const shell = pages
    .map((f) => new Set(moduleSources(readFileSync(join(dir, f), 'utf8'))))
    .reduce((a, b) => {
      for (const src of a) if (!b.has(src)) a.delete(src);
      return a;
    });

  for (const file of all) {
    const path = join(dir, file);
    if (file.endsWith('.css')) {
      files[file] = enc.encode(rewriteCssUrls(readFileSync(path, 'utf8'), file, base));
    } else if (file.endsWith('.html')) {
      const source = readFileSync(path, 'utf8');
      const doc = pageDoc(source, file, groups);
      if (doc) docs.push(doc);
      files[file] = enc.encode(await packPage(source, file));
    } else {
      files[file] = readFileSync(path);
    }
  }

  async function packPage(source: string, file: string): Promise<string> {
    const isSearch = file === 'recherche/index.html';
    let html = source
      .replace(/<link rel="(manifest|apple-touch-icon)"[^>]*>/g, '')
      .replace(/<pagefind-config\b[^>]*><\/pagefind-config>/g, '')
      .replace(/<pagefind-modal>[\s\S]*?<\/pagefind-modal>/g, '')
      .replace(
        '</head>',
        `<link rel="stylesheet" href="${base}_pack/pack.css"><script defer src="${base}_pack/shortcut.js"></script></head>`,
      );
    let failed = false;
    // External module scripts: the file itself is replaced by its classic version (below), the tag loses type="module".
    for (const [tag, src] of [...html.matchAll(/<script type="module" src="([^"]+)"><\/script>/g)].map((m) => [
      m[0],
      m[1],
    ])) {
      if (isSearch && !shell.has(src)) {
        html = html.replace(tag, '');
        continue;
      }
      const key = src.slice(base.length);
      const code = await convert(key, { file: key });
      if (code) classicFiles.set(key, code);
      else failed = true;
      html = html.replace(tag, code ? `<script defer src="${src}"></script>` : '');
    }
    // Inline module scripts (Astro inlines the small ones) become classic script files, except
    // the search page's, which drives Pagefind and gives way to the pack's own search. Files, not
    // inline scripts: the page's Content-Security-Policy only lets through the inline scripts it
    // has hashes for, and 'self' covers a file beside the page.
    for (const [tag, code] of [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map((m) => [
      m[0],
      m[1],
    ])) {
      const converted = isSearch ? undefined : await convert(code, { code });
      if (!converted && !isSearch) failed = true;
      let replacement = '';
      if (converted) {
        const key = `_pack/inline/${createHash('sha256').update(code).digest('hex').slice(0, 12)}.js`;
        classicFiles.set(key, converted);
        replacement = `<script defer src="${base}${key}"></script>`;
      }
      html = html.replace(tag, () => replacement);
    }
    if (isSearch) {
      const rootPrefix = toRelative(base, file, base).replace(/index\.html$/, '');
      html = html.replace(
        /<div data-pagefind-ignore="all">[\s\S]*?<\/noscript>\s*<\/div>/,
        () => `<div>${searchUi(rootPrefix)}</div>`,
      );
      if (!html.includes('data-pack-search'))
        throw new Error(`${file}: the search page's markup changed; scripts/pack.ts cannot place the pack's search UI`);
    }
    html = html.replace(
      /<p class="pack-download" data-pack-download>[\s\S]*?<\/p>/,
      '<p class="pack-download" data-pack-download><strong>Vous consultez déjà le pack de cours</strong> : il n’y a rien de plus à télécharger.</p>',
    );
    // Demos: a hint next to each; a page whose scripts could not be converted explains how to serve the folder.
    html = html.replace(/(<(?:astro-island|[a-z-]+ [^>]*data-demo)\b[^>]*>)/g, (tag) => `${demoHint}${tag}`);
    if (failed) html = html.replace(/(<main\b[^>]*>)/, `$1${serveHelp(file)}`);
    return rewriteHtmlLinks(html, file, base);
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
