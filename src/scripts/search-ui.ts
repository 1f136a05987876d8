/**
 * Loads Pagefind's Component UI on demand and wires our part of it: the help
 * shown for an empty query and for a query with no result, and the suggestion
 * links, which run their query in place.
 */
interface PagefindInstance {
  on(event: 'search', cb: (term: string) => void): void;
  on(event: 'results', cb: (result: { results: { data(): Promise<{ excerpt: string }> }[] }) => void): void;
  triggerSearch(term: string): void;
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
    script.onload = () => {
      const instance = window.PagefindComponents!.getInstanceManager().getInstance('default');
      wireHelp(instance);
      nameFilterButtons();
      resolve(instance);
    };
    script.onerror = () => reject(new Error('Pagefind UI failed to load'));
    document.head.append(script);
  });
  return loading;
}

/**
 * Pagefind's filter buttons have role="combobox", a role that takes no name from
 * its content: screen readers would announce a nameless combobox. Each gets its
 * visible label as name (aria-labelledby), also when Pagefind renders it later.
 */
function nameFilterButtons() {
  const name = () => {
    for (const trigger of document.querySelectorAll<HTMLElement>('.pf-dropdown-trigger:not([aria-labelledby])')) {
      const label = trigger.querySelector<HTMLElement>('.pf-dropdown-trigger-label');
      if (!label || !trigger.id) continue;
      label.id ||= `${trigger.id}-label`;
      trigger.setAttribute('aria-labelledby', label.id);
    }
  };
  name();
  new MutationObserver(name).observe(document.body, { childList: true, subtree: true });
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
