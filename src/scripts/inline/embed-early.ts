/**
 * Inline in <head>, before first paint (see src/components/moodle/EmbedEarly.astro and
 * src/lib/inline-scripts.ts): deep links and embed mode.
 * - `#sec?x=y` (Moodle appends its own parameters to the anchor) and `?section=sec`
 *   land on `sec`;
 * - `?embed=1` shows the page without header, navigation and footer, in the theme
 *   `?theme=light|dark` when given.
 * The parameter names come from src/lib/site-params.ts (replaced at build time).
 */
declare const PARAMS: { section: string; embed: string; theme: string };

((location: Location, root: HTMLElement) => {
  const [anchor, anchorQuery] = location.hash.split('?');
  const params = new URLSearchParams(`${location.search.slice(1)}&${anchorQuery}`);
  const section = anchorQuery != null ? anchor!.slice(1) : location.hash ? '' : params.get(PARAMS.section);
  const theme = params.get(PARAMS.theme);
  if (section) location.replace(`#${section}`);
  if (params.get(PARAMS.embed) === '1') {
    root.classList.add('embed');
    if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
  }
})(location, document.documentElement);
