/**
 * The Moodle exporters on small inputs, each output parsed back with an
 * independent parser: fast-xml-parser for the XML, gift-pegjs for GIFT,
 * fflate for the cartridge.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse as parseGift } from 'gift-pegjs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  cartridgeManifest,
  CC_NAMESPACE,
  commonCartridge,
  WEBLINK_TYPE,
} from '../../src/lib/exporters/common-cartridge';
import { toCsv } from '../../src/lib/exporters/csv';
import { escapeGift, giftFile, giftQuestion, pickDistractors } from '../../src/lib/exporters/gift';
import { readGiftFile } from '../support/moodle-gift';
import {
  markdownToMoodleHtml,
  markdownToMoodleInline,
  texFragments,
  type ExportRefs,
} from '../../src/lib/exporters/markdown-export';
import { moodleGlossaryXml } from '../../src/lib/exporters/moodle-glossary';
import {
  faqQuiz,
  formulaQuiz,
  glossaryQuiz,
  lengthGap,
  type QuizFaq,
  type QuizFormula,
  type QuizTerm,
} from '../../src/lib/exporters/quizzes';

const refs: ExportRefs = {
  term: (key) =>
    key === 'overfitting' || key === 'surapprentissage'
      ? { label: 'Overfitting', href: 'https://u.example/glossaire/overfitting/' }
      : undefined,
  formula: (id) => (id === 'ridge' ? { label: '(3.2) Ridge', href: 'https://u.example/formules/#ridge' } : undefined),
};
const decode = (s: string) =>
  s
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
const hardTex = [
  '\\nu',
  '\\frac{a}{b}',
  'P(A|B) = \\frac{P(B|A) \\cdot P(A)}{P(B)}',
  '\\hat{y} = \\sum_{k} w_k x_k + b',
  'a \\neq b \\; \\text{où } x : y',
  '\\mathbf{x}^{(i)} \\sim \\mathcal{N}(0, 1)',
];

describe('Markdown for Moodle', () => {
  it('writes math as \\( … \\) and \\[ … \\], for MathJax', () => {
    expect(markdownToMoodleHtml('Rectified Linear Unit : $\\max(0, x)$', refs)).toBe(
      '<p>Rectified Linear Unit : \\(\\max(0, x)\\)</p>',
    );
    expect(markdownToMoodleHtml('$$\n\\frac{a}{b}\n$$', refs)).toBe('<p>\\[\\frac{a}{b}\\]</p>');
    expect(texFragments(markdownToMoodleHtml('$\\nu$ et $a_{ij}$', refs))).toEqual(['\\nu', 'a_{ij}']);
  });

  it('turns :term and :eq into links to the site, and leaves unknown ones as written', () => {
    const html = markdownToMoodleHtml('Le :term[surapprentissage] et :eq[ridge], pas :term[inconnu].', refs);
    expect(html).toContain('<a href="https://u.example/glossaire/overfitting/">surapprentissage</a>');
    expect(html).toContain('<a href="https://u.example/formules/#ridge">(3.2) Ridge</a>');
    expect(html).toContain(':term[inconnu]');
  });

  it('drops the wrapping paragraph of a one-paragraph answer only', () => {
    expect(markdownToMoodleInline('Une phrase.', refs)).toBe('Une phrase.');
    expect(markdownToMoodleInline('Un.\n\nDeux.', refs)).toBe('<p>Un.</p>\n<p>Deux.</p>');
  });
});

describe('GIFT', () => {
  it('escapes exactly as Moodle’s exporter (repchar): backslashes first, then ~ = # { } :, newlines as \\n', () => {
    expect(escapeGift('\\frac{a}{b}')).toBe('\\\\frac\\{a\\}\\{b\\}');
    expect(escapeGift('\\nu')).toBe('\\\\nu');
    expect(escapeGift('a ~ b = c # d : e')).toBe('a \\~ b \\= c \\# d \\: e');
    expect(escapeGift('ligne 1\r\nligne 2')).toBe('ligne 1\\nligne 2');
  });

  it('keeps hard TeX unchanged through gift-pegjs, in question, answers and feedback', () => {
    const questions = hardTex.map((tex, i) => ({
      name: `Q${i} : ${tex}`,
      text: `<p>Que vaut \\(${tex}\\) ?</p>\n<p>Deuxième ligne</p>`,
      choices: [
        { text: `\\(${tex}\\)`, correct: true },
        { text: `\\[${hardTex[(i + 1) % hardTex.length]}\\]`, correct: false },
      ],
      generalFeedback: `Voir \\(${tex}\\) # ici`,
    }));
    const parsed = parseGift(giftFile('Atlas ML/Test', questions, 'test')) as any[];
    expect(parsed[0]).toMatchObject({ type: 'Category', title: '$course$/top/Atlas ML/Test' });
    const mc = parsed.filter((q) => q.type === 'MC');
    expect(mc).toHaveLength(hardTex.length);
    mc.forEach((q, i) => {
      expect(q.title).toBe(`Q${i} : ${hardTex[i]}`);
      expect(q.stem.format).toBe('html');
      expect(q.stem.text).toBe(`<p>Que vaut \\(${hardTex[i]}\\) ?</p>\n<p>Deuxième ligne</p>`);
      expect(texFragments(q.choices.find((c: any) => c.isCorrect).text.text)).toEqual([hardTex[i]]);
      expect(texFragments(q.choices.find((c: any) => !c.isCorrect).text.text)).toEqual([
        hardTex[(i + 1) % hardTex.length],
      ]);
      expect(q.globalFeedback.text).toBe(`Voir \\(${hardTex[i]}\\) # ici`);
    });
  });

  // Texts that Moodle's importer would misread without a format prefix: a leading %n% is a weight,
  // a leading [markdown]/[moodle]/[plain]/[html] a format (and is dropped).
  const tricky = ['%50% des données', '%100%', '[markdown] *gras*', '[moodle]texte', '[plain] brut', '[html]<b>x</b>'];
  const trickyQuestions = tricky.map((t, i) => ({
    name: `Piège ${i}`,
    text: `<p>${t}</p>`,
    choices: [
      { text: t, correct: true },
      { text: `${t} (faux)`, correct: false },
      { text: tricky[(i + 1) % tricky.length], correct: false },
    ],
    generalFeedback: t,
  }));

  it('round trip through Moodle’s own import logic: choices and feedback starting with %n% or [format] survive', () => {
    const file = giftFile('T', trickyQuestions, 'test');
    const read = readGiftFile(file);
    expect(read).toHaveLength(tricky.length);
    read.forEach((q, i) => {
      expect(q.name).toBe(`Piège ${i}`);
      expect(q.questiontext).toEqual({ text: `<p>${tricky[i]}</p>`, format: 'html' });
      expect(q.answers.map((a) => [a.answer.text, a.answer.format, a.fraction])).toEqual([
        [tricky[i], 'html', 1],
        [`${tricky[i]} (faux)`, 'html', 0],
        [tricky[(i + 1) % tricky.length], 'html', 0],
      ]);
      expect(q.generalfeedback).toEqual({ text: tricky[i], format: 'html' });
    });
    // Every choice and feedback line carries the prefix, as Moodle's exporter writes them.
    const lines = file.split('\n').filter((l) => l.startsWith('\t'));
    expect(lines.length).toBe(tricky.length * 4);
    for (const line of lines) expect(line).toMatch(/^\t(=|~|####)\[html\]/);
  });

  it('the same round trip through gift-pegjs', () => {
    const parsed = (parseGift(giftFile('T', trickyQuestions, 'test')) as any[]).filter((q) => q.type === 'MC');
    expect(parsed).toHaveLength(tricky.length);
    parsed.forEach((q, i) => {
      expect(q.choices.map((c: any) => [c.text.text, c.text.format, c.isCorrect, c.weight])).toEqual([
        [tricky[i], 'html', true, null],
        [`${tricky[i]} (faux)`, 'html', false, null],
        [tricky[(i + 1) % tricky.length], 'html', false, null],
      ]);
      expect(q.globalFeedback).toEqual({ text: tricky[i], format: 'html' });
    });
  });

  it('without the prefix, Moodle’s import logic would misread them (the test above has teeth)', () => {
    const bare = giftFile('T', trickyQuestions, 'test').replace(/(\t(?:~|####))\[html\]/g, '$1');
    const read = readGiftFile(bare);
    // "~%50% des données (faux)" becomes a half-right answer "des données (faux)".
    expect(read[0].answers[1]).toMatchObject({ fraction: 0.5, answer: { text: 'des données (faux)' } });
    // "####[markdown] *gras*" becomes Markdown without its marker.
    expect(read[2].generalfeedback).toEqual({ text: '*gras*', format: 'markdown' });
  });

  it('refuses a question without exactly one right answer, naming it', () => {
    expect(() =>
      giftQuestion({
        name: 'Sans réponse',
        text: 'x',
        choices: [
          { text: 'a', correct: false },
          { text: 'b', correct: false },
        ],
      }),
    ).toThrow(/Sans réponse/);
  });

  it('picks distractors from the same group first, then the others, deterministically and without duplicates', () => {
    const same = ['a1', 'a2'];
    const others = ['b1', 'b2', 'b3', 'a1'];
    const first = pickDistractors('k', 'answer', same, others, (x) => x);
    expect(first).toHaveLength(3);
    expect(first.slice(0, 2).sort()).toEqual(['a1', 'a2']);
    expect(new Set(first).size).toBe(3);
    expect(pickDistractors('k', 'answer', same, others, (x) => x)).toEqual(first);
    expect(pickDistractors('k', 'a1', same, others, (x) => x)).not.toContain('a1');
  });
});

describe('quizzes', () => {
  const terms: QuizTerm[] = ['a', 'b', 'c', 'd', 'e'].map((id, i) => ({
    id,
    term: `Terme ${id}`,
    title: `Titre ${id} (Terme ${id})`,
    category: i < 4 ? 'cat1' : 'cat2',
    definitionHtml: `Définition ${id} \\(x_${i}\\)`,
    href: `https://u.example/glossaire/${id}/`,
  }));

  it('glossary: one question per term, the right definition and three from the same category', () => {
    const qs = glossaryQuiz(terms);
    expect(qs).toHaveLength(5);
    const qa = qs[0];
    expect(qa.choices).toHaveLength(4);
    expect(qa.choices.filter((c) => c.correct).map((c) => c.text)).toEqual(['Définition a \\(x_0\\)']);
    expect(
      qa.choices
        .filter((c) => !c.correct)
        .map((c) => c.text)
        .sort(),
    ).toEqual(['Définition b \\(x_1\\)', 'Définition c \\(x_2\\)', 'Définition d \\(x_3\\)']);
    expect(glossaryQuiz(terms)).toEqual(qs);
  });

  it('formulas: the TeX of every display line survives GIFT unchanged, names as answers', () => {
    const formulas: QuizFormula[] = hardTex.map((tex, i) => ({
      id: `f${i}`,
      name: `Formule ${i}`,
      section: i % 2 ? 's1' : 's2',
      display: [{ label: 'Modèle', tex }, { tex: '\\lambda \\geq 0' }],
      href: 'https://u.example/formules/',
    }));
    const parsed = (parseGift(giftFile('F', formulaQuiz(formulas), 'f')) as any[]).filter((q) => q.type === 'MC');
    expect(parsed).toHaveLength(formulas.length);
    parsed.forEach((q, i) => {
      expect(texFragments(q.stem.text).map(decode)).toEqual([hardTex[i], '\\lambda \\geq 0']);
      expect(q.choices.find((c: any) => c.isCorrect).text.text).toBe(`Formule ${i}`);
    });
  });

  it('FAQ: wrong answers from the same category first, and of the closest length', () => {
    const answer = (n: number) => `Réponse ${'x'.repeat(n)}`;
    const faq: QuizFaq[] = [
      { id: 'q', category: 'a', answer: 100 },
      { id: 'short', category: 'a', answer: 10 },
      { id: 'near', category: 'a', answer: 95 },
      { id: 'same-len-other', category: 'b', answer: 102 },
      { id: 'long-other', category: 'b', answer: 400 },
      { id: 'tiny-other', category: 'b', answer: 5 },
    ].map((f) => ({
      id: f.id,
      question: `Question ${f.id} ?`,
      category: f.category,
      answerHtml: answer(f.answer),
      href: `https://u.example/faq/#${f.id}`,
    }));
    const [q] = faqQuiz(faq);
    const wrong = q.choices.filter((c) => !c.correct).map((c) => faq.find((f) => f.answerHtml === c.text)!.id);
    // Both others of category a (the short one too: the category comes first), then the closest in length.
    expect(wrong.sort()).toEqual(['near', 'same-len-other', 'short']);
    expect(lengthGap('<p>abc</p>', 'abd')).toBe(0);
    expect(lengthGap('abcd', 'ab')).toBe(0.5);
  });

  it('makes no question when there is nothing to choose from', () => {
    expect(glossaryQuiz(terms.slice(0, 1))).toEqual([]);
    expect(faqQuiz([])).toEqual([]);
  });
});

describe('Moodle glossary XML', () => {
  const entries = [
    {
      concept: 'ReLU',
      definitionHtml: '<p>Rectified Linear Unit : \\(\\max(0, x)\\) & co</p>',
      aliases: ['unité linéaire rectifiée'],
      categories: ['Réseaux de neurones'],
    },
    { concept: 'Precision', definitionHtml: '<p>\\(TP / (TP + FP)\\)</p>', aliases: [], categories: [] },
  ];
  const xml = moodleGlossaryXml({ name: 'Glossaire', intro: '<p>Intro</p>' }, entries);
  const doc = new XMLParser({
    isArray: (name) => ['ENTRY', 'ALIAS', 'CATEGORY'].includes(name),
    parseTagValue: false,
  }).parse(xml);

  it('is well-formed XML', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it('has what import.php reads for a new glossary, with ENTRIES inside INFO', () => {
    const info = doc.GLOSSARY.INFO;
    for (const field of ['NAME', 'INTRO', 'GLOBALGLOSSARY', 'SHOWSPECIAL', 'SHOWALPHABET', 'SHOWALL'])
      expect(info[field], field).toBeDefined();
    expect(info.NAME).toBe('Glossaire');
    expect(info.ENTRIES.ENTRY).toHaveLength(2);
  });

  it('gives every entry CONCEPT, DEFINITION as HTML with FORMAT 1, aliases and categories, TeX unchanged', () => {
    const [relu, precision] = doc.GLOSSARY.INFO.ENTRIES.ENTRY;
    expect(relu.CONCEPT).toBe('ReLU');
    expect(relu.DEFINITION).toBe(entries[0].definitionHtml);
    expect(relu.FORMAT).toBe('1');
    expect(relu.ALIASES.ALIAS.map((a: any) => a.NAME)).toEqual(['unité linéaire rectifiée']);
    expect(relu.CATEGORIES.CATEGORY).toEqual([{ NAME: 'Réseaux de neurones', USEDYNALINK: '0' }]);
    expect(texFragments(precision.DEFINITION)).toEqual(['TP / (TP + FP)']);
    expect(precision.ALIASES).toBeUndefined();
  });

  it('refuses an empty name or definition, naming the entry', () => {
    expect(() => moodleGlossaryXml({ name: ' ', intro: '' }, entries)).toThrow(/NAME/);
    expect(() => moodleGlossaryXml({ name: 'G', intro: '' }, [{ ...entries[0], definitionHtml: '' }])).toThrow(/ReLU/);
  });
});

describe('IMS Common Cartridge 1.1', () => {
  const sections = [
    {
      title: 'Programmes',
      links: [
        { title: 'Programmes', url: 'https://u.example/atlas-ml/programmes/' },
        { title: 'M2 & co', url: 'https://u.example/atlas-ml/programmes/m2/' },
      ],
    },
    { title: 'Glossaire', links: [{ title: 'Overfitting', url: 'https://u.example/atlas-ml/glossaire/overfitting/' }] },
  ];

  it('declares the CC 1.1 namespace where Moodle looks for it (first 500 bytes; the issue asks 1024)', () => {
    const { manifest } = cartridgeManifest('Atlas ML', sections);
    expect(XMLValidator.validate(manifest)).toBe(true);
    // backup/converter/imscc11/lib.php: lower-case, whitespace and quotes removed, then a plain search.
    const snippet = new TextDecoder()
      .decode(new TextEncoder().encode(manifest).slice(0, 500))
      .toLowerCase()
      .replace(/\s*/g, '')
      .replace(/["']/g, '');
    expect(snippet).toContain(`xmlns=${CC_NAMESPACE}`);
  });

  it('zips a manifest whose items point at one web-link file per page, by section', () => {
    const files = unzipSync(commonCartridge('Atlas ML', sections));
    const manifest = new XMLParser({ ignoreAttributes: false, isArray: (n) => ['item', 'resource'].includes(n) }).parse(
      strFromU8(files['imsmanifest.xml']),
    ).manifest;
    expect(manifest.metadata.schemaversion).toBe('1.1.0');
    const root = manifest.organizations.organization.item[0];
    expect(root.item.map((s: any) => s.title)).toEqual(['Programmes', 'Glossaire']);
    const resources = new Map(manifest.resources.resource.map((r: any) => [r['@_identifier'], r]));
    const seen: string[] = [];
    for (const section of root.item) {
      for (const item of section.item) {
        const resource: any = resources.get(item['@_identifierref']);
        expect(resource['@_type']).toBe(WEBLINK_TYPE);
        const link = strFromU8(files[resource.file['@_href']]);
        expect(XMLValidator.validate(link)).toBe(true);
        const wl = new XMLParser({ ignoreAttributes: false }).parse(link).webLink;
        expect(wl['@_xmlns']).toBe('http://www.imsglobal.org/xsd/imsccv1p1/imswl_v1p1');
        expect(wl.title).toBe(item.title);
        seen.push(wl.url['@_href']);
      }
    }
    expect(seen).toEqual(sections.flatMap((s) => s.links.map((l) => l.url)));
  });

  it('is the same file at every build', () => {
    expect(commonCartridge('Atlas ML', sections)).toEqual(commonCartridge('Atlas ML', sections));
  });

  it('refuses a relative URL, naming the link', () => {
    expect(() => commonCartridge('A', [{ title: 'S', links: [{ title: 'Relative', url: '/glossaire/' }] }])).toThrow(
      /Relative/,
    );
  });
});

describe('CSV', () => {
  const rows = [
    ['A; "b", c', 'https://u.example/'],
    ['Ligne 1\nligne 2', 'x'],
    ['Écart-type', 'https://u.example/formules/#ecart-type'],
  ];

  it('is semicolon-separated for a French spreadsheet, with a BOM and CRLF, quoting ; " and newlines', () => {
    expect(toCsv(['Titre', 'URL'], rows.slice(0, 2))).toBe(
      '\uFEFFTitre;URL\r\n"A; ""b"", c";https://u.example/\r\n"Ligne 1\nligne 2";x\r\n',
    );
  });

  it('reads back unchanged with a strict CSV parser (csv-parse: quotes and column counts checked)', () => {
    const parsed = parseCsv(toCsv(['Titre', 'URL'], rows), { delimiter: ';', bom: true, record_delimiter: '\r\n' });
    expect(parsed).toEqual([['Titre', 'URL'], ...rows]);
  });
});
