/**
 * <search-launcher>: opens the search modal (button, Ctrl/Cmd+K or "/").
 * Pagefind's UI is fetched only then, so that content pages ship almost no
 * JavaScript. Also highlights the searched words on a page reached from a result.
 */
type PagefindModal = HTMLElement & { open(): void };

async function openSearch() {
  const { loadSearchUi } = await import('./search-ui');
  await loadSearchUi();
  await customElements.whenDefined('pagefind-modal');
  document.querySelector<PagefindModal>('pagefind-modal')?.open();
}

// An input left focused inside the closed dialog does not count as typing.
const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  !target.closest('dialog:not([open])') &&
  (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

class SearchLauncher extends HTMLElement {
  connectedCallback() {
    // The trigger is a link to the search page, so that search works without JavaScript too.
    const link = this.querySelector('a');
    if (!document.querySelector('pagefind-modal')) return;
    link?.addEventListener('click', (event) => {
      event.preventDefault();
      void openSearch();
    });
    document.addEventListener('keydown', (event) => {
      const shortcut =
        (event.key === 'k' && (event.ctrlKey || event.metaKey)) || (event.key === '/' && !isTyping(event.target));
      if (!shortcut || document.querySelector('pagefind-modal dialog[open]')) return;
      event.preventDefault();
      void openSearch();
    });
  }
}
customElements.define('search-launcher', SearchLauncher);

// A result link carries ?pagefind-highlight=…: mark those words in the page's content.
if (new URLSearchParams(location.search).has('pagefind-highlight')) {
  import(
    /* @vite-ignore */ `${document.querySelector('pagefind-config')?.getAttribute('bundle-path') ?? '/pagefind/'}pagefind-highlight.js`
  ).then(({ default: PagefindHighlight }) => {
    new PagefindHighlight({ highlightParam: 'pagefind-highlight', markContext: 'main', addStyles: false });
  });
}
