/**
 * GIFT, the text format of Moodle's question bank. Text is escaped exactly as
 * Moodle's own exporter does (question/format/gift/format.php, repchar()):
 * every backslash doubled first, then ~ = # { } : escaped, newlines written \n
 * and carriage returns dropped, so that TeX such as \nu or \frac{a}{b} survives
 * the import unchanged. Question and answer texts are HTML, and like Moodle's
 * exporter (write_questiontext()) every text carries its format prefix: the
 * question, each choice and the feedback start with [html]. Without it, Moodle's
 * importer reads a choice that begins with %50% as a 50 % weight, and one that
 * begins with [markdown], [moodle] or [plain] as that format (prefix dropped).
 */
export function escapeGift(text: string): string {
  const escaped: Record<string, string> = {
    '\\': '\\\\',
    '#': '\\#',
    '=': '\\=',
    '~': '\\~',
    '{': '\\{',
    '}': '\\}',
    ':': '\\:',
    '\n': '\\n',
    '\r': '',
  };
  return text.replace(/[\\#=~{}:\n\r]/g, (c) => escaped[c]);
}

/** HTML text as Moodle writes it: the [html] prefix, then the escaped text. */
export function giftHtml(html: string): string {
  return `[html]${escapeGift(html)}`;
}

export interface GiftChoice {
  /** HTML. */
  text: string;
  correct: boolean;
}

export interface GiftQuestion {
  /** The question's name in the bank (plain text). */
  name: string;
  /** HTML. */
  text: string;
  /** One correct choice and at least one wrong one. */
  choices: GiftChoice[];
  /** HTML shown after the answer, e.g. a link to the page. */
  generalFeedback?: string;
}

/** A multiple-choice question in GIFT, one line per choice as Moodle writes them. */
export function giftQuestion(q: GiftQuestion): string {
  const right = q.choices.filter((c) => c.correct).length;
  if (right !== 1 || q.choices.length < 2)
    throw new Error(
      `GIFT question "${q.name}": needs exactly one correct choice and at least two choices (has ${right} of ${q.choices.length})`,
    );
  const lines = [`::${escapeGift(q.name)}::${giftHtml(q.text)}{`];
  for (const c of q.choices) lines.push(`\t${c.correct ? '=' : '~'}${giftHtml(c.text)}`);
  if (q.generalFeedback) lines.push(`\t####${giftHtml(q.generalFeedback)}`);
  lines.push('}');
  return lines.join('\n');
}

/** A GIFT file: a comment, the question-bank category, then the questions. */
export function giftFile(category: string, questions: GiftQuestion[], comment: string): string {
  const head = comment.split('\n').map((l) => `// ${l}`);
  return [
    ...head,
    '',
    `$CATEGORY: $course$/top/${category.replace(/\n/g, ' ')}`,
    '',
    ...questions.map((q) => `${giftQuestion(q)}\n`),
  ].join('\n');
}

/** A small stable hash, so that distractors are chosen the same way at every build. */
export function stableHash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/**
 * Picks `count` distractors for `key`: first from the same group, then from the
 * others, each list in a stable pseudo-random order (or by `rank`, lowest first,
 * the hash breaking ties); never a duplicate of the answer or of each other
 * (compared by `text`).
 */
export function pickDistractors<T>(
  key: string,
  answerText: string,
  sameGroup: T[],
  others: T[],
  text: (item: T) => string,
  count = 3,
  rank: (item: T) => number = () => 0,
): T[] {
  const order = (list: T[]) =>
    [...list].sort(
      (a, b) =>
        rank(a) - rank(b) ||
        stableHash(`${key}|${text(a)}`) - stableHash(`${key}|${text(b)}`) ||
        text(a).localeCompare(text(b)),
    );
  const seen = new Set([answerText]);
  const picked: T[] = [];
  for (const item of [...order(sameGroup), ...order(others)]) {
    if (picked.length === count) break;
    if (seen.has(text(item))) continue;
    seen.add(text(item));
    picked.push(item);
  }
  return picked;
}

/** Puts the right answer among the distractors at a stable position. */
export function shuffleChoices(key: string, choices: GiftChoice[]): GiftChoice[] {
  return [...choices].sort((a, b) => stableHash(`${key}#${a.text}`) - stableHash(`${key}#${b.text}`));
}
