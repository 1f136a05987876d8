/**
 * Search as a student uses it: through the search UI (/recherche/?q=…), so that the
 * query rewriting of src/lib/search-query.ts (stop words, typos, fallback) and the
 * result cards (type, excerpt) are tested as shown, not only Pagefind's raw ranking
 * (tests/e2e/search-queries.spec.ts).
 */
import { expect, type Page, test } from '@playwright/test';
import { inGroups } from '../support/pages';

interface Shown {
  state: string | null;
  results: { type: string; href: string; excerpt: string }[];
}

async function searchFor(page: Page, query: string): Promise<Shown> {
  await page.goto(`/recherche/?q=${encodeURIComponent(query)}`);
  await page.waitForSelector('pagefind-results .pf-result-link, .search-help[data-state="none"]');
  // Results are rendered as they load; the first three are in view.
  await page.waitForFunction(() => document.querySelectorAll('pagefind-results .pf-result-link').length >= 1);
  await page.waitForTimeout(200);
  return page.evaluate(() => ({
    state: document.querySelector('.search-help')?.getAttribute('data-state') ?? null,
    results: [...document.querySelectorAll('pagefind-results .pf-result')].slice(0, 5).map((li) => ({
      type: li.querySelector('.result-type')?.textContent ?? '',
      href: (li.querySelector('.pf-result-link')?.getAttribute('href') ?? '').replace(/[?#].*$/, ''),
      excerpt: li.querySelector('.pf-result-excerpt')?.textContent ?? '',
    })),
  }));
}

// [query, page expected among the first three results]
const inTopThree: [string, string][] = [
  // A misspelt word (one letter missing, extra, wrong or swapped) still finds its page.
  ['surapprentisage', '/glossaire/overfitting/'],
  ['regularisaton', '/glossaire/regularization/'],
  ['retropropagaton', '/glossaire/backpropagation/'],
  ['convolutoin', '/glossaire/cnn/'],
  ['hyperparamtre', '/glossaire/hyperparameter/'],
  ['descente de gradiant', '/glossaire/gradient-descent/'],
  ['matrice de confussion', '/glossaire/confusion-matrix/'],
  ['validaton croisée', '/glossaire/cross-validation/'],
  ['normalisaton par lot', '/glossaire/batch-normalization/'],
  ['entropie croissée', '/glossaire/cross-entropy/'],
  ['apprentisage statistique', '/cours/apprentissage-statistique/'],
  // A question typed as a sentence finds the page that answers it.
  ['combien coûte le mastère IA ?', '/programmes/mastere-specialise-ia/'],
  ['qu’est-ce que le dropout ?', '/glossaire/dropout/'],
  ["qu'est-ce que le surapprentissage ?", '/glossaire/overfitting/'],
  ['quelle est la taille de sortie d’une convolution ?', '/formules/'],
  ['quelle est la rémunération du stage en M2 Statistique ?', '/programmes/m2-statistique-learning/'],
  ['quels sont les frais de dossier du mastère ?', '/programmes/mastere-specialise-ia/'],
  ['que faire quand la loss est NaN ?', '/faq/'],
  ['c’est quoi la descente de gradient stochastique', '/glossaire/sgd/'],
  ['combien de places au mastère spécialisé', '/programmes/mastere-specialise-ia/'],
  ['quel salaire pour un data scientist', '/carrieres/'],
  // Accents and case do not matter.
  ['RESEAUX DE NEURONES CONVOLUTIFS', '/glossaire/cnn/'],
  ['regression logistique', '/demos/regression-logistique/'],
  // A word no page has does not hide the pages with the others.
  ['régression kangourou', '/demos/regression-logistique/'],
];

// A programme's own page comes first for its institution or city, before the listing pages.
const firstForPlace: [string, string][] = [
  ['Télécom Paris', '/programmes/mastere-specialise-ia/'],
  ['ENSTA', '/programmes/mastere-specialise-ia/'],
  ['Palaiseau', '/programmes/mastere-specialise-ia/'],
  ['La Rochelle', '/programmes/master-mix/'],
  ['Sorbonne Université', '/programmes/m2-statistique-learning/'],
];

// Each result says what it is.
const typeOfFirst: [string, string][] = [
  ['overfitting', 'Glossaire'],
  ['softmax', 'Formule'],
  ['BGDIA704', 'Cours'],
  ['loss NaN', 'FAQ'],
  ['La Rochelle', 'Programme'],
  ['k-means', 'Formule'],
];

test.describe('search through the UI', () => {
  test.describe.configure({ timeout: 60_000 });

  // Queries by groups, in one tab each (a fresh browser context per query cost more than the
  // search), every query's failure reported together; the same 60 s per query as the other tests.
  for (const group of inGroups(inTopThree, 3)) {
    test(`the expected page in the first three: ${group.map(([q]) => `"${q}"`).join(', ')}`, async ({ page }) => {
      test.setTimeout(group.length * 60_000);
      for (const [query, expected] of group) {
        const shown = await searchFor(page, query);
        expect
          .soft(
            shown.results.slice(0, 3).map((r) => r.href),
            `"${query}" → ${expected} in the first three: ${JSON.stringify(shown.results)}`,
          )
          .toContain(expected);
        expect.soft(shown.state, `"${query}"`).toBe('results');
      }
    });
  }

  test(`a programme's page first: ${firstForPlace.map(([q]) => `"${q}"`).join(', ')}`, async ({ page }) => {
    test.setTimeout(firstForPlace.length * 60_000);
    for (const [query, expected] of firstForPlace) {
      const shown = await searchFor(page, query);
      expect
        .soft(shown.results[0]?.href, `"${query}" → ${expected} first: ${JSON.stringify(shown.results)}`)
        .toBe(expected);
    }
  });

  test(`the first result is labelled with its type: ${typeOfFirst.map(([q, t]) => `"${q}" ${t}`).join(', ')}`, async ({
    page,
  }) => {
    test.setTimeout(typeOfFirst.length * 60_000);
    for (const [query, type] of typeOfFirst) {
      const shown = await searchFor(page, query);
      expect.soft(shown.results[0]?.type, `"${query}": the first result is labelled ${type}`).toBe(type);
      for (const r of shown.results) expect.soft(r.type, `"${query}": ${JSON.stringify(r)}`).not.toBe('');
    }
  });

  test('the k-means demo is labelled Démo', async ({ page }) => {
    const shown = await searchFor(page, 'k-means');
    expect(shown.results.find((r) => r.href === '/demos/k-means/')?.type).toBe('Démo');
  });

  test('excerpts quote visible text: no hidden synonym list, no words glued together', async ({ page }) => {
    for (const query of ['surapprentissage', 'Sorbonne Université', 'PCA']) {
      const shown = await searchFor(page, query);
      for (const { excerpt } of shown.results) {
        expect(excerpt, query).not.toMatch(/surapprentissage · sur-apprentissage/);
        expect(excerpt, query).not.toMatch(/françaissur|Annéenon|Créditsnon|ÉtablissementLa|françaisACP/);
      }
    }
  });

  test('the home page’s example searches each find their page in the first three', async ({ page }) => {
    await page.goto('/');
    const links = page.locator('.task-examples a');
    await expect(links).toHaveCount(4);
    const examples = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).textContent!));
    const expected = [
      '/glossaire/overfitting/',
      '/formules/',
      '/cours/machine-learning-avance/',
      '/programmes/mastere-specialise-ia/',
    ];
    for (const [i, query] of examples.entries()) {
      const shown = await searchFor(page, query);
      expect(
        shown.results.slice(0, 3).map((r) => r.href),
        query,
      ).toContain(expected[i]);
    }
  });

  test('says what was searched when it is not what was typed: a corrected word, a word left out', async ({ page }) => {
    await searchFor(page, 'apprentisage statistique');
    const note = page.locator('[data-search-ui="page"] [data-search-rewrite]');
    await expect(note).toHaveText('Recherche de « apprentissage » (vous avez tapé « apprentisage »).');
    // No page has both words (Pagefind's prefix matching finds none for this one): the other word alone.
    await searchFor(page, 'mastère xylo');
    await expect(note).toHaveText('Aucune page ne contient tous les mots : résultats sans « xylo ».');
    // A query found as typed says nothing more.
    await searchFor(page, 'surapprentissage');
    await expect(note).toBeHidden();
  });

  test('a word with no close match shows the no-result help', async ({ page }) => {
    await page.goto('/recherche/?q=kangourou');
    await expect(page.locator('.search-help')).toHaveAttribute('data-state', 'none');
  });

  test('the screen-reader labels Pagefind writes in English are French', async ({ page }) => {
    await searchFor(page, 'gradient');
    await page.locator('pagefind-filter-dropdown[filter="type"] .pf-dropdown-trigger').click();
    const option = page.locator('pagefind-filter-dropdown[filter="type"] [role="option"]').first();
    await expect(option).toHaveAttribute('aria-label', /, \d+ résultats?$/);
    await option.click();
    await expect(page.locator('pagefind-filter-dropdown[filter="type"] .pf-dropdown-trigger')).toHaveAttribute(
      'aria-label',
      /1 filtre choisi$/,
    );
    const labels = await page.evaluate(() =>
      [...document.querySelectorAll('.search-ui [aria-label]')].map((e) => e.getAttribute('aria-label') ?? ''),
    );
    for (const label of labels) expect(label).not.toMatch(/\b(results?|selected|Search|Clear|Loading)\b/);
  });
});
