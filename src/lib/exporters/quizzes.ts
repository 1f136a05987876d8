/**
 * The three quizzes of the teachers' exports, from plain data (no Astro):
 * glossary (term → definition), formulas (which formula is this?) and FAQ
 * (question → answer). Each is multiple choice with three distractors, taken
 * from the same category or section first; the choice is deterministic. The
 * FAQ's answers vary most in length: its distractors are the closest in length
 * within the category, then among the others.
 * With fewer than two items there is nothing to choose from: no question.
 */
import { pickDistractors, shuffleChoices, type GiftQuestion } from './gift.ts';
import { escapeHtml as esc } from '../escape.ts';
import { visibleLength } from '../markdown/inline-html.ts';

export interface QuizTerm {
  id: string;
  /** The seed's term ("Overfitting"). */
  term: string;
  /** The title the site gives it, French first (src/lib/titles.ts): "Surapprentissage (Overfitting)". */
  title: string;
  category: string;
  /** The definition as HTML for Moodle (markdownToMoodleInline). */
  definitionHtml: string;
  href: string;
}

export interface QuizFormula {
  id: string;
  /** "(3.2) Ridge" without the number: the name the student must recognise, as the site titles it (src/lib/titles.ts). */
  name: string;
  section: string;
  /** Every display line of the formula, TeX as in the content. */
  display: { label?: string; tex: string }[];
  href: string;
}

export interface QuizFaq {
  id: string;
  question: string;
  category: string;
  answerHtml: string;
  href: string;
}

const more = (href: string, what: string) => `<p><a href="${esc(href)}">${what} sur Atlas ML</a></p>`;

/**
 * How far a candidate's length is from the answer's, as a ratio (0 = same length).
 * A right answer twice as long as the others is spotted without reading it.
 */
export function lengthGap(answer: string, candidate: string): number {
  const a = visibleLength(answer);
  const b = visibleLength(candidate);
  return Math.abs(a - b) / Math.max(a, b, 1);
}

/**
 * The choices of a question about `answer`: the answer and three distractors from
 * `pool` (same group first), in a stable order. Items, not texts, so that the
 * revision cards (src/lib/exporters/revision.ts) reuse the very same picks.
 */
export function pickChoices<T>(
  key: string,
  answer: T,
  pool: T[],
  group: (x: T) => string,
  text: (x: T) => string,
  bySimilarLength = false,
): { item: T; correct: boolean }[] {
  const same = pool.filter((x) => x !== answer && group(x) === group(answer));
  const others = pool.filter((x) => x !== answer && group(x) !== group(answer));
  // Ranked by length gap rounded to tenths, so that near-equal lengths still vary with the hash.
  const rank = bySimilarLength ? (x: T) => Math.round(lengthGap(text(answer), text(x)) * 10) : undefined;
  const wrong = pickDistractors(key, text(answer), same, others, text, 3, rank);
  const byText = new Map([answer, ...wrong].map((x) => [text(x), x]));
  return shuffleChoices(key, [
    { text: text(answer), correct: true },
    ...wrong.map((w) => ({ text: text(w), correct: false })),
  ]).map((c) => ({ item: byText.get(c.text)!, correct: c.correct }));
}

function choices<T>(
  key: string,
  answer: T,
  pool: T[],
  group: (x: T) => string,
  text: (x: T) => string,
  bySimilarLength = false,
): GiftQuestion['choices'] {
  return pickChoices(key, answer, pool, group, text, bySimilarLength).map((c) => ({
    text: text(c.item),
    correct: c.correct,
  }));
}

export function glossaryQuiz(terms: QuizTerm[]): GiftQuestion[] {
  if (terms.length < 2) return [];
  return terms.map((t) => ({
    name: `Glossaire : ${t.title}`,
    text: `<p>Quelle est la définition de « ${esc(t.title)} » ?</p>`,
    choices: choices(
      t.id,
      t,
      terms,
      (x) => x.category,
      (x) => x.definitionHtml,
    ),
    generalFeedback: more(t.href, 'La fiche'),
  }));
}

/** The TeX of a formula as MathJax display math, one block per line, labels kept. */
export function formulaDisplayHtml(f: QuizFormula): string {
  return f.display.map((d) => `<p>${d.label ? `${esc(d.label)} : ` : ''}\\[${esc(d.tex)}\\]</p>`).join('');
}

export function formulaQuiz(formulas: QuizFormula[]): GiftQuestion[] {
  if (formulas.length < 2) return [];
  return formulas.map((f) => ({
    name: `Formules : ${f.name}`,
    text: `<p>Quelle est cette formule ?</p>${formulaDisplayHtml(f)}`,
    choices: choices(
      f.id,
      f,
      formulas,
      (x) => x.section,
      (x) => esc(x.name),
    ),
    generalFeedback: more(f.href, 'La formule'),
  }));
}

export function faqQuiz(faq: QuizFaq[]): GiftQuestion[] {
  if (faq.length < 2) return [];
  return faq.map((q) => ({
    name: `FAQ : ${q.question}`,
    text: `<p>${esc(q.question)}</p><p>Quelle réponse donne la FAQ ?</p>`,
    choices: choices(
      q.id,
      q,
      faq,
      (x) => x.category,
      (x) => x.answerHtml,
      true,
    ),
    generalFeedback: more(q.href, 'La réponse'),
  }));
}
