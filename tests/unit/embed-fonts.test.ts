import { readFileSync } from 'node:fs';
import postcss from 'postcss';
import { describe, expect, test } from 'vitest';
import {
  charactersByFace,
  embedFonts,
  fontFaceRules,
  fontShorthand,
  generatedText,
  matchFace,
  subsetWoff2,
  unicodeRange,
} from '../../src/integration/embed-fonts';
import { parseHtml } from '../../src/lib/html';

// KaTeX's rules, reduced to their shape (katex/dist/katex.css).
const css = [
  '@font-face{font-display:block;font-family:K_Main;font-style:normal;font-weight:400;src:url(/_astro/main.woff2) format("woff2"),url(/_astro/main.woff) format("woff")}',
  '@font-face{font-display:block;font-family:K_Main;font-style:normal;font-weight:700;src:url(/_astro/main-bold.woff2) format("woff2")}',
  '@font-face{font-display:block;font-family:K_Math;font-style:italic;font-weight:400;src:url(/_astro/math.woff2) format("woff2")}',
  '@font-face{font-display:block;font-family:K_Size2;font-style:normal;font-weight:400;src:url(/_astro/size2.woff2) format("woff2")}',
  '@font-face{font-display:block;font-family:K_Unused;font-style:normal;font-weight:400;src:url(/_astro/unused.woff2) format("woff2")}',
  '.katex{font:1.21em/1.2 K_Main,math,Times New Roman,serif}',
  '.katex .mathnormal{font-family:K_Math;font-style:italic}',
  '.katex .mathbf{font-family:K_Main;font-weight:700}',
  '.katex .delimsizing.size2{font-family:K_Size2}',
  '.katex .vlist-t{display:inline-table}',
  'p{font-family:serif}',
].join('');
const formula =
  '<span class="katex"><span class="katex-mathml"><math><mi>hidden</mi></math></span>' +
  '<span class="katex-html"><span class="mord mathnormal">xy</span><span class="mrel">=</span>' +
  '<span class="mord mathbf">W</span><span class="delimsizing size2">(</span>' +
  '<span class="sizing size2"><span class="mord">2</span></span></span></span>';

const byFace = (html: string) =>
  Object.fromEntries(
    [...charactersByFace(parseHtml(html), [postcss.parse(css)])].map(([f, chars]) => [
      `${f.family} ${f.weight} ${f.style}`,
      [...chars].sort().join(''),
    ]),
  );

describe('which face draws which character', () => {
  test("KaTeX's classes, with inheritance and compound selectors, as the browser applies them", () => {
    expect(byFace(`<p>${formula}</p>`)).toEqual({
      'K_Main 400 normal': '2=',
      'K_Main 700 normal': 'W',
      'K_Math 400 italic': 'xy',
      'K_Size2 400 normal': '(',
    });
  });

  test("an equation number, drawn by KaTeX's ::before rule with a counter, counts: brackets and digits", () => {
    const numbered =
      '<span class="katex"><span class="katex-html"><span class="mord mathnormal">x</span>' +
      '<span class="tag"><span class="eqn-num"></span></span></span></span>';
    const withNumbers = `${css}.katex .eqn-num::before{counter-increment:katexEqnNo;content:"(" counter(katexEqnNo) ")"}.katex .katex-stretchy::before{content:""}`;
    const faces = charactersByFace(parseHtml(numbered), [postcss.parse(withNumbers)]);
    const main = [...faces].find(([f]) => f.family === 'K_Main' && f.weight === 400)!;
    expect([...main[1]].sort().join('')).toBe('()0123456789');
    expect(generatedText('"(" counter(katexEqnNo) ")"')).toBe('()0123456789');
    expect(generatedText("'→'")).toBe('→');
  });

  test('MathML, and text outside formulas, draw nothing with KaTeX fonts', () => {
    expect(byFace('<p>texte <span class="katex-mathml">x</span></p>')).toEqual({});
  });

  test('the font shorthand resets what it does not name; weight and style words before the size count', () => {
    const cases: [string, string, number, string][] = [
      ['1.21em/1.2 KaTeX_Main,math,Times New Roman,serif', 'KaTeX_Main', 400, 'normal'],
      ['italic bold 12px/30px "Georgia", serif', 'Georgia', 700, 'italic'],
      // Minifiers write bold as 700: a bare number is a weight, not the size; small-caps is a variant.
      ['700 1.21em KaTeX_Main,serif', 'KaTeX_Main', 700, 'normal'],
      ['italic small-caps 600 x-large/2 cursive', 'cursive', 600, 'italic'],
    ];
    for (const [value, family, weight, style] of cases)
      expect(fontShorthand(value), value).toEqual({ family, weight, style });
    expect(fontShorthand('inherit')).toEqual({});
  });

  test('a face is matched on family, then style, then the nearest weight', () => {
    const faces = fontFaceRules(postcss.parse(css));
    expect(faces.map((f) => f.woff2)).toContain('/_astro/main.woff2');
    const pick = (family: string, weight: number, style: 'normal' | 'italic') =>
      matchFace(faces, { family, weight, style })?.woff2;
    expect(pick('K_Main', 600, 'normal')).toBe('/_astro/main-bold.woff2');
    expect(pick('K_Main', 400, 'italic')).toBe('/_astro/main.woff2'); // no italic face: the nearest weight
    expect(pick('K_Math', 700, 'italic')).toBe('/_astro/math.woff2');
    expect(pick('Times', 400, 'normal')).toBeUndefined();
  });

  test('unicode-range lists code points in order, neighbours as ranges', () => {
    expect(unicodeRange(['c', 'a', 'b', 'x', '∑', '\u200b', 'a'])).toBe('U+61-63,U+78,U+200B,U+2211');
  });
});

describe('embedFonts', () => {
  const fonts = {
    '/_astro/main.woff2': readFileSync('node_modules/katex/dist/fonts/KaTeX_Main-Regular.woff2'),
    '/_astro/main-bold.woff2': readFileSync('node_modules/katex/dist/fonts/KaTeX_Main-Bold.woff2'),
    '/_astro/math.woff2': readFileSync('node_modules/katex/dist/fonts/KaTeX_Math-Italic.woff2'),
    '/_astro/size2.woff2': readFileSync('node_modules/katex/dist/fonts/KaTeX_Size2-Regular.woff2'),
  } as Record<string, Buffer>;
  const readFont = (url: string) => {
    const font = fonts[url];
    if (!font) throw new Error(`no file ${url}`);
    return font;
  };

  test('the faces in use are cut, written as data: URLs and taken out of the stylesheet; the others stay', async () => {
    const out = await embedFonts(parseHtml(formula), [css], 'formules/index.html', readFont, subsetWoff2);
    const sheet = fontFaceRules(postcss.parse(out.css[0]!));
    expect(sheet.map((f) => f.family)).toEqual(['K_Unused']);
    expect(out.css[0]).toContain('.katex .mathnormal{font-family:K_Math;font-style:italic}');
    const embedded = fontFaceRules(postcss.parse(out.fonts));
    expect(embedded.map((f) => `${f.family} ${f.weight} ${f.style}`)).toEqual([
      'K_Math 400 italic',
      'K_Main 400 normal',
      'K_Main 700 normal',
      'K_Size2 400 normal',
    ]);
    // The space joins every face, so that each gives the line metrics of the boxes it draws in.
    expect(out.fonts).toContain('unicode-range:U+20,U+78-79}');
    expect(out.fonts).toContain('font-display:block');
    expect(out.fonts).not.toContain('/_astro/');
    // Real woff2 files, much smaller than the fonts they come from.
    const first = /base64,([^)]+)\)/.exec(out.fonts)![1]!;
    expect(Buffer.from(first, 'base64').subarray(0, 4).toString('latin1')).toBe('wOF2');
    for (const face of out.report) expect(face.bytes).toBeLessThan(fonts['/_astro/math.woff2']!.length / 2);
    expect(out.report.map((f) => f.chars)).toEqual([3, 3, 2, 2]);
  });

  test('a page without formulas keeps its CSS as it was', async () => {
    const out = await embedFonts(parseHtml('<p>x</p>'), [css], 'a/index.html', readFont, subsetWoff2);
    expect(out).toEqual({ css: [css], fonts: '', report: [] });
  });

  test('CSS that cannot be parsed is an error naming the page', async () => {
    await expect(
      embedFonts(parseHtml(formula), ['.katex{'], 'formules/index.html', readFont, subsetWoff2),
    ).rejects.toThrow(/^formules\/index\.html: the fonts its formulas use could not be found: .*Unclosed block/);
  });

  test('a font that cannot be read is an error naming the page, the face and the file', async () => {
    await expect(
      embedFonts(parseHtml(formula), [css], 'formules/index.html', () => Buffer.from('not a font'), subsetWoff2),
    ).rejects.toThrow(
      /formules\/index\.html: the font K_Math 400 italic \(\/_astro\/math\.woff2\) could not be embedded/,
    );
  });
});
