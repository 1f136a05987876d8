// Queries a student would really type, run in the browser against the built index:
// the expected page must be among the first three results.
import { expect, test } from '@playwright/test';

const queries: [string, string][] = [
  ['surapprentissage', '/glossaire/overfitting/'],
  ['overfitting', '/glossaire/overfitting/'],
  ['rétropropagation', '/glossaire/backpropagation/'],
  ['retropropagation', '/glossaire/backpropagation/'],
  ['backpropagation', '/glossaire/backpropagation/'],
  ['descente de gradient', '/glossaire/gradient-descent/'],
  ['matrice de confusion', '/glossaire/confusion-matrix/'],
  ['validation croisée', '/glossaire/cross-validation/'],
  ['validation croisee', '/glossaire/cross-validation/'],
  ['ACP', '/glossaire/pca/'],
  ['PCA', '/glossaire/pca/'],
  ["taux d'apprentissage", '/glossaire/learning-rate/'],
  ['learning rate', '/glossaire/learning-rate/'],
  ['réseau convolutif', '/glossaire/cnn/'],
  ['softmax', '/formules/'],
  ['sigmoïde', '/formules/'],
  ['Q-learning', '/formules/'],
  ['taille de sortie convolution', '/formules/'],
  ['théorème de Bayes', '/formules/'],
  ['loi normale', '/formules/'],
  ['BGDIA704', '/cours/machine-learning-avance/'],
  ['254-1-71', '/cours/machine-learning-and-artificial-intelligence-for-beginners/'],
  ['APM_5AI01_TP', '/cours/logics-and-symbolic-ai-knowledge-representation-and-reasoning/'],
  ['loss NaN', '/faq/'],
  ['taille de batch', '/faq/'],
  ['stochastic calculus', '/cours/stochastic-calculus-and-applications/'],
  ['graph neural networks', '/cours/statistical-learning-from-and-on-graphs/'],
  ['frais de dossier', '/programmes/mastere-specialise-ia/'],
  ['rémunération stage', '/programmes/m2-statistique-learning/'],
  ['VRAM GPU', '/outils/'],
  ['salaire data scientist', '/carrieres/'],
];

test.describe('search ranking', () => {
  let top: Record<string, string[]> = {};

  test.beforeAll(async ({ browser }) => {
    const page = await browser.newPage();
    await page.goto('/');
    top = await page.evaluate(
      async (qs) => {
        const pagefind = await import('/pagefind/pagefind.js' as string);
        await pagefind.init();
        const out: Record<string, string[]> = {};
        for (const q of qs) {
          const search = await pagefind.search(q);
          const data = await Promise.all(
            search.results.slice(0, 3).map((r: { data: () => Promise<{ url: string }> }) => r.data()),
          );
          out[q] = data.map((d: { url: string }) => d.url);
        }
        return out;
      },
      queries.map(([q]) => q),
    );
    await page.close();
  });

  for (const [query, expected] of queries) {
    test(`"${query}" → ${expected}`, () => {
      expect(
        top[query].map((u) => u.replace(/[?#].*$/, '')),
        JSON.stringify(top[query]),
      ).toContain(expected);
    });
  }
});

// French-first titles: the French name and the seed's English name both find the page,
// and the result is titled as the page is, French first.
test('a term found by its French or its English name shows its French-first title', async ({ page }) => {
  await page.goto('/');
  const titles = await page.evaluate(
    async (qs) => {
      const pagefind = await import('/pagefind/pagefind.js' as string);
      await pagefind.init();
      const out: string[] = [];
      for (const q of qs) {
        const search = await pagefind.search(q);
        const first = await search.results[0].data();
        out.push(`${first.url} ${first.meta.title}`);
      }
      return out;
    },
    ['overfitting', 'surapprentissage', 'logistic regression', 'dropout'],
  );
  expect(titles[0]).toBe('/glossaire/overfitting/ Surapprentissage (Overfitting)');
  expect(titles[1]).toBe(titles[0]);
  expect(titles[2]).toContain('Régression logistique (Logistic Regression)');
  expect(titles[3]).toBe('/glossaire/dropout/ Dropout (extinction aléatoire de neurones)');
});
