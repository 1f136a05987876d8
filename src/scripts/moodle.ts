/**
 * Loads the Moodle helpers only when needed: embed mode (html.embed, set by
 * EmbedEarly.astro), and any click in the "Lien Moodle" panel (its first opening
 * fills in the serving addresses and passages; its buttons copy): moodle-addresses.ts.
 * Bundled with the header's script, so that every page pays a few bytes only.
 */
if (document.documentElement.classList.contains('embed')) void import('./moodle-embed');

document.addEventListener('click', (event) => {
  const target = event.target as Element;
  if (target.closest?.('.moodle-link')) void import('./moodle-addresses').then((m) => m.panelClick(target));
});
