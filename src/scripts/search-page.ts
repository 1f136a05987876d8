/**
 * /recherche/?q=…: loads Pagefind's Component UI inline on the page and runs
 * the query from the URL, so that a teacher can paste a search link in Moodle.
 */
const bundle = document.querySelector('search-launcher')?.getAttribute('data-bundle') ?? '/pagefind/';
const css = document.createElement('link');
css.rel = 'stylesheet';
css.href = `${bundle}pagefind-component-ui.css`;
document.head.append(css);
const script = document.createElement('script');
script.src = `${bundle}pagefind-component-ui.js`;
document.head.append(script);

const query = new URLSearchParams(location.search).get('q');
customElements.whenDefined('pagefind-input').then(() => {
  const input = document.querySelector<HTMLInputElement>('pagefind-input input');
  if (!input) return;
  if (query) {
    input.value = query;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }
  // Keep the URL in step with the query, so the page can be bookmarked or shared.
  input.addEventListener('input', () => {
    const params = new URLSearchParams(location.search);
    if (input.value) params.set('q', input.value);
    else params.delete('q');
    history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
  });
});
