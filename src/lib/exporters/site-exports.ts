/**
 * The site's content as the exporters' plain inputs (used by the routes under
 * src/pages/exports/). Kept apart from the generators so that they stay free of
 * Astro and can be tested on small fixtures.
 */
import { glossaryCategories } from '../../schemas/glossary';
import { faqCategories } from '../faq-categories';
import { formulaSections } from '../formula-sections';
import { normalise } from '../normalise';
import { formulaNumber, type SiteData } from '../site-data';
import { renderTex } from '../tex';
import { urls } from '../urls';
import { markdownToMoodleHtml, markdownToMoodleInline, type ExportRefs } from './markdown-export';
import type { QuizFaq, QuizFormula, QuizTerm } from './quizzes';
import type { RevisionInput } from './revision';
import { escapeHtml } from '../escape';
import { formulaTitle, formulaTitleParts, termTitle, termTitleParts, titleHtml } from '../titles';

/**
 * :term and :eq links: absolute URLs with the formula's full label for Moodle; with
 * `site`, site paths labelled "éq. (3.2)" as the site's own pages show them.
 */
export function exportRefs(data: SiteData, site: URL | 'site'): ExportRefs {
  const abs = (path: string) => (site === 'site' ? path : new URL(path, site).href);
  return {
    term(key) {
      const k = normalise(key);
      const t = data.glossary.find(
        (x) => x.id === key || [x.data.term, ...x.data.french, ...x.data.aliases].some((n) => normalise(n) === k),
      );
      return t && { label: t.data.term, href: abs(urls.term(t.id)) };
    },
    formula(id) {
      const f = data.formulas.find((x) => x.id === id);
      if (!f) return undefined;
      const label = site === 'site' ? `éq. (${formulaNumber(f)})` : `(${formulaNumber(f)}) ${f.data.name}`;
      return { label, href: abs(urls.formula(f.id)) };
    },
  };
}

export function glossaryEntries(data: SiteData, site: URL) {
  const refs = exportRefs(data, site);
  return data.glossary.map((t) => ({
    concept: t.data.term,
    definitionHtml: `${markdownToMoodleHtml(t.body ?? '', refs)}\n<p><a href="${new URL(urls.term(t.id), site).href}">Fiche « ${termTitle(t.data)} » sur Atlas ML</a></p>`,
    aliases: [...t.data.french, ...t.data.aliases].filter((a) => normalise(a) !== normalise(t.data.term)),
    categories: [glossaryCategories[t.data.category]],
  }));
}

export function quizTerms(data: SiteData, site: URL): QuizTerm[] {
  const refs = exportRefs(data, site);
  return data.glossary.map((t) => ({
    id: t.id,
    term: t.data.term,
    title: termTitle(t.data),
    category: t.data.category,
    definitionHtml: markdownToMoodleInline(t.body ?? '', refs),
    href: new URL(urls.term(t.id), site).href,
  }));
}

export function quizFormulas(data: SiteData, site: URL): QuizFormula[] {
  return data.formulas.map((f) => ({
    id: f.id,
    name: formulaTitle(f.data),
    section: formulaSections.find((s) => s.id === f.data.section)?.title ?? f.data.section,
    display: f.data.display,
    href: new URL(urls.formula(f.id), site).href,
  }));
}

export function quizFaq(data: SiteData, site: URL): QuizFaq[] {
  const refs = exportRefs(data, site);
  return data.faq.map((q) => ({
    id: q.id,
    question: q.data.question,
    category: q.data.category,
    answerHtml: markdownToMoodleInline(q.body ?? '', refs),
    href: new URL(urls.question(q.id), site).href,
  }));
}

const katex = (tex: string, display: boolean) => renderTex(tex, display);

/**
 * The revision cards' inputs (src/lib/exporters/revision.ts): the quizzes' very
 * inputs, plus the same content rendered as the site shows it (KaTeX, site links).
 */
export function revisionInput(data: SiteData, site: URL): RevisionInput {
  const refs = exportRefs(data, 'site');
  const terms = quizTerms(data, site);
  const formulas = quizFormulas(data, site);
  const faq = quizFaq(data, site);
  return {
    terms: terms.map((t, i) => {
      const entry = data.glossary[i]!;
      return {
        ...t,
        french: entry.data.french,
        titleHtml: titleHtml(termTitleParts(entry.data)),
        definitionCardHtml: markdownToMoodleInline(entry.body ?? '', refs, katex),
        path: urls.term(entry.id),
      };
    }),
    formulas: formulas.map((f, i) => {
      const entry = data.formulas[i]!;
      const blocks = entry.data.display
        .map(
          (d) =>
            `${d.label ? `<p class="formula-label">${escapeHtml(d.label)} :</p>` : ''}<div class="formula-math">${renderTex(d.tex)}</div>`,
        )
        .join('');
      const note = (entry.body ?? '').trim();
      return {
        ...f,
        nameHtml: titleHtml(formulaTitleParts(entry.data)),
        sectionId: entry.data.section,
        number: formulaNumber(entry),
        mathCardHtml: note
          ? `${blocks}<div class="formula-note">${markdownToMoodleHtml(note, refs, katex)}</div>`
          : blocks,
        symbols: entry.data.symbols.map((s) => ({ tex: s.tex, texHtml: renderTex(s.tex, false), meaning: s.meaning })),
        path: urls.formula(entry.id),
      };
    }),
    faq: faq.map((q, i) => {
      const entry = data.faq[i]!;
      return {
        ...q,
        answerCardHtml: markdownToMoodleInline(entry.body ?? '', refs, katex),
        path: urls.question(entry.id),
      };
    }),
    groups: {
      glossary: Object.entries(glossaryCategories).map(([id, title]) => ({ id, title })),
      formulas: formulaSections,
      faq: faqCategories,
    },
  };
}
