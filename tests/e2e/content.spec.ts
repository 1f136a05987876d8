// One page of each type shows its key content, taken from the seeds.
import { expect, test } from '@playwright/test';

test('programme page: key facts, tree with ECTS and hours, computed total, rules, source', async ({ page }) => {
  await page.goto('/programmes/master-mix/');
  const facts = page.getByRole('definition').filter({ hasText: '120 ECTS' });
  await expect(facts.first()).toBeVisible();
  await expect(page.locator('.programme-total')).toContainText('Total calculé : 120 ECTS, comme la source l’annonce');
  await expect(page.locator('#s1')).toContainText('PDE Analysis');
  await expect(page.locator('#s1')).toContainText('254-1-11 · 6 ECTS · 57 h (22 h 30 CM, 22 h 30 TD, 12 h TP)');
  await expect(page.locator('.source-line')).toContainText('002_c7c1cefb131cab65.txt');
});

test('programme page: what the source leaves out is said, not guessed', async ({ page }) => {
  await page.goto('/programmes/m2-im/');
  // Known facts lead; what the source leaves out is one quiet line naming it (Missing fields).
  await expect(page.locator('.facts')).not.toContainText('Établissement');
  const missing = page.locator('.facts-block .missing-line');
  await expect(missing).toContainText('Non précisé dans la source :');
  await expect(missing).toContainText('établissement');
  await expect(page.locator('#option-data-science-informatique')).toContainText(
    'la source ne donne pas de titre à cette option',
  );
});

test('programme index lists the four programmes with key facts', async ({ page }) => {
  await page.goto('/programmes/');
  await expect(page.locator('.programme-list > li')).toHaveCount(4);
  await expect(page.locator('.programme-list')).toContainText('20 400 €');
});

test('course page: facts, where it is taught, English description marked lang="en"', async ({ page }) => {
  await page.goto('/cours/fundamentals-of-machine-learning/');
  await expect(page.locator('h1')).toHaveText('Fundamentals of Machine Learning');
  await expect(page.locator('main')).toContainText('Option Mathematics for Data Science (MDS)');
  await expect(page.locator('main')).toContainText('Option Mathématiques et Modélisation du Vivant (MMV)');
  await expect(page.locator('[lang="en"]').filter({ hasText: 'fundamental mathematical concepts' })).toHaveCount(1);
});

test('a course the source names in English is marked lang="en" wherever its title is shown', async ({ page }) => {
  const href = '/cours/advanced-data-mining/';
  await page.goto(href);
  await expect(page.locator('h1 > span[lang="en"]')).toHaveText('Advanced Data Mining');
  // The copy button's French label stays outside the English span.
  await expect(page.locator('h1 [lang="en"] button')).toHaveCount(0);
  await expect(page.locator('.breadcrumbs [aria-current="page"]')).toHaveAttribute('lang', 'en');
  await expect(page.locator(`.section-nav a[href="${href}"]`)).toHaveAttribute('lang', 'en');
  for (const path of ['/programmes/m2-im/', '/cours/']) {
    await page.goto(path);
    await expect(page.locator(`main a[href="${href}"]`).first(), path).toHaveAttribute('lang', 'en');
  }
  // A French title carries no lang: it is the page's.
  await page.goto('/cours/statistique-mathematique/');
  await expect(page.locator('h1 [lang]')).toHaveCount(0);
});

test('course page without a description says so', async ({ page }) => {
  await page.goto('/cours/computational-optimal-transport/');
  await expect(page.locator('main')).toContainText('Pas de description de ce cours dans la source.');
});

test('glossary term page: French-first title, seed term kept, definition, formula rendered by KaTeX', async ({
  page,
}) => {
  await page.goto('/glossaire/precision/');
  // The French name leads, the seed's English term beside it, each marked with its language.
  await expect(page.locator('h1')).toHaveText('Précision (Precision)');
  await expect(page.locator('h1 [lang="fr"]')).toHaveText('Précision');
  await expect(page.locator('h1 .title-aside [lang="en"]')).toHaveText('Precision');
  await expect(page).toHaveTitle(/^Précision \(Precision\)/);
  // The seed's term stands in the facts; the French names are marked as the site's.
  await expect(page.locator('.facts div').filter({ hasText: 'Terme de la source' }).locator('dd')).toHaveText(
    'Precision',
  );
  await expect(page.locator('.facts dt').filter({ hasText: 'En français' }).locator('[data-ours]')).toHaveCount(1);
  await expect(page.locator('main .katex').first()).toBeVisible();
  await expect(page.locator('main math').first()).toBeAttached();
});

test('glossary index: A–Z bar and all 46 terms', async ({ page }) => {
  await page.goto('/glossaire/');
  await expect(page.locator('.term-list dt')).toHaveCount(46);
  // The sticky letter bar on a phone, the section sidebar on a wide screen: whichever is shown.
  // Letters follow the French-first titles: Overfitting is under S, as « Surapprentissage ».
  await page.locator('a[href="#lettre-s"]:visible').first().click();
  await expect(page).toHaveURL(/#lettre-s$/);
  await expect(page.locator('section:has(#lettre-s) #overfitting')).toContainText('Surapprentissage (Overfitting)');
  // A term said in English keeps it, its French gloss beside.
  await expect(page.locator('#dropout')).toContainText('Dropout (extinction aléatoire de neurones)');
});

test('cheat sheet: ten sections, numbered formulas with anchors', async ({ page }) => {
  await page.goto('/formules/');
  await expect(page.locator('main section h2')).toHaveCount(10);
  await expect(page.locator('#q-learning .eq-number')).toHaveText('(10.1)');
  await expect(page.locator('#ridge .katex-display')).toHaveCount(1);
  await expect(page.locator('.katex-error')).toHaveCount(0);
});

test('FAQ: five categories, each question an anchored heading', async ({ page }) => {
  await page.goto('/faq/');
  await expect(page.locator('main section h2')).toHaveCount(5);
  await expect(page.locator('#loss-nan')).toHaveText('Mon loss est NaN ?');
  await expect(page.locator('main h3')).toHaveCount(13);
});

test('resources, tools and careers pages show their tables and lists', async ({ page }) => {
  await page.goto('/ressources/');
  await expect(page.locator('main')).toContainText('scikit-learn');
  await expect(page.locator('main')).toContainText('Sutton & Barto');
  await page.goto('/outils/');
  await expect(page.locator('table').first().locator('tbody tr')).toHaveCount(5);
  await expect(page.locator('pre.astro-code').first()).toContainText('train_test_split');
  await page.goto('/carrieres/');
  await expect(page.locator('.timeline > li')).toHaveCount(3);
  await expect(page.locator('main')).toContainText('45k-70k');
});

test('code blocks of the workflows have a working copy button', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto(`${baseURL}/outils/`);
  const block = page.locator('.code-block').filter({ hasText: 'train_test_split' }).first();
  await block.locator('button.code-copy').click();
  await expect(block.locator('button.code-copy')).toHaveText('Copié');
  await expect
    .poll(() => page.evaluate(() => navigator.clipboard.readText()))
    .toContain('from sklearn.model_selection import train_test_split');
  await context.close();
});
