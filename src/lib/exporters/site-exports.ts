/**
 * The site's content as the exporters' plain inputs (used by the routes under
 * src/pages/exports/). Kept apart from the generators so that they stay free of
 * Astro and can be tested on small fixtures.
 */
import { glossaryCategories } from '../../schemas/glossary';
import { formulaSections } from '../formula-sections';
import { normalise } from '../normalise';
import { formulaNumber, type SiteData } from '../site-data';
import { urls } from '../urls';
import { markdownToMoodleHtml, markdownToMoodleInline, type ExportRefs } from './markdown-export';
import type { QuizFaq, QuizFormula, QuizTerm } from './quizzes';

export function exportRefs(data: SiteData, site: URL): ExportRefs {
  const abs = (path: string) => new URL(path, site).href;
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
      return f && { label: `(${formulaNumber(f)}) ${f.data.name}`, href: abs(urls.formula(f.id)) };
    },
  };
}

export function glossaryEntries(data: SiteData, site: URL) {
  const refs = exportRefs(data, site);
  return data.glossary.map((t) => ({
    concept: t.data.term,
    definitionHtml: `${markdownToMoodleHtml(t.body ?? '', refs)}\n<p><a href="${new URL(urls.term(t.id), site).href}">Fiche « ${t.data.term} » sur Atlas ML</a></p>`,
    aliases: [...t.data.french, ...t.data.aliases].filter((a) => normalise(a) !== normalise(t.data.term)),
    categories: [glossaryCategories[t.data.category]],
  }));
}

export function quizTerms(data: SiteData, site: URL): QuizTerm[] {
  const refs = exportRefs(data, site);
  return data.glossary.map((t) => ({
    id: t.id,
    term: t.data.term,
    category: t.data.category,
    definitionHtml: markdownToMoodleInline(t.body ?? '', refs),
    href: new URL(urls.term(t.id), site).href,
  }));
}

export function quizFormulas(data: SiteData, site: URL): QuizFormula[] {
  return data.formulas.map((f) => ({
    id: f.id,
    name: f.data.name,
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
