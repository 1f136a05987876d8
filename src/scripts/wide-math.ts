/**
 * Display formulas wider than their column scroll sideways (global.css, `.katex-display`).
 * Those that do get a tab stop, so that a keyboard can scroll them too, and lose it once the
 * window is wide enough: a formula that fits is no stop on the way. Fetched only by pages
 * with display math (Header.astro).
 */
const sync = (el: Element) => {
  if (el.scrollWidth > el.clientWidth + 1) el.setAttribute('tabindex', '0');
  else el.removeAttribute('tabindex');
};
const observer = new ResizeObserver((entries) => {
  for (const entry of entries) sync(entry.target);
});
for (const el of document.querySelectorAll('.katex-display')) observer.observe(el);
