/**
 * /reviser/: the cards are the content word for word (checked on the built files
 * against the glossary, cheat-sheet and FAQ pages), FSRS scheduling with a fake
 * clock across days, progress kept across reloads, export then import on a fresh
 * profile, reset with confirmation, the multiple choice, the keyboard, axe on the
 * session views, the home page's count and the cheat sheet's "masquer les formules".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse, type HTMLElement as Node } from 'node-html-parser';
import type { RevisionCard } from '../../src/lib/exporters/revision';
import { axe } from '../support/axe';

const dist = process.env.ATLAS_OUT_DIR ?? 'dist';
const built = (path: string) => parse(readFileSync(join(dist, path, 'index.html'), 'utf8'));
/** Visible text: preview cards and copy buttons dropped, spaces collapsed. */
const text = (node: Node | null | undefined) => {
  if (!node) return '';
  const copy = parse(node.toString());
  for (const el of copy.querySelectorAll('.ref-card, .copy-link, .visually-hidden')) el.remove();
  // The pages set quotes typographically (’ “ ”), the cards keep the content's (' "): the same words.
  return copy.textContent.replace(/’/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
};

test.describe('the cards are the content', () => {
  const page = built('reviser');
  const { cards } = JSON.parse(page.querySelector('revision-app')!.getAttribute('data-cards')!) as {
    cards: RevisionCard[];
  };
  const frag = (id: string) => {
    const t = page.querySelector(`template[data-frag="${id}"]`);
    expect(t, id).not.toBeNull();
    return text(t);
  };
  const formulas = built('formules');
  const faq = built('faq');

  test('every answer equals the glossary, formula or FAQ text it came from', () => {
    expect(cards.length).toBeGreaterThan(250);
    const kinds = new Set<string>();
    for (const card of cards) {
      kinds.add(card.kind);
      const [, id] = card.id.split('/');
      const answer = card.back.map(frag).join(' ');
      let expected: string;
      switch (card.kind) {
        case 'definition':
          expected = text(built(`glossaire/${id}`).querySelector('.definition .lead'));
          break;
        case 'terme':
          expected = text(built(`glossaire/${id}`).querySelector('main h1'));
          break;
        case 'francais': {
          // The seed's English term, as the term page's facts give it.
          const facts = built(`glossaire/${id}`).querySelectorAll('.facts div');
          expected = text(
            facts.find((div) => text(div.querySelector('dt')) === 'Terme de la source')?.querySelector('dd'),
          );
          break;
        }
        case 'formule': {
          const article = formulas.querySelector(`article#${id}`)!;
          expected = article.querySelectorAll('.formula-label, .formula-math, .formula-note').map(text).join('');
          break;
        }
        case 'nom':
          expected = text(formulas.querySelector(`#${id}-title span:nth-child(2)`));
          break;
        case 'symbole': {
          const article = formulas.querySelector(`article#${id}`)!;
          const symbol = card.front.map(frag).at(-1);
          const dt = article.querySelectorAll('.symbols dt').find((d) => text(d) === symbol);
          expect(dt, `${card.id}: symbol ${symbol} on the cheat sheet`).toBeDefined();
          expected = text(dt!.nextElementSibling);
          break;
        }
        default: {
          const article = faq.querySelector(`h3#${id}`)!.parentNode!;
          const copy = parse(article.toString());
          for (const el of copy.querySelectorAll('h3, .tree-meta')) el.remove();
          expected = text(copy);
          expect(card.front.map(frag).join(' ')).toBe(text(faq.querySelector(`h3#${id}`)));
        }
      }
      expect(expected, card.id).not.toBe('');
      expect(answer, card.id).toBe(expected);
      expect(card.choices.length, card.id).toBe(4);
    }
    expect([...kinds].sort()).toEqual(['definition', 'faq', 'formule', 'francais', 'nom', 'symbole', 'terme']);
  });

  test('the formula cards show KaTeX, rendered at build time', () => {
    const math = page.querySelector('template[data-frag="f:ridge:math"]');
    expect(math?.querySelectorAll('.katex').length).toBeGreaterThan(0);
    expect(math?.querySelector('math annotation')?.textContent).toContain('\\lambda');
  });
});

/** A fake clock at 9:00 (none when null: axe needs real timers), then the page, ready. */
async function open(page: Page, time: string | null = '2026-03-02T09:00:00') {
  if (time) await page.clock.install({ time: new Date(time) });
  await page.goto('/reviser/');
  await expect(page.locator('revision-app[data-ready]')).toBeAttached();
}
const ready = (page: Page) => expect(page.locator('revision-app[data-ready]')).toBeAttached();
const row = (page: Page, deck: string) => page.locator(`tr[data-deck="${deck}"]`);
const front = async (page: Page) => (await page.locator('[data-rv-front]').textContent()) ?? '';

async function start(page: Page, deck: string, mode: 'cards' | 'mcq' = 'cards') {
  await page.locator(`button[data-start="${deck}"][data-mode="${mode}"]`).click();
  await expect(page.locator('[data-rv-study]')).toBeVisible();
}

/** Reveals the current card with Space and grades it with a digit; returns its question. */
async function gradeWith(page: Page, key: '1' | '2' | '3' | '4') {
  const question = await front(page);
  await page.keyboard.press('Space');
  await expect(page.locator('[data-rv-back]')).toBeVisible();
  await page.keyboard.press(key);
  await expect(page.locator('[data-rv-front]')).not.toHaveText(question);
  return question;
}

test.describe('revision', () => {
  // Axe on these long pages takes seconds, more on a loaded machine (as in pages.spec.ts).
  test.describe.configure({ timeout: 120_000 });
  test('FSRS with a fake clock: "À revoir" comes back before "Bien", "Facile" later still; progress survives reloads', async ({
    page,
  }) => {
    await open(page);
    await start(page, 'faq');
    const again = await gradeWith(page, '1');
    const good = await gradeWith(page, '3');
    const easy = await gradeWith(page, '4');
    await page.locator('[data-rv-quit]').click();
    await expect(row(page, 'today').locator('[data-due]')).toHaveText('2');
    await expect(page.locator('[data-stat="learned"]')).toHaveText('1');
    await expect(page.locator('[data-stat="learning"]')).toHaveText('2');

    // Two minutes later, after a reload: the card graded "À revoir" comes first, then "Bien"; not "Facile".
    await page.clock.setSystemTime(new Date('2026-03-02T09:02:00'));
    await page.reload();
    await ready(page);
    await start(page, 'today');
    expect(await front(page)).toBe(again);
    await page.keyboard.press('ArrowRight');
    expect(await front(page)).toBe(good);
    await page.keyboard.press('ArrowRight');
    expect(await front(page)).toBe(again);
    await page.keyboard.press('Escape');

    // The next day: both learning cards are due, the easy one is not.
    await page.clock.setSystemTime(new Date('2026-03-03T08:00:00'));
    await page.reload();
    await ready(page);
    await expect(row(page, 'today').locator('[data-due]')).toHaveText('2');
    await start(page, 'today');
    const seen = [await gradeWith(page, '3'), await gradeWith(page, '3')];
    expect(seen.sort()).toEqual([again, good].sort());
    // "Bien" moves the card once failed to its next learning step (10 minutes): it comes back in the session.
    expect(await front(page)).toBe(again);
    await page.keyboard.press('Space');
    await page.keyboard.press('3');
    await expect(page.locator('[data-rv-prompt]')).toContainText('Séance terminée');
    await page.keyboard.press('Escape');
    await expect(row(page, 'today').locator('[data-due]')).toHaveText('0');

    // A month later, every card is due, the easy one included.
    await page.clock.setSystemTime(new Date('2026-04-02T09:00:00'));
    await page.reload();
    await ready(page);
    await expect(row(page, 'today').locator('[data-due]')).toHaveText('3');
    await start(page, 'today');
    const dueNow = [await front(page)];
    await page.keyboard.press('ArrowRight');
    dueNow.push(await front(page));
    await page.keyboard.press('ArrowRight');
    dueNow.push(await front(page));
    expect(dueNow.sort()).toEqual([again, good, easy].sort());
  });

  test('the interval of each grade is shown, and grows with the grade', async ({ page }) => {
    await open(page);
    await start(page, 'glossaire');
    await page.keyboard.press('Space');
    const labels = await page.locator('[data-rating] [data-interval]').allInnerTexts();
    expect(labels.slice(0, 3)).toEqual(['1 min', '6 min', '10 min']);
    expect(labels[3]).toMatch(/^\d+ j$/);
    // Space on the revealed card means "Bien", as in Anki.
    await expect(page.locator('[data-rating="3"]')).toBeFocused();
  });

  test('export, then import on a fresh profile, restores the same due dates', async ({ page, browser }) => {
    await open(page);
    await start(page, 'formules');
    await gradeWith(page, '4');
    await gradeWith(page, '1');
    await gradeWith(page, '3');
    await page.keyboard.press('Escape');
    const download = page.waitForEvent('download');
    await page.locator('[data-rv-export]').click();
    const file = await (await download).path();
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(Object.keys(exported.cards)).toHaveLength(3);
    expect(exported.reviews).toHaveLength(3);

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await open(other);
    await expect(other.locator('[data-stat="new"]')).toHaveText(
      await page
        .locator('[data-stat="new"]')
        .textContent()
        .then((n) => String(Number(n) + 3)),
    );
    await other.locator('[data-rv-import]').setInputFiles(file);
    await expect(other.locator('[data-rv-data-status]')).toHaveText('Progression importée : 3 cartes mises à jour.');
    for (const stat of ['learned', 'learning', 'new', 'due'])
      await expect(other.locator(`[data-stat="${stat}"]`), stat).toHaveText(
        (await page.locator(`[data-stat="${stat}"]`).textContent()) ?? '',
      );
    // Kept after a reload, and exported again: the very same due dates.
    await other.reload();
    await ready(other);
    const again = other.waitForEvent('download');
    await other.locator('[data-rv-export]').click();
    const reexported = JSON.parse(readFileSync(await (await again).path(), 'utf8'));
    expect(reexported.cards).toEqual(exported.cards);
    // Anything else is refused, and says so.
    await other
      .locator('[data-rv-import]')
      .setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"a":1}') });
    await expect(other.locator('[data-rv-data-status]')).toContainText('rien n’a été importé');
    await fresh.close();
  });

  test('reset asks first, and can be cancelled', async ({ page }) => {
    await open(page);
    await start(page, 'faq');
    await gradeWith(page, '3');
    await page.keyboard.press('Escape');
    await expect(page.locator('[data-stat="learning"]')).toHaveText('1');
    const dialog = page.getByRole('dialog', { name: 'Effacer votre progression ?' });
    await page.locator('[data-rv-reset]').click();
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Annuler' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.locator('[data-stat="learning"]')).toHaveText('1');
    await page.locator('[data-rv-reset]').click();
    await dialog.getByRole('button', { name: 'Effacer' }).click();
    await expect(page.locator('[data-stat="learning"]')).toHaveText('0');
    await page.reload();
    await ready(page);
    await expect(page.locator('[data-stat="learning"]')).toHaveText('0');
  });

  test('multiple choice: four answers, feedback in words, a wrong answer counts as "À revoir"', async ({ page }) => {
    await open(page);
    await start(page, 'glossaire/donnees', 'mcq');
    const choices = page.locator('.rv-choice');
    await expect(choices).toHaveCount(4);
    await expect(page.locator('#rv-study-title')).toBeFocused();
    await choices.first().focus();
    // Up and down walk through the choices; a digit answers.
    await page.keyboard.press('ArrowDown');
    await expect(choices.nth(1)).toBeFocused();
    await page.keyboard.press('1');
    const marked = page.locator('.rv-choice[data-result]');
    await expect(marked.first()).toBeVisible();
    const wrong = (await page.locator('.rv-choice[data-result="wrong"]').count()) === 1;
    await expect(page.locator('[data-rv-live]')).toHaveText(wrong ? /^Mauvaise réponse/ : /^Bonne réponse/);
    await expect(page.locator('.rv-choice[data-result="right"] .rv-mark')).toHaveText('✓ Bonne réponse');
    await expect(page.locator('[data-rv-next]')).toBeFocused();
    // Recorded at once: a reload keeps it.
    await page.reload();
    await ready(page);
    await expect(page.locator('[data-stat="learning"]')).toHaveText('1');
    await expect(row(page, 'today').locator('[data-due]')).toHaveText('1');
  });

  test('axe finds nothing on a card, its answer and a multiple choice, in both themes; focus follows', async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    await open(page, null);
    await start(page, 'formules/regression');
    await expect(page.locator('#rv-study-title')).toBeFocused();
    expect(await axe(page)).toEqual([]);
    await page.locator('[data-rv-reveal]').click();
    await expect(page.locator('[data-rv-live]')).toContainText('Réponse :');
    expect(await axe(page)).toEqual([]);
    await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
    expect(await axe(page, true)).toEqual([]);
    await page.locator('[data-rating="3"]').click();
    await expect(page.locator('[data-rv-reveal]')).toBeFocused();
    await page.locator('[data-rv-quit]').click();
    await expect(page.locator('#paquets')).toBeFocused();
    await start(page, 'faq', 'mcq');
    await page.keyboard.press('2');
    await expect(page.locator('.rv-choice[data-result="right"]')).toBeVisible();
    expect(await axe(page, true)).toEqual([]);
    await page.evaluate(() => (document.documentElement.dataset.theme = 'light'));
    expect(await axe(page)).toEqual([]);
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    test('swipes and taps on a phone', async ({ page }) => {
      await open(page);
      await start(page, 'glossaire');
      const first = await front(page);
      // A tap on the card turns it over.
      await page.locator('[data-rv-card]').tap();
      await expect(page.locator('[data-rv-back]')).toBeVisible();
      // A swipe to the left goes on, as → does.
      const box = (await page.locator('[data-rv-card]').boundingBox())!;
      const y = box.y + box.height / 2;
      await page
        .locator('[data-rv-card]')
        .dispatchEvent('pointerdown', { clientX: box.x + box.width - 20, clientY: y });
      await page.locator('[data-rv-card]').dispatchEvent('pointerup', { clientX: box.x + 20, clientY: y });
      await expect(page.locator('[data-rv-front]')).not.toHaveText(first);
      // The grade buttons are large enough for a thumb.
      await page.locator('[data-rv-card]').tap();
      const grade = (await page.locator('[data-rating="1"]').boundingBox())!;
      expect(grade.height).toBeGreaterThanOrEqual(44);
    });

    test('on a phone each deck is a row of a list: name and buttons side by side, named counts on one line below', async ({
      page,
    }) => {
      await open(page);
      const rows = page.locator('.rv-decks tbody tr');
      expect(await rows.count()).toBeGreaterThan(5);
      for (const row of await rows.all()) {
        const name = (await row.locator('th').boundingBox())!;
        const cards = (await row.locator('[data-mode="cards"]').boundingBox())!;
        const mcq = (await row.locator('[data-mode="mcq"]').boundingBox())!;
        const due = row.locator('[data-due]');
        const dueBox = (await due.boundingBox())!;
        // The two buttons on one line, beside the name, both large enough for a thumb.
        expect(Math.abs(cards.y - mcq.y)).toBeLessThan(2);
        expect(cards.x).toBeGreaterThan(name.x + 100);
        expect(cards.height).toBeGreaterThanOrEqual(44);
        // The counts below, each named and on one line.
        expect(dueBox.y).toBeGreaterThanOrEqual(cards.y + cards.height - 1);
        expect(dueBox.height).toBeLessThan(30);
        expect(await due.evaluate((el) => getComputedStyle(el, '::before').content)).toContain('À revoir');
      }
      // Nothing scrolls sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    });

    test('on a phone a session takes the screen: the lead gives way, the card and its four grades fit', async ({
      page,
    }) => {
      await open(page);
      const lead = page.locator('main > .lead');
      await expect(lead).toBeVisible();
      await start(page, 'glossaire');
      await expect(lead).toBeHidden();
      await page.keyboard.press('Space');
      await expect(page.locator('[data-rv-back]')).toBeVisible();
      for (const grade of await page.locator('.rv-grade').all()) await expect(grade).toBeInViewport({ ratio: 1 });
      await page.locator('[data-rv-quit]').click();
      await expect(lead).toBeVisible();
    });

    test("a tap on a deck's row, not only on its button, studies its cards, as in Anki", async ({ page }) => {
      await open(page);
      await row(page, 'glossaire').locator('th').tap();
      await expect(page.locator('[data-rv-study]')).toBeVisible();
      await expect(page.locator('[data-rv-title]')).toHaveText('Glossaire · cartes');
      await page.locator('[data-rv-quit]').click();
      // On the counts' line too; the QCM button still starts the multiple choice.
      await row(page, 'faq').locator('[data-new]').tap();
      await expect(page.locator('[data-rv-title]')).toHaveText(/· cartes$/);
      await page.locator('[data-rv-quit]').click();
      await row(page, 'faq').locator('[data-mode="mcq"]').tap();
      await expect(page.locator('[data-rv-title]')).toHaveText(/· QCM$/);
    });
  });

  test('as in Anki: new cards in blue, cards due in green, zeros quiet; decks and progress side by side on a desktop', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await open(page);
    /** The colour a token resolves to, as getComputedStyle writes it. */
    const token = (name: string) =>
      page.evaluate((n) => {
        const probe = document.body.appendChild(document.createElement('span'));
        probe.style.color = `var(${n})`;
        const color = getComputedStyle(probe).color;
        probe.remove();
        return color;
      }, name);
    const color = (cell: ReturnType<Page['locator']>) => cell.evaluate((el) => getComputedStyle(el).color);
    const glossary = row(page, 'glossaire');
    await expect(glossary.locator('[data-new]')).not.toHaveAttribute('data-zero');
    expect(await color(glossary.locator('[data-new]'))).toBe(await token('--accent'));
    await expect(glossary.locator('[data-due]')).toHaveAttribute('data-zero', '');
    expect(await color(glossary.locator('[data-due]'))).toBe(await token('--text-muted'));
    // One card failed: it is due, counted in green; the FAQ's new count goes down by one.
    const before = Number(await row(page, 'faq').locator('[data-new]').textContent());
    await start(page, 'faq');
    await gradeWith(page, '1');
    await page.locator('[data-rv-quit]').click();
    const due = row(page, 'today').locator('[data-due]');
    await expect(due).toHaveText('1');
    await expect(due).not.toHaveAttribute('data-zero');
    expect(await color(due)).toBe(await token('--good'));
    await expect(row(page, 'faq').locator('[data-new]')).toHaveText(String(before - 1));

    // The progress beside the decks, their headings on one line.
    const decks = (await page.locator('#paquets').boundingBox())!;
    const progress = (await page.locator('#progression').boundingBox())!;
    const table = (await page.locator('.rv-decks').boundingBox())!;
    expect(progress.x).toBeGreaterThanOrEqual(table.x + table.width);
    expect(Math.abs(progress.y - decks.y)).toBeLessThan(4);
    // Narrower, one column: the progress under the decks.
    await page.setViewportSize({ width: 900, height: 900 });
    expect((await page.locator('#progression').boundingBox())!.y).toBeGreaterThan(
      (await page.locator('.rv-decks').boundingBox())!.y + 300,
    );
  });

  test('the home page shows the cards due, loaded after the page', async ({ page }) => {
    await open(page);
    await page.goto('/');
    await expect(page.locator('due-count[data-ready]')).toBeAttached();
    await expect(page.locator('due-count a')).toBeHidden();
    await page.goto('/reviser/');
    await ready(page);
    await start(page, 'faq');
    await gradeWith(page, '1');
    await gradeWith(page, '1');
    await page.goto('/');
    await expect(page.locator('due-count a')).toHaveText('2 cartes à revoir');
    await expect(page.locator('due-count a')).toHaveAttribute('href', '/reviser/');
  });

  test('without IndexedDB: localStorage, or memory with a visible notice', async ({ page }) => {
    await page.goto('/reviser/?stockage=memoire');
    await ready(page);
    await expect(page.locator('[data-rv-notice]')).toContainText('elle sera perdue en quittant la page');
    await page.goto('/reviser/?stockage=local');
    await ready(page);
    await expect(page.locator('[data-rv-notice]')).toContainText('localStorage');
    await start(page, 'faq');
    await gradeWith(page, '3');
    await page.reload();
    await ready(page);
    await expect(page.locator('[data-stat="learning"]')).toHaveText('1');
  });
});

test.describe('cheat sheet: masquer les formules', () => {
  test.describe.configure({ timeout: 120_000 });
  test('hides every formula, reveals one at a time with Enter or a click', async ({ page }) => {
    await page.goto('/formules/');
    const toggle = page.getByRole('button', { name: 'Masquer les formules' });
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('[data-recall-live]')).toHaveText(/^20 formules masquées/);
    const ridge = page.locator('article#ridge');
    await expect(ridge.locator('.formula-math').first()).toBeHidden();
    await expect(page.locator('main .formula-math:visible')).toHaveCount(0);
    const reveal = ridge.getByRole('button', { name: /^Afficher la formule \(\d+\.\d+\)$/ });
    await reveal.focus();
    await page.keyboard.press('Enter');
    await expect(ridge.locator('.formula-math').first()).toBeVisible();
    await expect(ridge.locator('.recall-reveal')).toHaveAttribute('aria-expanded', 'true');
    // Only that one.
    await expect(page.locator('article#lasso .formula-math').first()).toBeHidden();
    await page.locator('article#lasso .recall-reveal').click();
    await expect(page.locator('article#lasso .formula-math').first()).toBeVisible();
    expect(await axe(page)).toEqual([]);
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await expect(page.locator('main .recall-reveal:visible')).toHaveCount(0);
    await expect(page.locator('article#softmax .formula-math').first()).toBeVisible();
  });
});
