// The build steps of the offline features, on small synthetic sites: the course
// pack (scripts/pack.ts) and the service worker (scripts/build-sw.ts).
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  buildServiceWorker,
  NOT_FOUND_PAGE,
  OFFLINE_INFO_PAGE,
  OFFLINE_PAGE,
  readPrecache,
} from '../../scripts/build-sw.ts';
import { buildPack } from '../../scripts/pack.ts';

const contentDir = 'tests/fixtures/content-ok';

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-offline-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const page = (title: string, body: string, scripts = '<script type="module" src="/_astro/shell.js"></script>') =>
  `<!doctype html><html lang="fr"><head><title>${title}</title><link rel="stylesheet" href="/_astro/site.css"><link rel="manifest" href="/manifest.webmanifest"></head>` +
  `<body><header><a href="/">Atlas</a><a href="/recherche/">Rechercher</a></header><main data-pagefind-body>` +
  `<span hidden data-pagefind-filter="type:Glossaire"></span><h1>${title}</h1>${body}</main>${scripts}` +
  `<pagefind-config bundle-path="/pagefind/"></pagefind-config><pagefind-modal><div>modal</div></pagefind-modal></body></html>`;

const searchPage = page(
  'Recherche',
  '<div data-pagefind-ignore="all"><div class="search-ui">pagefind</div><noscript><p>sans JS</p></noscript></div>',
  '<script type="module" src="/_astro/shell.js"></script><script type="module" src="/_astro/search-page.js"></script>',
);

const baseSite = {
  'index.html': page('Accueil', '<p>Voir <a href="/glossaire/overfitting/">Overfitting</a>.</p>'),
  'glossaire/overfitting/index.html': page(
    'Overfitting',
    '<span hidden data-pagefind-meta="alias:surapprentissage · surajustement"></span><p>Le modèle apprend le bruit. <a href="/formules/#mse">MSE</a></p>',
    '<script type="module" src="/_astro/shell.js"></script><script type="module">document.body.dataset.inline = "ok";</script>',
  ),
  'recherche/index.html': searchPage,
  '_astro/shell.js': 'import { mark } from "./chunk.js";\nmark();\n',
  '_astro/chunk.js': 'export function mark() { document.documentElement.dataset.shell = "ok"; }\n',
  '_astro/search-page.js': 'import "./chunk.js";\n',
  '_astro/site.css':
    '@font-face{font-family:K;src:url(/_astro/K.woff2) format("woff2"),url(/_astro/K.woff) format("woff")}',
  '_astro/K.woff2': 'font',
  '_astro/K.woff': 'font',
  'manifest.webmanifest': '{}',
  'pagefind/pagefind-entry.json': '{}',
  'sw.js': '',
};

describe('the course pack', () => {
  it('makes links relative, module scripts classic, and ships a search index loaded as a classic script', async () => {
    const dir = site(baseSite);
    const { files, zip, dropped } = await buildPack(dir, { base: '/', contentDir });
    expect(dropped).toEqual([]);
    const text = (f: string) => new TextDecoder().decode(files[f]);

    const term = text('glossaire/overfitting/index.html');
    expect(term).toContain('<a href="../../index.html">Atlas</a>');
    expect(term).toContain('href="../../formules/index.html#mse"');
    expect(term).toContain('<script defer src="../../_astro/shell.js"></script>');
    expect(term).not.toMatch(/type="module"|pagefind-modal|pagefind-config|rel="manifest"/);
    // The inline module became a classic script file (the page's CSP refuses unhashed inline
    // scripts), run once the document is parsed.
    expect(term).not.toMatch(/<script>/);
    const inline = term.match(/<script defer src="\.\.\/\.\.\/(_pack\/inline\/[0-9a-f]{12}\.js)"><\/script>/);
    expect(inline).not.toBeNull();
    expect(text(inline![1]!)).toMatch(/^\(function\(run\)\{[\s\S]*document\.body\.dataset\.inline="ok"/);
    // The shell's file is one classic script, its import bundled in.
    expect(text('_astro/shell.js')).not.toMatch(/\bimport\b|\bexport\b/);
    expect(text('_astro/shell.js')).toContain('dataset.shell="ok"');
    expect(text('_astro/site.css')).toContain('url(K.woff2)');

    // The search page: the pack's own search instead of Pagefind's, and no Pagefind page script.
    const search = text('recherche/index.html');
    expect(search).toContain('data-pack-search');
    expect(search).toContain('<script src="../_pack/search-index.js"></script>');
    expect(search).not.toContain('search-page.js');
    expect(search).not.toContain('class="search-ui"');

    const index = text('_pack/search-index.js');
    expect(index.startsWith('window.ATLAS_SEARCH_INDEX=')).toBe(true);
    const docs = JSON.parse(index.slice('window.ATLAS_SEARCH_INDEX='.length).replace(/;\s*$/, ''));
    const overfitting = docs.find((d: { title: string }) => d.title === 'Overfitting');
    expect(overfitting).toMatchObject({
      url: 'glossaire/overfitting/index.html',
      type: 'Glossaire',
      keywords: 'Overfitting · surapprentissage · surajustement',
    });
    expect(overfitting.text).toContain('Le modèle apprend le bruit.');
    expect(text('_pack/search.js')).toContain('ATLAS_SEARCH_INDEX');
    expect(text('_pack/search.js')).not.toMatch(/\bimport\s*[{"']/);

    // Left out: Pagefind, the service worker, the manifest, fonts other than woff2.
    for (const f of ['pagefind/pagefind-entry.json', 'sw.js', 'manifest.webmanifest', '_astro/K.woff'])
      expect(files).not.toHaveProperty([f]);
    const unzipped = unzipSync(zip);
    expect(Object.keys(unzipped)).toContain('atlas-ml/index.html');
    expect(strFromU8(unzipped['atlas-ml/glossaire/overfitting/index.html'])).toBe(term);
  });

  it('works under a base path', async () => {
    const dir = site({
      'index.html': page('Accueil', '<a href="/atlas-ml/glossaire/">G</a>').replaceAll(
        '"/_astro/',
        '"/atlas-ml/_astro/',
      ),
      '_astro/shell.js': 'import "./chunk.js";',
      '_astro/chunk.js': '',
      'recherche/index.html': searchPage,
    });
    const { files } = await buildPack(dir, { base: '/atlas-ml/', contentDir });
    const home = new TextDecoder().decode(files['index.html']);
    expect(home).toContain('<a href="glossaire/index.html">G</a>');
    expect(home).toContain('<script defer src="_astro/shell.js"></script>');
  });

  it('explains how to serve the folder when a script cannot become classic', async () => {
    const dir = site({
      ...baseSite,
      'demos/index.html': page('Démos', '<p>démo</p>', '<script type="module" src="/_astro/demo.js"></script>'),
      '_astro/demo.js': 'import "./missing.js";',
    });
    const { files, dropped } = await buildPack(dir, { base: '/', contentDir });
    expect(dropped).toEqual([expect.stringContaining('_astro/demo.js')]);
    const demos = new TextDecoder().decode(files['demos/index.html']);
    expect(demos).toContain('python3 -m http.server 8000');
    expect(demos).toContain('http://localhost:8000/demos/');
    expect(demos).not.toContain('demo.js');
  });

  it('fails with the file named when the search page has changed shape', async () => {
    const dir = site({ ...baseSite, 'recherche/index.html': page('Recherche', '<div class="autre"></div>') });
    await expect(buildPack(dir, { base: '/', contentDir })).rejects.toThrow(
      /recherche\/index\.html: the search page's markup changed/,
    );
  });
});

describe('the service worker', () => {
  it('fails with the missing file named when the offline page, the 404 page or the search index is missing', async () => {
    const empty = site({ 'index.html': '<h1>x</h1>' });
    await expect(buildServiceWorker(empty)).rejects.toThrow(
      `${join(empty, OFFLINE_PAGE)}: the offline page is missing`,
    );
    const no404 = site({ 'index.html': '<h1>x</h1>', [OFFLINE_PAGE]: '<h1>hors ligne</h1>' });
    await expect(buildServiceWorker(no404)).rejects.toThrow(`${join(no404, NOT_FOUND_PAGE)}: the 404 page is missing`);
    const noIndex = site({
      'index.html': '<h1>x</h1>',
      [OFFLINE_PAGE]: '<h1>hors ligne</h1>',
      [NOT_FOUND_PAGE]: '<h1>404</h1>',
    });
    await expect(buildServiceWorker(noIndex)).rejects.toThrow(`${join(noIndex, 'pagefind')}: no Pagefind index`);
  });

  it('precaches pages, assets and the whole search index with their sizes, lists the downloads as online only, and writes the download size into /hors-ligne/', async () => {
    const dir = site({
      'index.html': '<h1>Accueil</h1>',
      'cours/x/index.html': '<h1>Cours</h1>',
      [OFFLINE_PAGE]: '<h1>Hors ligne</h1>',
      [NOT_FOUND_PAGE]: '<h1>Introuvable</h1>',
      [OFFLINE_INFO_PAGE]:
        '<!doctype html><html><head><script>var a="<span data-offline-size>x</span>"</script></head><body><p>Soit <span data-offline-size>tout le site</span>.</p></body></html>',
      'pagefind/pagefind-entry.json': '{}',
      'pagefind/pagefind.js': '',
      'pagefind/wasm.fr.pagefind': 'wasm',
      'pagefind/index/fr_1.pf_index': 'i',
      'pagefind/fragment/fr_2.pf_fragment': 'f',
      '_astro/a.B1.js': '',
      '_astro/K.C2.woff2': 'w',
      '_astro/K.C3.woff': 'w',
      'hors-ligne/atlas-ml-hors-ligne.zip': 'zip',
      'exports/pages.csv': 'a;b',
    });
    const { files, onlineOnly } = await buildServiceWorker(dir);
    const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
    const precache = readPrecache(join(dir, 'sw.js'));
    expect(precache.map((e) => e.url).sort()).toEqual(
      [
        'index.html',
        'cours/x/index.html',
        OFFLINE_PAGE,
        NOT_FOUND_PAGE,
        OFFLINE_INFO_PAGE,
        'pagefind/pagefind-entry.json',
        'pagefind/pagefind.js',
        'pagefind/wasm.fr.pagefind',
        'pagefind/index/fr_1.pf_index',
        'pagefind/fragment/fr_2.pf_fragment',
        '_astro/a.B1.js',
        '_astro/K.C2.woff2',
      ].sort(),
    );
    expect(files).toBe(12);
    // Hashed files need no revision; the others have one; every file has its size, checked at install.
    expect(precache.find((e) => e.url === '_astro/a.B1.js')).toEqual({
      url: '_astro/a.B1.js',
      revision: null,
      size: 0,
    });
    expect(precache.find((e) => e.url === 'index.html')).toMatchObject({
      revision: expect.stringMatching(/^[0-9a-f]{32}$/),
      size: 16,
    });
    // The info page's size is that of its final text, with the figure written in.
    const info = readFileSync(join(dir, OFFLINE_INFO_PAGE), 'utf8');
    expect(info).toMatch(/<p>Soit <span data-offline-size>12 fichiers, 0,0 Mo<\/span>\.<\/p>/);
    expect(info).toContain('var a="<span data-offline-size>x</span>"');
    expect(precache.find((e) => e.url === OFFLINE_INFO_PAGE)!.size).toBe(Buffer.byteLength(info));
    // Downloads are not stored: the worker says so offline instead of the 404 page.
    expect(onlineOnly.sort()).toEqual(['exports/pages.csv', 'hors-ligne/atlas-ml-hors-ligne.zip']);
    expect(sw).toContain('self.__ATLAS_ONLINE_ONLY=["exports/pages.csv","hors-ligne/atlas-ml-hors-ligne.zip"]');
    // The worker's settings were injected (the site's parameters from src/lib/site-params.ts), no TypeScript left.
    expect(sw).toContain(`"${OFFLINE_PAGE}"`);
    expect(sw).toContain(`"${NOT_FOUND_PAGE}"`);
    for (const param of ['pagefind-highlight', 'section', 'embed', 'programme', 'ectsMin'])
      expect(sw).toContain(`"${param}"`);
    expect(sw).toContain('SKIP_WAITING');
    expect(sw).toContain('PRECACHE_PROGRESS');
    expect(sw).not.toContain('__WB_MANIFEST');
  });
});
