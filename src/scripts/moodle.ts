/**
 * Deep links, and the loaders of embed mode and of the "Lien Moodle" copy buttons.
 * Loaded on every page, so only what every page needs is here; the rest is fetched
 * when used (embed mode, a click on "Copier").
 * - Moodle's URL resource appends its parameters after the fragment (#sec?x=y), and
 *   ?section=sec names a target too: both become a plain #sec (same document, no
 *   history entry), so that the browser scrolls there and :target highlights it.
 */
const hash = location.hash.slice(1);
const id = hash.includes('?') ? hash.slice(0, hash.indexOf('?')) : hash ? '' : new URLSearchParams(location.search).get('section');
if (id) {
  let target = id;
  try {
    target = decodeURIComponent(id);
  } catch {
    // A malformed escape: look the id up as written.
  }
  if (document.getElementById(target)) location.replace(`#${encodeURIComponent(target)}`);
}

if (document.documentElement.classList.contains('embed')) void import('./moodle-embed');

document.addEventListener('click', (event) => {
  const button = (event.target as Element).closest?.<HTMLButtonElement>('button[data-copy]');
  if (button) void import('./moodle-copy').then((m) => m.copyField(button));
});
