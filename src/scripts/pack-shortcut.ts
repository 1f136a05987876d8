/**
 * The course pack's keyboard shortcut (bundled by scripts/pack.ts into _pack/shortcut.js,
 * a classic script on every pack page): Ctrl/Cmd+K and "/" open the pack's own search
 * page (Pagefind's dialog, which the site opens with them, cannot run from file://), or
 * focus its field when already there.
 */
const script = document.currentScript as HTMLScriptElement | null;
// The script sits at _pack/shortcut.js: the search page is ../recherche/index.html from it.
const searchPage = script ? new URL('../recherche/index.html', script.src).href : undefined;

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

document.addEventListener(
  'keydown',
  (event) => {
    const open =
      (event.key === 'k' && (event.ctrlKey || event.metaKey)) || (event.key === '/' && !isTyping(event.target));
    if (!open || !searchPage) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    const field = document.querySelector<HTMLInputElement>('#pack-search-input');
    if (field) field.focus();
    else location.href = `${searchPage}#rechercher`;
  },
  true,
);

// Opened by the shortcut (#rechercher): the search page's field takes the focus.
if (location.hash === '#rechercher') document.querySelector<HTMLInputElement>('#pack-search-input')?.focus();

export {};
