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

const fixture = (path: string) => readFileSync(`tests/fixtures/content-ok/${path}`, 'utf8');

/** The text of every page fragment of the Pagefind index (gzip-compressed files). */
const indexText = (outDir: string) =>
  readdirSync(join(outDir, 'pagefind/fragment'))
    .map((f) => gunzipSync(readFileSync(join(outDir, 'pagefind/fragment', f))).toString('utf8'))
    .join('\n');

describe('a rebuild after a content change', () => {
  it('shows the new definition in the previews on other pages and in the search index', async () => {
    const first = await buildFixture();
    expect(first.ok, first.output.slice(-2000)).toBe(true);
    const old = 'Modèle trop complexe, bon sur train, mauvais sur test';
    // The guide cites :term[surapprentissage]: its preview card carries the definition.
    expect(readFileSync(join(first.outDir, 'outils/index.html'), 'utf8')).toContain(old);

    const changed = 'Modèle qui apprend le bruit du jeu d’entraînement';
    const second = await first.rebuild({
      'glossary/overfitting.md': fixture('glossary/overfitting.md').replace(old, changed),
    });
    expect(second.ok, second.output.slice(-2000)).toBe(true);
    const tools = readFileSync(join(second.outDir, 'outils/index.html'), 'utf8');
    expect(tools).toContain(changed);
    expect(tools).not.toContain(old);
    expect(readFileSync(join(second.outDir, 'glossaire/overfitting/index.html'), 'utf8')).toContain(changed);
    expect(indexText(second.outDir)).toContain(changed);
    expect(indexText(second.outDir)).not.toContain(old);
  });
});
