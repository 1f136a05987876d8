/**
 * Puts into the cheat sheet the KaTeX fonts its formulas use, cut down to the characters they
 * draw, so that its first paint asks for no font file (run by src/integration/inline-styles.ts).
 *
 * Why: the cheat sheet opens on a formula, and its formulas use seven KaTeX faces (89 KB as
 * files, `font-display: block`): until they arrive the formulas stay invisible, which on a phone's
 * first visit means more round trips after the page. Lighthouse's simulated phone counted them
 * before the first paint whenever they arrived before it locally, which is why the page scored
 * 98 in about half the runs (README, "Lighthouse"). Cut to the characters the page draws, without
 * hinting instructions (phones and high-density screens do not use them), the seven faces weigh
 * 16 KB and travel inside the page.
 *
 * Which face draws which character is decided by KaTeX's CSS, read here as the browser reads it:
 * the rules that set font-family, font-weight, font-style or font on `.katex …` elements are
 * matched against the page (<template>s included, whose content can appear later), and each
 * text node takes the nearest values up its ancestors, as inherited properties do. Rules apply
 * in source order, without specificity: KaTeX's font rules are almost all `.katex .x`, and the
 * few longer ones (`.katex .delimsizing.size2`) come after the ones they refine. The browser
 * test (tests/e2e/cheat-sheet-fonts.spec.ts) checks the result against what Chromium computes:
 * no font request, and every character drawn with an embedded face is inside it.
 *
 * A face the page does not use keeps its URL, and a character outside a subset falls back to the
 * next family in KaTeX's list, as it does when a full font lacks it.
 */
import { type HTMLElement, type Node, NodeType } from 'node-html-parser';
import postcss, { type AtRule, type Declaration, type Root } from 'postcss';
import subsetFont from 'subset-font';
import { cssUrls } from '../lib/css-urls.ts';

/** One @font-face rule of the page's CSS. */
export interface FontFaceRule {
  family: string;
  weight: number;
  style: 'normal' | 'italic';
  /** The woff2 file's URL, as written in src (the face is left alone when it has none). */
  woff2: string | undefined;
  rule: AtRule;
}

/** The font properties one rule sets; undefined = not set by this rule. */
export interface FontSettings {
  family?: string;
  weight?: number;
  style?: 'normal' | 'italic';
}

/** Makes a woff2 subset of a font file holding the glyphs for `text`. */
export type Subsetter = (font: Buffer, text: string) => Promise<Buffer>;

/** The build's subsetter: woff2, without hinting instructions (see above). */
export const subsetWoff2: Subsetter = (font, text) =>
  subsetFont(font, text, { targetFormat: 'woff2', noHinting: true });

const unquote = (s: string) => s.trim().replace(/^(['"])(.*)\1$/, '$2');
const firstFamily = (list: string) => unquote(list.split(',')[0] ?? '');

export function fontWeight(value: string): number | undefined {
  const v = value.trim().toLowerCase();
  if (v === 'normal') return 400;
  if (v === 'bold') return 700;
  return /^\d{3}$/.test(v) ? Number(v) : undefined;
}

export function fontStyle(value: string): 'normal' | 'italic' | undefined {
  const v = value.trim().toLowerCase();
  if (v === 'normal') return 'normal';
  return v === 'italic' || v.startsWith('oblique') ? 'italic' : undefined;
}

/**
 * The `font` shorthand: `[style] [variant] [weight] size[/line-height] family, …`. Every
 * property it does not name is reset to normal, as CSS says.
 */
export function fontShorthand(value: string): FontSettings {
  const words = value.trim().split(/\s+/);
  // The size: a length or percentage, or a size keyword, with an optional /line-height. A bare
  // number (700) is a weight, and small-caps a variant.
  const size = words.findIndex((w) =>
    /^(\d*\.?\d+(px|em|rem|ex|ch|pt|pc|cm|mm|in|q|vw|vh|vmin|vmax|%)|(x{1,3}-)?(small|large)|medium|smaller|larger)(\/\S+)?$/i.test(
      w,
    ),
  );
  if (size < 0) return {};
  const before = words.slice(0, size);
  return {
    family: firstFamily(words.slice(size + 1).join(' ')),
    weight: before.map(fontWeight).find((w) => w !== undefined) ?? 400,
    style: before.map(fontStyle).find((s) => s === 'italic') ?? 'normal',
  };
}

function settingsOf(decls: Declaration[]): FontSettings {
  const out: FontSettings = {};
  for (const d of decls) {
    const prop = d.prop.toLowerCase();
    if (prop === 'font') Object.assign(out, fontShorthand(d.value));
    else if (prop === 'font-family') out.family = firstFamily(d.value);
    else if (prop === 'font-weight') out.weight = fontWeight(d.value) ?? out.weight;
    else if (prop === 'font-style') out.style = fontStyle(d.value) ?? out.style;
  }
  return out;
}

/** The @font-face rules of `css` (top level, as KaTeX writes them). */
export function fontFaceRules(css: Root): FontFaceRule[] {
  const faces: FontFaceRule[] = [];
  css.each((node) => {
    if (node.type !== 'atrule' || node.name.toLowerCase() !== 'font-face') return;
    const decls = (node.nodes ?? []).filter((n): n is Declaration => n.type === 'decl');
    const get = (prop: string) => decls.findLast((d) => d.prop.toLowerCase() === prop)?.value;
    const family = get('font-family');
    if (!family) return;
    const woff2 = cssUrls(get('src') ?? '').find((url) => /\.woff2$/i.test(url));
    faces.push({
      family: unquote(family),
      weight: fontWeight(get('font-weight') ?? 'normal') ?? 400,
      style: fontStyle(get('font-style') ?? 'normal') ?? 'normal',
      woff2,
      rule: node,
    });
  });
  return faces;
}

/**
 * The face the browser picks for `want` among `faces`: same family, same style if there is
 * one, then the nearest weight (CSS Fonts' matching, reduced to what KaTeX declares).
 */
export function matchFace(faces: FontFaceRule[], want: Required<FontSettings>): FontFaceRule | undefined {
  const family = faces.filter((f) => f.family === want.family);
  const styled = family.filter((f) => f.style === want.style);
  const pool = styled.length ? styled : family;
  return pool.reduce<FontFaceRule | undefined>(
    (best, f) => (!best || Math.abs(f.weight - want.weight) < Math.abs(best.weight - want.weight) ? f : best),
    undefined,
  );
}

/**
 * The text a `content` value draws: its strings, and the ten digits for a counter (KaTeX
 * numbers equations with `.eqn-num::before { content: "(" counter(katexEqnNo) ")" }`).
 * CSS escapes in the strings are not read: KaTeX writes none.
 */
export function generatedText(content: string): string {
  const strings = [...content.matchAll(/"([^"]*)"|'([^']*)'/g)].map((m) => m[1] ?? m[2] ?? '');
  return strings.join('') + (/\bcounters?\(/.test(content) ? '0123456789' : '');
}

const pseudoElement = /::?(before|after)$/i;

/**
 * The characters each face draws in the page's formulas: every text node under `.katex-html`
 * (templates included), and the text of `::before`/`::after` rules with `content`, with the
 * font its ancestors give it under `css`'s `.katex` rules.
 */
export function charactersByFace(page: HTMLElement, css: Root[]): Map<FontFaceRule, Set<string>> {
  const faces = css.flatMap(fontFaceRules);
  const set = new Map<HTMLElement, FontSettings>();
  /** Per element, what its ::before and ::after draw, with the font settings of their own rules. */
  const generated = new Map<HTMLElement, { text: string; settings: FontSettings }[]>();
  for (const sheet of css) {
    sheet.each((node) => {
      if (node.type !== 'rule') return;
      const decls = node.nodes.filter((n): n is Declaration => n.type === 'decl');
      const settings = settingsOf(decls);
      const content = decls.findLast((d) => d.prop.toLowerCase() === 'content')?.value;
      const text = content ? generatedText(content) : '';
      for (const selector of node.selectors.filter((s) => s.includes('.katex'))) {
        if (pseudoElement.test(selector) && text) {
          const base = selector.replace(pseudoElement, '');
          if (base.includes(':')) continue;
          for (const el of page.querySelectorAll(base))
            generated.set(el, [...(generated.get(el) ?? []), { text, settings }]);
        } else if (!selector.includes(':') && Object.keys(settings).length) {
          // Pseudo-classes (:hover, :focus) do not change the characters drawn.
          for (const el of page.querySelectorAll(selector)) set.set(el, { ...set.get(el), ...settings });
        }
      }
    });
  }
  const computed = (el: HTMLElement, own: FontSettings = {}): FontSettings => {
    const out: FontSettings = { ...own };
    for (let at: HTMLElement | null = el; at && (!out.family || !out.weight || !out.style); at = at.parentNode) {
      const given = set.get(at);
      if (!given) continue;
      out.family ??= given.family;
      out.weight ??= given.weight;
      out.style ??= given.style;
    }
    return out;
  };
  const used = new Map<FontFaceRule, Set<string>>();
  const add = (settings: FontSettings, text: string) => {
    const { family, weight = 400, style = 'normal' } = settings;
    const face = family ? matchFace(faces, { family, weight, style }) : undefined;
    if (!face) return;
    if (!used.has(face)) used.set(face, new Set());
    for (const ch of text) used.get(face)!.add(ch);
  };
  const visit = (el: HTMLElement) => {
    for (const { text, settings } of generated.get(el) ?? []) add(computed(el, settings), text);
    for (const child of el.childNodes as Node[]) {
      if (child.nodeType === NodeType.ELEMENT_NODE) visit(child as HTMLElement);
      else if (child.nodeType === NodeType.TEXT_NODE && child.text) add(computed(el), child.text);
    }
  };
  for (const formula of page.querySelectorAll('.katex-html')) visit(formula);
  return used;
}

/** A unicode-range value for `chars`: code points in order, neighbours joined into ranges. */
export function unicodeRange(chars: Iterable<string>): string {
  const points = [...new Set([...chars].map((c) => c.codePointAt(0)!))].sort((a, b) => a - b);
  const hex = (n: number) => n.toString(16).toUpperCase();
  const out: string[] = [];
  for (let i = 0; i < points.length; i++) {
    const start = points[i]!;
    while (points[i + 1] === points[i]! + 1) i++;
    out.push(points[i] === start ? `U+${hex(start)}` : `U+${hex(start)}-${hex(points[i]!)}`);
  }
  return out.join(',');
}

export interface EmbeddedFonts {
  /** The page's CSS texts, without the @font-face rules now embedded. */
  css: string[];
  /** The embedded faces (data: URLs), or '' when the page's formulas use none. */
  fonts: string;
  /** Per face: family, weight, style, characters and subset bytes, for the build's report. */
  report: { face: string; chars: number; bytes: number }[];
}

/**
 * Embeds in `page` the faces its formulas use: returns `cssTexts` without those faces'
 * @font-face rules, and the rules again with each font subset and written as a data: URL,
 * its unicode-range the characters it draws. `readFont` is given the woff2 URL as written.
 * Throws, naming `file` and the face, when a font cannot be read or cut.
 */
export async function embedFonts(
  page: HTMLElement,
  cssTexts: string[],
  file: string,
  readFont: (url: string) => Buffer,
  subset: Subsetter,
): Promise<EmbeddedFonts> {
  let used: [FontFaceRule, Set<string>][];
  let sheets: Root[];
  try {
    sheets = cssTexts.map((css) => postcss.parse(css));
    used = [...charactersByFace(page, sheets)].filter(([face]) => face.woff2);
  } catch (error) {
    throw new Error(`${file}: the fonts its formulas use could not be found: ${(error as Error).message}`);
  }
  const rules: string[] = [];
  const report: EmbeddedFonts['report'] = [];
  for (const [face, chars] of used) {
    // The space too: a box takes its line metrics from the first face whose unicode-range holds
    // U+0020 (CSS Fonts, "first available font"). Without it, a formula drawn only in KaTeX_Math
    // would be measured with the fallback serif font, and lines would move by a pixel or two.
    chars.add(' ');
    const name = `${face.family} ${face.weight} ${face.style}`;
    const text = [...chars].sort().join('');
    let bytes: Buffer;
    try {
      bytes = await subset(readFont(face.woff2!), text);
    } catch (error) {
      throw new Error(`${file}: the font ${name} (${face.woff2}) could not be embedded: ${(error as Error).message}`);
    }
    const rule = face.rule.clone();
    rule.walkDecls(/^(src|unicode-range)$/i, (d) => {
      d.remove();
    });
    rule.append({ prop: 'src', value: `url(data:font/woff2;base64,${bytes.toString('base64')}) format("woff2")` });
    rule.append({ prop: 'unicode-range', value: unicodeRange(chars) });
    rules.push(rule.toString());
    face.rule.remove();
    report.push({ face: name, chars: chars.size, bytes: bytes.length });
  }
  return { css: used.length ? sheets.map((s) => s.toString()) : cssTexts, fonts: rules.join(''), report };
}
