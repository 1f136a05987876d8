/**
 * The one inline script of every page: sets the theme before first paint, so that
 * a dark reader never sees a white flash. It lives here, as a string, so that the
 * Content-Security-Policy can carry its hash (src/lib/csp.ts): Astro places its
 * <meta> policy after this script and does not hash `is:inline` scripts itself.
 * It also marks <html data-js>, so that CSS can fold what a script will be able to
 * open (the phone menu) before first paint, and leave it shown when scripts are off.
 */
export const themeInitScript =
  "(function(h,m){h.dataset.js='';try{h.dataset.theme=localStorage.getItem('atlas-theme')??m}catch(e){h.dataset.theme=m}})(document.documentElement,matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light')";
