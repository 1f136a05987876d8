/**
 * Loads the Moodle helpers only when needed: embed mode (html.embed, set by
 * EmbedEarly.astro) and the "Copier" buttons of the "Lien Moodle" panel. Bundled
 * with the header's script, so that every page pays a few bytes only.
 */
if (document.documentElement.classList.contains('embed')) void import('./moodle-embed');

document.addEventListener('click', (event) => {
  const button = (event.target as Element).closest?.<HTMLButtonElement>('button[data-copy]');
  if (button) void import('./moodle-copy').then((m) => m.copyField(button));
});
