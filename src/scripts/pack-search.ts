/**
 * The course pack's search page (recherche/index.html in the zip), as a classic
 * script: scripts/pack.ts bundles this file into an IIFE, because file:// blocks
 * module scripts. The index comes from _pack/search-index.js, loaded before
 * this script, which sets window.ATLAS_SEARCH_INDEX.
 */
import { prepare, search, type SearchDoc } from '../lib/fallback-search';

declare global {
  interface Window {
    ATLAS_SEARCH_INDEX?: SearchDoc[];
  }
}

const form = document.querySelector<HTMLFormElement>('form[data-pack-search]');
const docs = window.ATLAS_SEARCH_INDEX;
if (form && docs) {
  const input = form.querySelector<HTMLInputElement>('input[type="search"]')!;
  const status = document.querySelector<HTMLElement>('[data-pack-search-status]')!;
  const list = document.querySelector<HTMLOListElement>('[data-pack-search-results]')!;
  // Result URLs are relative to the pack's root; this page is one folder down.
  const root = form.dataset.root ?? '../';
  const index = prepare(docs);

  const run = (query: string) => {
    list.replaceChildren();
    if (!query.trim()) {
      status.textContent = 'Tapez un mot : un cours, un terme du glossaire (en français ou en anglais), une formule.';
      return;
    }
    const results = search(index, query, 30);
    status.textContent =
      results.length === 0
        ? `Aucun résultat pour « ${query} ».`
        : `${results.length}${results.length === 30 ? ' premiers' : ''} résultat${results.length > 1 ? 's' : ''} pour « ${query} ».`;
    for (const r of results) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = root + r.doc.url;
      a.textContent = r.doc.title;
      const type = document.createElement('span');
      type.className = 'pack-result-type';
      type.textContent = r.doc.type;
      const p = document.createElement('p');
      p.innerHTML = r.excerpt;
      li.append(a, ' ', type, p);
      list.append(li);
    }
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      run(input.value);
      try {
        history.replaceState(null, '', input.value ? `?q=${encodeURIComponent(input.value)}` : location.pathname);
      } catch {
        // Some browsers refuse history changes on file:// pages; the search still works.
      }
    }, 120);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(timer);
    run(input.value);
  });
  const initial = new URLSearchParams(location.search).get('q') ?? '';
  input.value = initial;
  run(initial);
  if (!initial) input.focus();
}
