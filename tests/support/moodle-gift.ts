/**
 * The multiple-choice path of Moodle's GIFT importer (question/format/gift/format.php,
 * readquestion(), escapedchar_pre/post(), parse_text_with_format(), commentparser(),
 * answerweightparser()), ported line for line, so that a test reads an export as
 * Moodle does: weights (%50%) and format prefixes ([html], [markdown]…) included.
 * Only what the site's exports use: named multiple-choice questions with general feedback.
 */
export interface MoodleText {
  text: string;
  format: 'moodle' | 'html' | 'plain' | 'markdown';
}

export interface MoodleMultichoice {
  name: string;
  questiontext: MoodleText;
  generalfeedback: MoodleText;
  answers: { answer: MoodleText; feedback: MoodleText; fraction: number }[];
}

const formats = ['moodle', 'html', 'plain', 'markdown'] as const;

function escapedcharPre(s: string): string {
  const pairs: [string, string][] = [
    ['\\:', '&&058;'],
    ['\\#', '&&035;'],
    ['\\=', '&&061;'],
    ['\\{', '&&123;'],
    ['\\}', '&&125;'],
    ['\\~', '&&126;'],
    ['\\n', '&&010'],
  ];
  let out = s.split('\\\\').join('&&092;');
  for (const [from, to] of pairs) out = out.split(from).join(to);
  return out.split('&&092;').join('\\');
}

function escapedcharPost(s: string): string {
  const pairs: [string, string][] = [
    ['&&058;', ':'],
    ['&&035;', '#'],
    ['&&061;', '='],
    ['&&123;', '{'],
    ['&&125;', '}'],
    ['&&126;', '~'],
    ['&&010', '\n'],
  ];
  let out = s;
  for (const [from, to] of pairs) out = out.split(from).join(to);
  return out;
}

function parseTextWithFormat(text: string, defaultFormat: MoodleText['format'] = 'moodle'): MoodleText {
  let result: MoodleText = { text, format: defaultFormat };
  if (text.startsWith('[')) {
    const end = text.indexOf(']');
    const name = text.slice(1, end) as MoodleText['format'];
    if (formats.includes(name)) result = { text: text.slice(end + 1), format: name };
  }
  return { ...result, text: escapedcharPost(result.text).trim() };
}

/** One question (the lines between blank lines), or undefined for a category or comment. */
export function readMultichoice(block: string): MoodleMultichoice | undefined {
  let text = block
    .split('\n')
    .map((l) => (l.trim().startsWith('//') ? ' ' : l))
    .join('\n')
    .trim();
  if (!text) return undefined;
  text = escapedcharPre(text);
  if (text.startsWith('$CATEGORY:')) return undefined;
  if (!text.startsWith('::')) throw new Error(`unnamed question: ${text.slice(0, 60)}`);
  text = text.slice(2);
  const nameEnd = text.indexOf('::');
  const name = escapedcharPost(text.slice(0, nameEnd));
  text = text.slice(nameEnd + 2).trim();
  const start = text.indexOf('{');
  const finish = text.indexOf('}');
  if (start < 0 || finish < 0) throw new Error(`${name}: braces`);
  let answertext = text.slice(start + 1, finish).trim();
  const questiontext = text.slice(0, start) + text.slice(finish + 1);
  const gf = answertext.lastIndexOf('####');
  let generalfeedback = '';
  if (gf >= 0) {
    generalfeedback = answertext.slice(gf + 4);
    answertext = answertext.slice(0, gf).trim();
  }
  const q = parseTextWithFormat(questiontext);
  if (!answertext.includes('~')) throw new Error(`${name}: not a multiple-choice question`);
  const answers = answertext.replaceAll('=', '~=').split('~');
  answers[0] = answers[0].trim();
  if (!answers[0]) answers.shift();
  return {
    name,
    questiontext: q,
    generalfeedback: parseTextWithFormat(generalfeedback, q.format),
    answers: answers.map((raw) => {
      let answer = raw.trim();
      let fraction = 0;
      if (answer.startsWith('=')) {
        fraction = 1;
        answer = answer.slice(1);
      } else if (/^%-*([0-9]{1,2})\.?([0-9]*)%/.test(answer)) {
        answer = answer.slice(1);
        const end = answer.indexOf('%');
        fraction = Number(answer.slice(0, end)) / 100;
        answer = answer.slice(end + 1);
      }
      const bits = answer.split('#');
      const rest = bits.slice(1).join('#');
      return {
        answer: parseTextWithFormat(bits[0].trim(), q.format),
        feedback: bits.length > 1 ? parseTextWithFormat(rest.trim(), q.format) : { text: '', format: q.format },
        fraction,
      };
    }),
  };
}

/** Every multiple-choice question of a GIFT file (questions are separated by blank lines, as Moodle reads them). */
export function readGiftFile(text: string): MoodleMultichoice[] {
  return text
    .replace(/\r/g, '')
    .split(/\n\s*\n/)
    .map(readMultichoice)
    .filter((q): q is MoodleMultichoice => q !== undefined);
}
