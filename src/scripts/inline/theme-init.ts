/**
 * Inline in <head> of every page, before first paint (src/lib/inline-scripts.ts turns it
 * into the minified text the pages carry and the CSP hashes): sets the theme, so that a
 * dark reader never sees a white flash. The stored choice wins over the system's.
 * It also marks <html data-js>, so that CSS folds what a script can open (the phone
 * menu) before first paint, and leaves it shown when scripts are off.
 */
((root: HTMLElement, system: 'dark' | 'light') => {
  root.dataset.js = '';
  try {
    root.dataset.theme = localStorage.getItem('atlas-theme') ?? system;
  } catch {
    // Storage blocked (private mode, file:// in some browsers): follow the system.
    root.dataset.theme = system;
  }
})(document.documentElement, matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
