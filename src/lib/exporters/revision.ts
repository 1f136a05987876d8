/**
 * The revision cards of /reviser/, from the same inputs as the Moodle quizzes
 * (quizzes.ts) and with the same choice of distractors (pickChoices), so that a
 * card and its Moodle question never disagree. Plain data in, plain data out:
 * the route renders the fragments once each and the cards point to them, so a
 * formula shown by six cards is in the page once.
 *
 * Card ids are the keys of a student's progress in the browser: they must never
 * change for the same content (kind + content id, a symbol by its TeX).
 */
import { stableHash } from './gift.ts';
import { formulaDisplayHtml, pickChoices, type QuizFaq, type QuizFormula, type QuizTerm } from './quizzes.ts';
import { escapeHtml as esc } from '../escape.ts';

export interface RevisionTerm extends QuizTerm {
  /** French equivalents (the site's, not the seed's). */
  french: string[];
  /** The title as HTML, each name in its language (src/lib/titles.ts). */
  titleHtml: string;
  /** The definition as the site shows it (KaTeX, links to the site). */
  definitionCardHtml: string;
  /** The term's page, as a site path. */
  path: string;
}

export interface RevisionFormula extends QuizFormula {
  /** The name as HTML, each name in its language (src/lib/titles.ts). */
  nameHtml: string;
  sectionId: string;
  /** "3.2". */
  number: string;
  /** Every display line rendered with KaTeX, labels kept, then the seed's note: as on the cheat sheet. */
  mathCardHtml: string;
  /** Each symbol rendered (inline KaTeX), with the site's explanation of it. */
  symbols: { tex: string; texHtml: string; meaning: string }[];
  path: string;
}

export interface RevisionFaq extends QuizFaq {
  answerCardHtml: string;
  path: string;
}

export interface RevisionInput {
  terms: RevisionTerm[];
  formulas: RevisionFormula[];
  faq: RevisionFaq[];
  /** Deck titles and order: glossary categories, cheat-sheet sections, FAQ categories. */
  groups: Record<'glossary' | 'formulas' | 'faq', readonly { id: string; title: string }[]>;
}

export type CardKind = 'definition' | 'terme' | 'francais' | 'formule' | 'nom' | 'symbole' | 'faq';

export interface RevisionCard {
  /** Stable: the key of the progress stored in the browser. */
  id: string;
  /** A sub-deck ("glossaire/donnees"); its parent is the part before the slash. */
  deck: string;
  kind: CardKind;
  /** The question, in words. */
  prompt: string;
  /** Fragment ids shown before the answer. */
  front: string[];
  /** Fragment ids of the answer: the content, word for word. */
  back: string[];
  /** Multiple choice: fragment ids, in a stable order (one of them is `back`'s first). */
  choices: string[];
  /** Index of the right choice. */
  answer: number;
  /** The page the content comes from. */
  source: string;
  /** The card asks about the site's own explanation (symbols, French names), not the seed's text. */
  site?: boolean;
}

export interface RevisionDeck {
  id: string;
  title: string;
  /** Sub-decks of a part (Glossaire, Formules, FAQ). */
  children?: RevisionDeck[];
}

export interface Revision {
  decks: RevisionDeck[];
  cards: RevisionCard[];
  /** Fragment id → HTML. */
  fragments: Map<string, string>;
}

/** Builds every card, deck and fragment; decks without cards are left out. */
export function revisionCards(input: RevisionInput): Revision {
  const fragments = new Map<string, string>();
  const cards: RevisionCard[] = [];
  const frag = (id: string, html: string) => {
    fragments.set(id, html);
    return id;
  };
  /** The multiple choice of a card: the Moodle quiz's picks when `text` is the quiz's text. */
  const mcq = <T>(
    key: string,
    answer: T,
    pool: T[],
    group: (x: T) => string,
    text: (x: T) => string,
    fragOf: (x: T) => string,
    bySimilarLength = false,
  ) => {
    const picked =
      pool.length < 2
        ? [{ item: answer, correct: true }]
        : pickChoices(key, answer, pool, group, text, bySimilarLength);
    return { choices: picked.map((c) => fragOf(c.item)), answer: picked.findIndex((c) => c.correct) };
  };

  const { terms, formulas, faq } = input;
  for (const t of terms) {
    frag(`t:${t.id}:title`, t.titleHtml);
    frag(`t:${t.id}:term`, `<span lang="en">${esc(t.term)}</span>`);
    frag(`t:${t.id}:def`, t.definitionCardHtml);
    if (t.french.length) frag(`t:${t.id}:fr`, esc(t.french.join(', ')));
  }
  const titleFrag = (x: RevisionTerm) => `t:${x.id}:title`;
  const termFrag = (x: RevisionTerm) => `t:${x.id}:term`;
  const withFrench = terms.filter((t) => t.french.length > 0);
  for (const t of terms) {
    const deck = `glossaire/${t.category}`;
    cards.push({
      id: `glossaire/${t.id}/definition`,
      deck,
      kind: 'definition',
      prompt: 'Quelle est la définition de ce terme ?',
      front: [titleFrag(t)],
      back: [`t:${t.id}:def`],
      // Same key, pool, groups and texts as glossaryQuiz: the same four definitions as in Moodle.
      ...mcq(
        t.id,
        t,
        terms,
        (x) => x.category,
        (x) => x.definitionHtml,
        (x) => `t:${x.id}:def`,
      ),
      source: t.path,
    });
    cards.push({
      id: `glossaire/${t.id}/terme`,
      deck,
      kind: 'terme',
      prompt: 'Quel terme a cette définition ?',
      front: [`t:${t.id}:def`],
      back: [titleFrag(t)],
      ...mcq(
        `${t.id}|terme`,
        t,
        terms,
        (x) => x.category,
        (x) => x.title,
        titleFrag,
      ),
      source: t.path,
    });
    if (t.french.length) {
      cards.push({
        id: `glossaire/${t.id}/francais`,
        deck,
        kind: 'francais',
        prompt: 'Quel est le terme anglais du glossaire ?',
        front: [`t:${t.id}:fr`],
        back: [termFrag(t)],
        ...mcq(
          `${t.id}|francais`,
          t,
          withFrench,
          (x) => x.category,
          (x) => x.term,
          termFrag,
        ),
        source: t.path,
        site: true,
      });
    }
  }

  type Sym = RevisionFormula['symbols'][number] & { formula: RevisionFormula; frag: string };
  const symbols: Sym[] = [];
  for (const f of formulas) {
    frag(`f:${f.id}:name`, f.nameHtml);
    frag(`f:${f.id}:math`, f.mathCardHtml);
    for (const s of f.symbols) {
      const key = stableHash(s.tex).toString(36);
      frag(`f:${f.id}:s:${key}:tex`, s.texHtml);
      symbols.push({ ...s, formula: f, frag: frag(`f:${f.id}:s:${key}:meaning`, esc(s.meaning)) });
    }
  }
  for (const f of formulas) {
    const deck = `formules/${f.sectionId}`;
    cards.push({
      id: `formules/${f.id}/formule`,
      deck,
      kind: 'formule',
      prompt: 'Quelle est cette formule ? Écrivez-la, puis comparez.',
      front: [`f:${f.id}:name`],
      back: [`f:${f.id}:math`],
      ...mcq(
        `${f.id}|formule`,
        f,
        formulas,
        (x) => x.section,
        formulaDisplayHtml,
        (x) => `f:${x.id}:math`,
      ),
      source: f.path,
    });
    cards.push({
      id: `formules/${f.id}/nom`,
      deck,
      kind: 'nom',
      prompt: 'Quel est le nom de cette formule ?',
      front: [`f:${f.id}:math`],
      back: [`f:${f.id}:name`],
      // As formulaQuiz: the names of the same section first.
      ...mcq(
        f.id,
        f,
        formulas,
        (x) => x.section,
        (x) => esc(x.name),
        (x) => `f:${x.id}:name`,
      ),
      source: f.path,
    });
    for (const s of symbols.filter((x) => x.formula === f)) {
      const key = stableHash(s.tex).toString(36);
      cards.push({
        id: `formules/${f.id}/symbole/${key}`,
        deck,
        kind: 'symbole',
        prompt: 'Dans cette formule, que désigne le symbole ci-dessous ?',
        front: [`f:${f.id}:name`, `f:${f.id}:math`, `f:${f.id}:s:${key}:tex`],
        back: [s.frag],
        // The other symbols of the same formula are the most plausible wrong answers.
        ...mcq(
          `${f.id}|${s.tex}`,
          s,
          symbols,
          (x) => x.formula.id,
          (x) => x.meaning,
          (x) => x.frag,
        ),
        source: f.path,
        site: true,
      });
    }
  }

  for (const q of faq) {
    frag(`q:${q.id}:q`, esc(q.question));
    frag(`q:${q.id}:a`, q.answerCardHtml);
  }
  for (const q of faq) {
    cards.push({
      id: `faq/${q.id}`,
      deck: `faq/${q.category}`,
      kind: 'faq',
      prompt: 'Que répond la FAQ ?',
      front: [`q:${q.id}:q`],
      back: [`q:${q.id}:a`],
      // As faqQuiz: the answers closest in length.
      ...mcq(
        q.id,
        q,
        faq,
        (x) => x.category,
        (x) => x.answerHtml,
        (x) => `q:${x.id}:a`,
        true,
      ),
      source: q.path,
    });
  }

  const used = new Set(cards.map((c) => c.deck));
  const part = (id: string, title: string, groups: readonly { id: string; title: string }[]): RevisionDeck => ({
    id,
    title,
    children: groups.filter((g) => used.has(`${id}/${g.id}`)).map((g) => ({ id: `${id}/${g.id}`, title: g.title })),
  });
  const decks = [
    part('glossaire', 'Glossaire', input.groups.glossary),
    part('formules', 'Formules', input.groups.formulas),
    part('faq', 'FAQ', input.groups.faq),
  ].filter((d) => d.children?.length);
  const ids = new Set<string>();
  for (const c of cards) {
    // Only a symbol listed twice in a formula can give two cards the same id.
    if (ids.has(c.id))
      throw new Error(
        `content/formulas/${c.id.split('/')[1]}.md: symbols: a symbol is listed twice (revision card "${c.id}")`,
      );
    ids.add(c.id);
  }
  return { decks, cards, fragments };
}
