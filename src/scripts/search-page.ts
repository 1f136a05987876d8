/**
 * /recherche/?q=…: the search UI inline on the page, running the query from the
 * URL, so that a teacher can paste a search link in Moodle. The URL follows the query.
 */
import { loadSearchUi, setQuery } from './search-ui';

const query = new URLSearchParams(location.search).get('q') ?? '';
loadSearchUi().then(async (instance) => {
  await customElements.whenDefined('pagefind-input');
  const input = document.querySelector<HTMLInputElement>('.search-ui pagefind-input input');
  if (query) setQuery(instance, query);
  else input?.focus();
  instance.on('search', (term) => {
    const params = new URLSearchParams(location.search);
    if (term) params.set('q', term);
    else params.delete('q');
    history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
  });
});
