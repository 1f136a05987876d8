/**
 * Terms and formulas as the Markdown pipeline and the components need them:
 * read from the content folder on disk (the remark plugin runs before Astro's
 * collections exist), with each definition rendered once to HTML.
 * Also builds the markup of a term or equation reference with its preview.
 */
import type { Root as MdastRoot, PhrasingContent } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { siteMarkdown } from './markdown/parse.ts';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { readContent } from './content-files.ts';
import { formulaSections } from './formula-sections.ts';
import { normalise } from './normalise.ts';
import { renderTex } from './tex.ts';
import { escapeHtml } from './escape.ts';
import { formulaTitle, type TitleLang, type TitleParts, termTitleParts, titleHtml, titleText } from './titles.ts';
import { inlineHtml, visibleText } from './markdown/inline-html.ts';
import { readDirective } from './markdown/directives.ts';
import rehypeTex from './markdown/rehype-tex.ts';

export interface TermInfo {
  id: string;
  term: string;
  french: string[];
  aliases: string[];
  /** The title, French first where French has the term (src/lib/titles.ts). */
  title: TitleParts;
  /** The definition as inline HTML (math rendered). */
  definitionHtml: string;
  /** The first formula related to the term, rendered, with its name and number. */
  formula?: { id: string; name: string; number: string; html: string };
}

export interface FormulaInfo {
  id: string;
  /** The name as the site titles it (src/lib/titles.ts). */
  name: string;
  number: string;
  firstTex: string;
  /** Every display block, to pick the one a term's preview should show. */
  display: { label?: string; tex: string }[];
}

export interface Knowledge {
  terms: Map<string, TermInfo>;
  formulas: Map<string, FormulaInfo>;
  /** Finds a term by id, seed term, French name or alias (case and accents ignored). */
  resolveTerm(text: string): TermInfo | undefined;
  /**
   * A Markdown body as the words a reader sees (the search index's records): references read as
   * their text ("éq. (3.2)"), formulas as their visible glyphs, no markup.
   */
  plainText(markdown: string): string;
}

// Math only, not siteMarkdown(): these short texts are rendered without the :term/:eq directives.
const inline = unified()
  .use(remarkParse)
  .use(remarkMath)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeTex)
  .use(rehypeStringify, { allowDangerousHtml: true });

/** Renders a short Markdown text to HTML without its wrapping paragraph. */
export function markdownToInlineHtml(markdown: string): string {
  return inlineHtml(String(inline.processSync(markdown.trim())));
}

/**
 * :term[…] and :eq[…] read as their words: a term's visible text, an equation's "éq. (3.2)"
 * as its page shows it (its own text when it names no known formula).
 */
function remarkRefsAsText(knowledge: Pick<Knowledge, 'formulas' | 'resolveTerm'>) {
  return (tree: MdastRoot) => {
    visit(tree, 'textDirective', (node, index, parent) => {
      if (!parent || index === undefined) return;
      const directive = node as unknown as Parameters<typeof readDirective>[0] & { children: PhrasingContent[] };
      // The same reading of a directive (label, key) as the checks and the site's rendering.
      const ref = readDirective(directive);
      let replacement: PhrasingContent[] = directive.children;
      if (ref?.kind === 'eq') {
        const formula = knowledge.formulas.get(ref.key);
        if (formula) replacement = [{ type: 'text', value: `éq. (${formula.number})` }];
      } else if (ref?.kind === 'term') {
        const term = knowledge.resolveTerm(ref.key);
        if (!ref.label && term) replacement = [{ type: 'text', value: titleText(term.title) }];
      } else {
        // Not one of ours (a colon followed by a word): the text as written.
        replacement = [{ type: 'text', value: `:${directive.name}` }, ...directive.children];
      }
      parent.children.splice(index, 1, ...replacement);
      return index + replacement.length;
    });
  };
}

const cache = new Map<string, Knowledge>();

export function loadKnowledge(root: string): Knowledge {
  const cached = cache.get(root);
  if (cached) return cached;
  const files = readContent(root);
  const formulas = new Map<string, FormulaInfo>();
  for (const f of files.filter((f) => f.collection === 'formulas')) {
    const d = f.data as {
      name: string;
      french?: string[];
      titleLang?: TitleLang;
      section: string;
      order: number;
      display: { label?: string; tex: string }[];
    };
    const number = `${formulaSections.findIndex((s) => s.id === d.section) + 1}.${d.order}`;
    formulas.set(f.id, {
      id: f.id,
      name: formulaTitle({ name: d.name, french: d.french ?? [], titleLang: d.titleLang ?? 'en' }),
      number,
      firstTex: d.display?.[0]?.tex ?? '',
      display: d.display ?? [],
    });
  }
  const terms = new Map<string, TermInfo>();
  const byName = new Map<string, TermInfo>();
  for (const f of files.filter((f) => f.collection === 'glossary')) {
    const d = f.data as {
      term: string;
      french?: string[];
      titleLang?: TitleLang;
      aliases?: string[];
      formulas?: string[];
    };
    const formulaId = d.formulas?.[0];
    const formula = formulaId ? formulas.get(formulaId) : undefined;
    const info: TermInfo = {
      id: f.id,
      term: d.term,
      french: d.french ?? [],
      aliases: d.aliases ?? [],
      title: termTitleParts({ term: d.term, french: d.french ?? [], titleLang: d.titleLang ?? 'en' }),
      definitionHtml: markdownToInlineHtml(f.body),
      formula: formula && {
        id: formula.id,
        name: formula.name,
        number: formula.number,
        html: safeTex(blockFor(formula, d.term ?? f.id)),
      },
    };
    terms.set(f.id, info);
  }
  // Ids and seed terms win over French names, which win over aliases, when two terms share a name.
  for (const pass of ['id', 'term', 'french', 'aliases'] as const) {
    for (const info of terms.values()) {
      const names = pass === 'id' ? [info.id] : pass === 'term' ? [info.term] : info[pass];
      // A missing or mistyped name is the schema's to report (naming the file); it must not crash this first.
      for (const name of names)
        if (typeof name === 'string' && !byName.has(normalise(name))) byName.set(normalise(name), info);
    }
  }
  const resolveTerm = (text: string) => byName.get(normalise(text));
  const plain = siteMarkdown()
    .use(remarkRefsAsText, { formulas, resolveTerm })
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeTex)
    .use(rehypeStringify, { allowDangerousHtml: true });
  const plainText = (markdown: string) => visibleText(String(plain.processSync(markdown.trim())));
  const knowledge: Knowledge = { terms, formulas, resolveTerm, plainText };
  cache.set(root, knowledge);
  return knowledge;
}

/**
 * The display block of a formula that is about the term: the one whose label or
 * TeX names it ("F1-score" in the metrics formula), else the first one.
 */
function blockFor(formula: FormulaInfo, term: string): string {
  const plain = (s: string) => normalise(s.replace(/\\text\{([^}]*)\}/g, '$1')).replace(/[^a-z0-9]+/g, '');
  const wanted = plain(term);
  const block = formula.display.find((b) => plain(`${b.label ?? ''} ${b.tex}`).includes(wanted));
  return (block ?? formula.display[0])?.tex ?? '';
}

/** Malformed TeX is reported by the integrity checks; the preview must not crash before they run. */
function safeTex(tex: string): string {
  try {
    return renderTex(tex, false);
  } catch {
    return '';
  }
}

/**
 * A term reference: a plain link to the term's page, and a preview card that CSS
 * shows on hover and focus (src/scripts/previews.ts adds tap and Escape).
 * Without JavaScript it stays a link; screen readers get the definition as its description.
 */
export function termRefHtml(info: TermInfo, label: string, href: string, uid: string): string {
  const formula = info.formula
    ? `<span class="ref-card-formula">${info.formula.html} <span class="eq-number">(${info.formula.number})</span></span>`
    : '';
  // The title already shows the first French name; the others follow it.
  const others = info.french.slice(1);
  const french = others.length ? ` <span class="ref-card-fr">(${escapeHtml(others.join(', '))})</span>` : '';
  return (
    `<span class="ref"><a class="ref-link term-ref" href="${escapeHtml(href)}" data-term="${info.id}" aria-describedby="${uid}">${escapeHtml(label)}</a>` +
    `<span class="ref-card" role="tooltip" id="${uid}"><span class="ref-card-title">${titleHtml(info.title)}</span>${french} : ` +
    `<span class="ref-card-def">${info.definitionHtml}</span>${formula}</span></span>`
  );
}

/** An equation reference: "éq. (3.2)", a link to the formula card, with the same preview. */
export function eqRefHtml(info: FormulaInfo, href: string, uid: string): string {
  return (
    `<span class="ref"><a class="ref-link eq-ref" href="${escapeHtml(href)}" data-formula="${info.id}" aria-describedby="${uid}">éq. (${info.number})</a>` +
    `<span class="ref-card" role="tooltip" id="${uid}"><span class="ref-card-title">${escapeHtml(info.name)}</span> ` +
    `<span class="ref-card-formula">${safeTex(info.firstTex)}</span></span></span>`
  );
}
