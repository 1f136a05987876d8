/**
 * <search-launcher>: opens Pagefind's Component UI in a modal. The UI (about
 * 45 KB gzip) is fetched only when a reader asks for search (button, Ctrl/Cmd+K
 * or "/"), so that content pages ship almost no JavaScript.
 */
let loading: Promise<void> | undefined;

function loadPagefindUi(bundle: string): Promise<void> {
  loading ??= new Promise<void>((resolve, reject) => {
    const css = document.createElement('link');
    css.rel = 'stylesheet';
    css.href = `${bundle}pagefind-component-ui.css`;
    document.head.append(css);
    const script = document.createElement('script');
    script.src = `${bundle}pagefind-component-ui.js`;
    script.onload = () => customElements.whenDefined('pagefind-modal').then(() => resolve());
    script.onerror = () => reject(new Error('Pagefind UI failed to load'));
    document.head.append(script);
  });
  return loading;
}

type PagefindModal = HTMLElement & { open(): void; close(): void };

async function openSearch(bundle: string, query?: string) {
  await loadPagefindUi(bundle);
  const modal = document.querySelector<PagefindModal>('pagefind-modal');
  if (!modal) return;
  modal.open();
  if (query) {
    const input = modal.querySelector<HTMLInputElement>('input');
    if (input) {
      input.value = query;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
  }
}

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

class SearchLauncher extends HTMLElement {
  connectedCallback() {
    const bundle = this.dataset.bundle ?? '/pagefind/';
    // The trigger is a link to the search page, so that search works without JavaScript too.
    this.querySelector('a')?.addEventListener('click', (event) => {
      event.preventDefault();
      void openSearch(bundle);
    });
    document.addEventListener('keydown', (event) => {
      const shortcut = (event.key === 'k' && (event.ctrlKey || event.metaKey)) || (event.key === '/' && !isTyping(event.target));
      if (!shortcut || document.querySelector('pagefind-modal dialog[open]')) return;
      event.preventDefault();
      void openSearch(bundle);
    });
  }
}
customElements.define('search-launcher', SearchLauncher);
