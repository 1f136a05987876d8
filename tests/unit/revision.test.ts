/**
 * The revision cards (src/lib/exporters/revision.ts) on a small input: every kind
 * of card, answers that are the content itself, the same multiple choice as the
 * Moodle quiz built from the same input, stable ids, and the FSRS intervals.
 */
import { describe, expect, it } from 'vitest';
import { faqQuiz, formulaQuiz, glossaryQuiz } from '../../src/lib/exporters/quizzes';
import { revisionCards, type RevisionInput } from '../../src/lib/exporters/revision';
import { formulaTitleParts, termTitle, termTitleParts, titleHtml } from '../../src/lib/titles';
import { grade, interval } from '../../src/scripts/revision/schedule';
import { dueCount, endOfToday, type Progress } from '../../src/scripts/revision/store';

// A term with a French name is titled in French first, as on the site.
const titled = (id: string, french: string[]) =>
  ({ term: id.toUpperCase(), french, titleLang: french.length ? 'fr' : 'en' }) as const;
const term = (id: string, category: string, definition: string, french: string[] = []) => ({
  id,
  term: id.toUpperCase(),
  title: termTitle(titled(id, french)),
  titleHtml: titleHtml(termTitleParts(titled(id, french))),
  category,
  definitionHtml: `${definition} (Moodle)`,
  definitionCardHtml: definition,
  french,
  href: `https://u.example/glossaire/${id}/`,
  path: `/glossaire/${id}/`,
});
const formula = (id: string, sectionId: string, symbols: string[] = []) => ({
  id,
  name: `Nom ${id}`,
  nameHtml: titleHtml(formulaTitleParts({ name: `Nom ${id}`, french: [], titleLang: 'en' })),
  section: sectionId.toUpperCase(),
  sectionId,
  number: '1.1',
  display: [{ tex: `${id} = 1` }],
  mathCardHtml: `<div class="formula-math">${id}</div>`,
  symbols: symbols.map((tex) => ({ tex, texHtml: `<b>${tex}</b>`, meaning: `sens de ${tex}` })),
  href: `https://u.example/formules/#${id}`,
  path: `/formules/#${id}`,
});
const question = (id: string, category: string) => ({
  id,
  question: `Question ${id} ?`,
  category,
  answerHtml: `Réponse ${id}`,
  answerCardHtml: `Réponse <em>${id}</em>`,
  href: `https://u.example/faq/#${id}`,
  path: `/faq/#${id}`,
});

const input: RevisionInput = {
  terms: [
    term('a', 'donnees', 'Déf A', ['le a']),
    term('b', 'donnees', 'Déf B'),
    term('c', 'modeles', 'Déf C', ['le c']),
    term('d', 'modeles', 'Déf D'),
    term('e', 'modeles', 'Déf E'),
  ],
  formulas: [
    formula('f1', 'regression', ['x', 'y']),
    formula('f2', 'regression'),
    formula('f3', 'cnn'),
    formula('f4', 'cnn'),
  ],
  faq: [question('q1', 'donnees'), question('q2', 'donnees'), question('q3', 'production')],
  groups: {
    glossary: [
      { id: 'donnees', title: 'Données' },
      { id: 'modeles', title: 'Modèles' },
      { id: 'vide', title: 'Vide' },
    ],
    formulas: [
      { id: 'regression', title: 'Régression' },
      { id: 'cnn', title: 'CNN' },
    ],
    faq: [
      { id: 'donnees', title: 'Données' },
      { id: 'production', title: 'Production' },
    ],
  },
};

describe('revision cards', () => {
  const { cards, decks, fragments } = revisionCards(input);
  const byId = new Map(cards.map((c) => [c.id, c]));
  const text = (id: string) => fragments.get(id);

  it('makes every kind of card, with stable ids', () => {
    expect(cards.map((c) => c.id)).toEqual([
      'glossaire/a/definition',
      'glossaire/a/terme',
      'glossaire/a/francais',
      'glossaire/b/definition',
      'glossaire/b/terme',
      'glossaire/c/definition',
      'glossaire/c/terme',
      'glossaire/c/francais',
      'glossaire/d/definition',
      'glossaire/d/terme',
      'glossaire/e/definition',
      'glossaire/e/terme',
      'formules/f1/formule',
      'formules/f1/nom',
      expect.stringMatching(/^formules\/f1\/symbole\/[0-9a-z]+$/),
      expect.stringMatching(/^formules\/f1\/symbole\/[0-9a-z]+$/),
      'formules/f2/formule',
      'formules/f2/nom',
      'formules/f3/formule',
      'formules/f3/nom',
      'formules/f4/formule',
      'formules/f4/nom',
      'faq/q1',
      'faq/q2',
      'faq/q3',
    ]);
    // Same input, same ids and the same symbol keys: the progress stored in browsers stays attached.
    expect(revisionCards(input).cards.map((c) => c.id)).toEqual(cards.map((c) => c.id));
  });

  it('answers with the content itself, both ways', () => {
    const a = byId.get('glossaire/a/definition')!;
    // Titled French first, the seed's term beside it, each in its language.
    expect(a.front.map(text)).toEqual([
      '<span lang="fr">Le a</span><span class="title-aside"> (<span lang="en">A</span>)</span>',
    ]);
    expect(byId.get('glossaire/b/definition')!.front.map(text)).toEqual(['<span lang="en">B</span>']);
    expect(a.back.map(text)).toEqual(['Déf A']);
    expect(byId.get('glossaire/a/terme')!.front.map(text)).toEqual(['Déf A']);
    expect(byId.get('glossaire/a/terme')!.back.map(text)).toEqual(a.front.map(text));
    expect(byId.get('glossaire/a/francais')!.front.map(text)).toEqual(['le a']);
    // French to the seed's English term: the answer is the English term alone.
    expect(byId.get('glossaire/a/francais')!.back.map(text)).toEqual(['<span lang="en">A</span>']);
    expect(byId.get('glossaire/a/francais')!.site).toBe(true);
    expect(byId.get('formules/f1/formule')!.back.map(text)).toEqual(['<div class="formula-math">f1</div>']);
    expect(byId.get('formules/f1/nom')!.back.map(text)).toEqual(['Nom f1']);
    const symbol = cards.find((c) => c.kind === 'symbole' && c.front.map(text).includes('<b>y</b>'))!;
    expect(symbol.back.map(text)).toEqual(['sens de y']);
    expect(symbol.site).toBe(true);
    expect(byId.get('faq/q1')!.front.map(text)).toEqual(['Question q1 ?']);
    expect(byId.get('faq/q1')!.back.map(text)).toEqual(['Réponse <em>q1</em>']);
    for (const c of cards) {
      expect(c.choices[c.answer], c.id).toBe(c.back[0]);
      for (const f of [...c.front, ...c.back, ...c.choices]) expect(fragments.has(f), `${c.id}: ${f}`).toBe(true);
    }
  });

  it('offers the very choices of the Moodle quiz built from the same input', () => {
    const moodleText = new Map<string, string>([
      ...input.terms.map((t) => [`t:${t.id}:def`, t.definitionHtml] as const),
      ...input.formulas.map((f) => [`f:${f.id}:name`, f.name] as const),
      ...input.faq.map((q) => [`q:${q.id}:a`, q.answerHtml] as const),
    ]);
    const same = (kind: string, quiz: ReturnType<typeof glossaryQuiz>) => {
      const mine = cards.filter((c) => c.kind === kind);
      expect(mine).toHaveLength(quiz.length);
      mine.forEach((c, i) => {
        expect(c.choices.map((f) => moodleText.get(f))).toEqual(quiz[i]!.choices.map((x) => x.text));
        expect(c.answer).toBe(quiz[i]!.choices.findIndex((x) => x.correct));
      });
    };
    same('definition', glossaryQuiz(input.terms));
    same('nom', formulaQuiz(input.formulas));
    same('faq', faqQuiz(input.faq));
    // Wrong answers from the same group first: four choices from Modèles for a term of Modèles.
    expect(
      byId.get('glossaire/c/terme')!.choices.every((f) => ['c', 'd', 'e', 'a', 'b'].includes(f.split(':')[1]!)),
    ).toBe(true);
    expect(
      byId
        .get('glossaire/c/terme')!
        .choices.slice(0)
        .filter((f) => /^t:[cde]:/.test(f)),
    ).toHaveLength(3);
  });

  it('groups the cards in decks, leaving out empty ones', () => {
    expect(decks.map((d) => [d.id, d.children?.map((c) => c.id)])).toEqual([
      ['glossaire', ['glossaire/donnees', 'glossaire/modeles']],
      ['formules', ['formules/regression', 'formules/cnn']],
      ['faq', ['faq/donnees', 'faq/production']],
    ]);
  });

  it('fails naming the formula file when a symbol is listed twice', () => {
    const twice = { ...input, formulas: [formula('f1', 'regression', ['x', 'x']), formula('f2', 'regression')] };
    expect(() => revisionCards(twice)).toThrow('content/formulas/f1.md: symbols: a symbol is listed twice');
  });
});

describe('scheduling (ts-fsrs)', () => {
  const now = new Date('2026-03-02T09:00:00');
  const due = (r: 1 | 2 | 3 | 4, stored = grade('x', undefined, 3, now).card, at = now) =>
    Date.parse(grade('x', stored, r, at).card.due) - at.getTime();

  it('brings "À revoir" back before "Bien", and "Facile" later still', () => {
    const first = [1, 2, 3, 4].map((r) => Date.parse(grade('x', undefined, r as 1, now).card.due) - now.getTime());
    expect(first[0]).toBe(60_000);
    expect(first[0]! < first[2]! && first[2]! < first[3]!).toBe(true);
    expect(first[3]).toBeGreaterThanOrEqual(86_400_000);
    // A card learned (Bien twice, across days), then reviewed: the order holds and the intervals grow.
    const learned = grade('x', grade('x', undefined, 3, now).card, 3, new Date(now.getTime() + 600_000)).card;
    const later = new Date(Date.parse(learned.due));
    expect(due(1, learned, later)).toBeLessThan(due(3, learned, later));
    expect(due(3, learned, later)).toBeLessThan(due(4, learned, later));
    expect(due(3, learned, later)).toBeGreaterThan(Date.parse(learned.due) - now.getTime() - 600_000);
  });

  it('logs the state before the review', () => {
    expect(grade('x', undefined, 3, now).review).toEqual({ card: 'x', rating: 3, state: 0, review: now.toISOString() });
  });

  it('writes intervals as Anki does', () => {
    expect([60_000, 600_000, 3 * 3_600_000, 4 * 86_400_000, 61 * 86_400_000, 548 * 86_400_000].map(interval)).toEqual([
      '1 min',
      '10 min',
      '3 h',
      '4 j',
      '2 mois',
      '1,5 an',
    ]);
  });

  it('counts the cards due by the end of the local day, among the known ones', () => {
    const at = (iso: string) => ({ ...grade('x', undefined, 3, now).card, due: new Date(iso).toISOString() });
    const progress: Progress = {
      cards: {
        a: at('2026-03-02T08:00:00'),
        b: at('2026-03-02T23:59:00'),
        c: at('2026-03-03T00:00:00'),
        gone: at('2026-03-01T00:00:00'),
      },
      reviews: [],
    };
    expect(endOfToday(now.getTime())).toBe(new Date('2026-03-03T00:00:00').getTime());
    expect(dueCount(progress, now.getTime())).toBe(3);
    expect(dueCount(progress, now.getTime(), ['a', 'b', 'c'])).toBe(2);
  });
});
