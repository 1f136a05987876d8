/**
 * Loads Pagefind's Component UI on demand and wires our part of it: the help
 * shown for an empty query and for a query with no result, the suggestion
 * links, which run their query in place, the result type beside each title,
 * French names for what Pagefind leaves in English, and the query rewriting of
 * src/lib/search-query.ts (stop words, typos, fallback) in front of Pagefind's search.
 */
import { escapeHtml } from '../lib/escape';
import { fallbackQueries, queryWords, rewriteQuery, type Vocabulary, vocabulary } from '../lib/search-query';

interface PagefindSearchResult {
  results: unknown[];
}
type PagefindSearch = (term: string | null, options?: unknown) => Promise<PagefindSearchResult>;
interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: { title: string; url: string; excerpt: string }[];
}
interface PagefindInstance {
  on(event: 'search', cb: (term: string) => void): void;
  on(event: 'results', cb: (result: { results: { data(): Promise<{ excerpt: string }> }[] }) => void): void;
  triggerSearch(term: string): void;
  getDisplaySubResults(result: ResultData, max: number): { title: string; url: string; excerpt: string }[];
  // Pagefind 1.6's internals, used to put the query rewriting in front of its search (see smartSearch).
  __load__(): Promise<void>;
  __pagefind__?: { search: PagefindSearch };
}
declare global {
  interface Window {
    PagefindComponents?: { getInstanceManager(): { getInstance(name?: string): PagefindInstance } };
  }
}

let loading: Promise<PagefindInstance> | undefined;

export function bundlePath(): string {
  return document.querySelector('pagefind-config')?.getAttribute('bundle-path') ?? '/pagefind/';
}

export function loadSearchUi(): Promise<PagefindInstance> {
  loading ??= new Promise<PagefindInstance>((resolve, reject) => {
    const bundle = bundlePath();
    const css = document.createElement('link');
    css.rel = 'stylesheet';
    css.href = `${bundle}pagefind-component-ui.css`;
    document.head.append(css);
    const script = document.createElement('script');
    script.src = `${bundle}pagefind-component-ui.js`;
    script.onload = async () => {
      const instance = window.PagefindComponents!.getInstanceManager().getInstance('default');
      wireHelp(instance);
      nameFilterButtons();
      showResultTypes(instance);
      try {
        await instance.__load__();
        const pagefind = instance.__pagefind__;
        if (pagefind) pagefind.search = smartSearch(pagefind.search.bind(pagefind));
      } catch {
        // Pagefind reports its own loading errors in the UI; searching then works without the rewriting.
      }
      resolve(instance);
    };
    script.onerror = () => reject(new Error('Pagefind UI failed to load'));
    document.head.append(script);
  });
  return loading;
}

let words: Promise<Vocabulary | undefined> | undefined;

/** The index's vocabulary (written by scripts/index-search.ts), fetched once, on the first query. */
function loadVocabulary(): Promise<Vocabulary | undefined> {
  words ??= fetch(`${bundlePath()}atlas-words.json`)
    .then((r) => (r.ok ? r.json() : undefined))
    .then((list?: string[]) => (list ? vocabulary(list) : undefined))
    .catch(() => undefined);
  return words;
}

/**
 * Pagefind's search behind src/lib/search-query.ts: stop words dropped, typos corrected
 * against the index's vocabulary, and, when no page has every word, the best query
 * missing one word. The UI still shows and highlights what the student typed.
 */
export function smartSearch(search: PagefindSearch): PagefindSearch {
  let latest = 0;
  return async (term, options) => {
    const call = ++latest;
    // Only the latest query (the student is still typing) may say what was searched.
    const say = (note: RewriteNote) => call === latest && showRewrite(note);
    if (!term?.trim()) {
      say({ corrections: [] });
      return search(term, options);
    }
    const { words, corrections } = rewriteQuery(term, await loadVocabulary());
    const first = await search(words.join(' '), options);
    if (first.results.length > 0) {
      say({ corrections });
      return first;
    }
    for (const fallback of fallbackQueries(words)) {
      const found = await search(fallback.join(' '), options);
      if (found.results.length > 0) {
        say({
          corrections,
          dropped: asTyped(
            term,
            words.filter((w) => !fallback.includes(w)),
          ),
        });
        return found;
      }
    }
    say({ corrections: [] });
    return first;
  };
}

interface RewriteNote {
  /** Each word as typed, and the word of the index searched instead. */
  corrections: [string, string][];
  /** Words left out because no page has them all. */
  dropped?: string[];
}

/** Folded query words ("coute") as the student typed them ("coûte"). */
function asTyped(term: string, folded: string[]): string[] {
  const typed = term
    .split(/[\s']+/)
    .map((t) => ({ t: t.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''), w: queryWords(t)[0] }));
  return folded.map((w) => typed.find((x) => x.w === w)?.t ?? w);
}

const quoted = (words: string[]) => words.map((w) => `« ${w} »`).join(', ');

/**
 * Says, above the results, what was searched when it is not what was typed: a corrected
 * word, or a word left out. Silent corrections would leave a student wondering why a page
 * without their word comes first.
 */
function showRewrite({ corrections, dropped = [] }: RewriteNote) {
  const parts: string[] = [];
  if (corrections.length)
    parts.push(
      `Recherche de ${quoted(corrections.map(([, fixed]) => fixed))} (vous avez tapé ${quoted(corrections.map(([typed]) => typed))}).`,
    );
  if (dropped.length) parts.push(`Aucune page ne contient tous les mots : résultats sans ${quoted(dropped)}.`);
  for (const el of document.querySelectorAll<HTMLElement>('[data-search-rewrite]')) {
    el.textContent = parts.join(' ');
    el.hidden = parts.length === 0;
  }
}

/**
 * Pagefind's result card with what the result is (Glossaire, Formule, Cours…) before its
 * title, from the page's `type` metadata (src/layouts/BaseLayout.astro, scripts/index-search.ts).
 * Same classes as Pagefind's own template, so its styles apply; excerpts are Pagefind's
 * (escaped text with <mark>), titles and URLs are escaped here.
 */
function renderResult(instance: PagefindInstance, result: ResultData): string {
  const url = escapeHtml(result.meta.url ?? result.url);
  const type = result.meta.type ? `<span class="result-type">${escapeHtml(result.meta.type)}</span> ` : '';
  const subs = instance.getDisplaySubResults(result, 3);
  return `<li class="pf-result"><div class="pf-result-card"><div class="pf-result-content">
<p class="pf-result-title">${type}<a class="pf-result-link" href="${url}">${escapeHtml(result.meta.title ?? '')}</a></p>
${result.excerpt ? `<p class="pf-result-excerpt">${result.excerpt}</p>` : ''}</div></div>
${
  subs.length
    ? `<ul class="pf-heading-chips">${subs
        .map(
          (sub) =>
            `<li class="pf-heading-chip"><a class="pf-heading-link" href="${escapeHtml(sub.url)}">${escapeHtml(sub.title)}</a><p class="pf-heading-excerpt">${sub.excerpt}</p></li>`,
        )
        .join('')}</ul>`
    : ''
}</li>`;
}

function showResultTypes(instance: PagefindInstance) {
  for (const results of document.querySelectorAll('pagefind-results')) {
    (results as HTMLElement & { resultTemplate?: (r: ResultData) => string }).resultTemplate = (r) =>
      renderResult(instance, r);
  }
}

const plural = (n: string, word: string) => `${n} ${word}${n === '1' ? '' : 's'}`;

/**
 * Pagefind's filter buttons have role="combobox", a role that takes no name from
 * its content: screen readers would announce a nameless combobox. Each gets its
 * visible label as name (aria-labelledby), also when Pagefind renders it later.
 * Pagefind 1.6 also writes a few screen-reader labels in English whatever the
 * language ("Type, 3 results", "2 filters selected", "Loading filter options..."):
 * they are put in French as they appear.
 */
function nameFilterButtons() {
  const name = () => {
    for (const trigger of document.querySelectorAll<HTMLElement>('.pf-dropdown-trigger:not([aria-labelledby])')) {
      const label = trigger.querySelector<HTMLElement>('.pf-dropdown-trigger-label');
      if (!label || !trigger.id) continue;
      label.id ||= `${trigger.id}-label`;
      trigger.setAttribute('aria-labelledby', label.id);
    }
    // Only a changed label is written back: writing fires this observer again.
    const relabel = (selector: string, english: RegExp, french: (n: string) => string) => {
      for (const el of document.querySelectorAll<HTMLElement>(selector)) {
        const label = el.getAttribute('aria-label')!;
        const fixed = label.replace(english, (_, n: string) => french(n));
        if (fixed !== label) el.setAttribute('aria-label', fixed);
      }
    };
    relabel(
      '[aria-label$=" result"], [aria-label$=" results"]',
      /, (\d+) results?$/,
      (n) => `, ${plural(n, 'résultat')}`,
    );
    relabel(
      '[aria-label$=" selected"]',
      /, (\d+) filters? selected$/,
      (n) => `, ${plural(n, 'filtre')} ${n === '1' ? 'choisi' : 'choisis'}`,
    );
    for (const el of document.querySelectorAll<HTMLElement>('.pf-dropdown-options > [data-pf-sr-hidden]')) {
      if (el.textContent === 'Loading filter options...') el.textContent = 'Chargement des filtres…';
    }
  };
  name();
  new MutationObserver(name).observe(document.body, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['aria-label'],
  });
}

function setQuery(instance: PagefindInstance, query: string) {
  const input = document.querySelector<HTMLInputElement>('.search-ui pagefind-input input');
  if (input) {
    input.value = query;
    input.focus();
  }
  instance.triggerSearch(query);
}

/**
 * Pagefind falls back to ever shorter prefixes of an unknown word, so "kangourou"
 * still "matches" a lone "k". A result counts only if its highlighted words cover
 * most of one of the query's words; otherwise the no-result help is shown.
 */
async function hasCloseMatch(query: string, results: { data(): Promise<{ excerpt: string }> }[]): Promise<boolean> {
  if (results.length === 0) return false;
  const longest = Math.max(...query.split(/[\s'’-]+/).map((w) => w.length));
  if (longest <= 3) return true;
  const excerpts = await Promise.all(results.slice(0, 5).map((r) => r.data().then((d) => d.excerpt)));
  const marks = excerpts.flatMap((e) =>
    [...e.matchAll(/<mark>([^<]*)<\/mark>/g)].map((m) => m[1].replace(/[^\p{L}\p{N}]/gu, '').length),
  );
  return marks.length === 0 || Math.max(...marks) >= Math.min(longest, 4) || Math.max(...marks) >= 0.6 * longest;
}

function wireHelp(instance: PagefindInstance) {
  const helps = () => document.querySelectorAll<HTMLElement>('[data-search-help]');
  let term = '';
  instance.on('search', (t) => {
    term = t.trim();
    if (!term) for (const h of helps()) h.dataset.state = 'empty';
  });
  instance.on('results', async (r) => {
    const query = term;
    const state = !query ? 'empty' : (await hasCloseMatch(query, r.results)) ? 'results' : 'none';
    if (query === term) for (const h of helps()) h.dataset.state = state;
  });
  document.addEventListener('click', (e) => {
    const link = (e.target as Element).closest?.<HTMLAnchorElement>('a[data-suggestion]');
    if (!link) return;
    e.preventDefault();
    setQuery(instance, link.dataset.suggestion!);
  });
}

export { setQuery };
