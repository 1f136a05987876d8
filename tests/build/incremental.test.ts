/**
 * An author's second build, without cleaning: a changed glossary definition shows on
 * every page that previews the term (Astro's content cache would otherwise keep the
 * other entries' HTML as it was: src/integration/stale-previews.ts), and in the search index.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildFixture } from '../support/build-fixture';
import { fixture } from '../support/fixture-content';

/** The text of every page fragment of the Pagefind index (gzip-compressed files). */
const indexText = (outDir: string) =>
  readdirSync(join(outDir, 'pagefind/fragment'))
    .map((f) => gunzipSync(readFileSync(join(outDir, 'pagefind/fragment', f))).toString('utf8'))
    .join('\n');

describe('a rebuild after a content change', () => {
  it('shows the new definition in the previews on other pages and in the search index', async () => {
    // A Markdown entry citing the term: Astro caches the rendered HTML of Markdown entries
    // (MDX is compiled with the pages, so the guide's citation is always fresh).
    const first = await buildFixture({
      'faq/loss-nan.md': `${fixture('faq/loss-nan.md')}\nVoir :term[surapprentissage].\n`,
    });
    expect(first.ok, first.output.slice(-2000)).toBe(true);
    const old = 'Modèle trop complexe, bon sur train, mauvais sur test';
    // The FAQ answer's preview card carries the definition.
    expect(readFileSync(join(first.outDir, 'faq/index.html'), 'utf8')).toContain(old);

    const changed = 'Modèle qui apprend le bruit du jeu d’entraînement';
    const second = await first.rebuild({
      'glossary/overfitting.md': fixture('glossary/overfitting.md').replace(old, changed),
    });
    expect(second.ok, second.output.slice(-2000)).toBe(true);
    for (const page of ['faq/index.html', 'outils/index.html']) {
      const html = readFileSync(join(second.outDir, page), 'utf8');
      expect(html, page).toContain(changed);
      expect(html, page).not.toContain(old);
    }
    expect(readFileSync(join(second.outDir, 'glossaire/overfitting/index.html'), 'utf8')).toContain(changed);
    expect(indexText(second.outDir)).toContain(changed);
    expect(indexText(second.outDir)).not.toContain(old);
  });
});
