/**
 * The one place that reads the collections at build time. Every route and
 * component asks this module, so queries are written once. The content checks
 * (src/lib/content-check.ts) run before, when src/content.config.ts is loaded.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { readContent } from './content-files';
import { contentRoot } from './content-root';
import { loadKnowledge } from './knowledge';
import { clearParsedMarkdown } from './markdown/parse.ts';
import { checkDirectives, type Citation } from './refs-check';
import { urls } from './urls';
import { courseTitleLang, formulaTitle, termTitle } from './titles';
import { formulaSections } from '../schemas/formulas';
import { faqCategories } from '../schemas/faq';

export type Programme = CollectionEntry<'programmes'>;
export type Course = CollectionEntry<'courses'>;
export type Term = CollectionEntry<'glossary'>;
export type Formula = CollectionEntry<'formulas'>;
export type Faq = CollectionEntry<'faq'>;
export type Demo = CollectionEntry<'demos'>;
export type Group = Programme['data']['structure'][number];
export type Unit = Group['units'][number];

/** Where a course is listed: programme, group (semester, period or option) and unit. */
export interface Listing {
  programme: Programme;
  group: Group;
  unit: Unit;
  note?: string;
}

export interface SiteData {
  programmes: Programme[];
  courses: Course[];
  glossary: Term[];
  formulas: Formula[];
  faq: Faq[];
  resources: CollectionEntry<'resources'>[];
  careers: CollectionEntry<'careers'>[];
  hardware: CollectionEntry<'hardware'>[];
  guides: CollectionEntry<'guides'>[];
  /** Interactive demos, sorted by order. */
  demos: Demo[];
  listings: Map<string, Listing[]>;
  /** Pages that cite an entry, keyed "collection/id" (e.g. "glossary/overfitting"). */
  citedBy: Map<string, PageRef[]>;
}

/** A page, or a place on a page, as a link. */
export interface PageRef {
  label: string;
  href: string;
  /** What kind of page, for grouping ("Cours", "FAQ"…). */
  kind: string;
  /** The label's language when it is not the page's (a course the source names in English). */
  lang?: 'en';
}

const collator = new Intl.Collator('fr', { sensitivity: 'base' });
let cached: Promise<SiteData> | undefined;

async function load(): Promise<SiteData> {
  const [programmes, courses, glossary, formulas, faq, resources, careers, hardware, guides, demos] = await Promise.all(
    [
      getCollection('programmes'),
      getCollection('courses'),
      getCollection('glossary'),
      getCollection('formulas'),
      getCollection('faq'),
      getCollection('resources'),
      getCollection('careers'),
      getCollection('hardware'),
      getCollection('guides'),
      getCollection('demos'),
    ],
  );
  const files = readContent(contentRoot);
  const knowledge = loadKnowledge(contentRoot);
  // The content was checked, every problem at once, before Astro read it (src/content.config.ts,
  // src/lib/content-check.ts); the directives it found are used again here for the citations.
  const directives = checkDirectives(files, knowledge);
  // Trees parsed for a body the check had not read (an edit in `astro dev`) are not kept.
  clearParsedMarkdown();

  programmes.sort((a, b) => a.data.order - b.data.order);
  courses.sort((a, b) => collator.compare(a.data.title, b.data.title));
  // In the order of their titles, French first where French has the term (src/lib/titles.ts).
  glossary.sort((a, b) => collator.compare(termTitle(a.data), termTitle(b.data)));
  const sectionIndex = (id: string) => formulaSections.findIndex((s) => s.id === id);
  formulas.sort((a, b) => sectionIndex(a.data.section) - sectionIndex(b.data.section) || a.data.order - b.data.order);
  const categoryIndex = (id: string) => faqCategories.findIndex((c) => c.id === id);
  faq.sort((a, b) => categoryIndex(a.data.category) - categoryIndex(b.data.category) || a.data.order - b.data.order);
  const byOrder = <T extends { data: { order: number } }>(list: T[]) =>
    list.sort((a, b) => a.data.order - b.data.order);
  byOrder(resources);
  byOrder(careers);
  byOrder(hardware);
  byOrder(guides);
  byOrder(demos);

  const listings = new Map<string, Listing[]>();
  for (const programme of programmes) {
    for (const group of programme.data.structure) {
      for (const unit of group.units) {
        for (const { course, note } of unit.courses) {
          const list = listings.get(course.id) ?? [];
          list.push({ programme, group, unit, note });
          listings.set(course.id, list);
        }
      }
    }
  }
  const data = {
    programmes,
    courses,
    glossary,
    formulas,
    faq,
    resources,
    careers,
    hardware,
    guides,
    demos,
    listings,
    citedBy: new Map(),
  };
  data.citedBy = computeCitations(data, directives.citations);
  return data;
}

/** Where an entry is shown, as a link. */
export function pageOf(data: Omit<SiteData, 'citedBy'>, collection: string, id: string): PageRef {
  switch (collection) {
    case 'courses': {
      const c = data.courses.find((x) => x.id === id)!;
      return { label: c.data.title, href: urls.course(id), kind: 'Cours', lang: courseTitleLang(c.data) };
    }
    case 'faq': {
      const q = data.faq.find((x) => x.id === id)!;
      return { label: q.data.question, href: urls.question(id), kind: 'FAQ' };
    }
    case 'formulas': {
      const f = data.formulas.find((x) => x.id === id)!;
      return { label: `(${formulaNumber(f)}) ${formulaTitle(f.data)}`, href: urls.formula(id), kind: 'Formules' };
    }
    case 'glossary': {
      const t = data.glossary.find((x) => x.id === id)!;
      return { label: termTitle(t.data), href: urls.term(id), kind: 'Glossaire' };
    }
    case 'programmes': {
      const p = data.programmes.find((x) => x.id === id)!;
      return { label: p.data.title, href: urls.programme(id), kind: 'Programmes' };
    }
    case 'guides': {
      const g = data.guides.find((x) => x.id === id)!;
      return { label: g.data.title, href: `${urls.tools()}#${id}`, kind: 'Outils' };
    }
    case 'demos': {
      const d = data.demos.find((x) => x.id === id)!;
      return { label: d.data.title, href: urls.demo(id), kind: 'Démos' };
    }
    case 'careers':
      return { label: 'Carrières en machine learning', href: urls.careers(), kind: 'Carrières' };
    case 'hardware':
      return { label: 'Outils : workflows, GPU et cloud', href: urls.tools(), kind: 'Outils' };
    default:
      return { label: 'Ressources', href: urls.resources(), kind: 'Ressources' };
  }
}

function computeCitations(data: Omit<SiteData, 'citedBy'>, fromBodies: Citation[]): Map<string, PageRef[]> {
  const edges: Citation[] = [...fromBodies];
  const add = (collection: string, id: string, refs: { collection: string; id: string }[]) => {
    for (const r of refs) edges.push({ from: { collection, id }, to: r as Citation['to'] });
  };
  for (const p of data.programmes)
    add(
      'programmes',
      p.id,
      p.data.structure.flatMap((g) => g.units.flatMap((u) => u.courses.map((c) => c.course))),
    );
  for (const c of data.courses) add('courses', c.id, c.data.terms);
  for (const q of data.faq) add('faq', q.id, q.data.terms);
  for (const f of data.formulas) add('formulas', f.id, f.data.terms);
  for (const t of data.glossary) add('glossary', t.id, [...t.data.related, ...t.data.formulas]);
  // Formula cards already have their own "Démo" line: only terms list demos among their citations.
  for (const d of data.demos) add('demos', d.id, d.data.terms);
  const citedBy = new Map<string, PageRef[]>();
  for (const { from, to } of edges) {
    if (from.collection === to.collection && from.id === to.id) continue;
    const key = `${to.collection}/${to.id}`;
    const page = pageOf(data, from.collection, from.id);
    const list = citedBy.get(key) ?? [];
    if (!list.some((p) => p.href === page.href)) list.push(page);
    citedBy.set(key, list);
  }
  return citedBy;
}

/** All collections, sorted and checked; loaded once per build. */
export function getSiteData(): Promise<SiteData> {
  cached ??= load();
  return cached;
}

/** The stable equation number of a formula: section index (1-based) and order, e.g. "3.2". */
export function formulaNumber(formula: Formula): string {
  return `${formulaSections.findIndex((s) => s.id === formula.data.section) + 1}.${formula.data.order}`;
}

export function programmeOf(data: SiteData, course: Course): Programme {
  const programme = data.programmes.find((p) => p.id === course.data.programme.id);
  if (!programme) throw new Error(`${course.filePath}: unknown programme ${course.data.programme.id}`);
  return programme;
}

/**
 * Terms and formulas that share at least one topic with the given list. (Not courses: a
 * course page lists none by topic, and each of thousands of course pages filtering every
 * course made the build quadratic.)
 */
export function relatedByTopics(data: SiteData, topics: readonly string[]) {
  const shares = (list: readonly string[]) => list.some((t) => topics.includes(t));
  return {
    terms: data.glossary.filter((t) => shares(t.data.topics)),
    formulas: data.formulas.filter((f) => shares(f.data.topics)),
  };
}

/** The demos that explain a formula, in demo order. */
export function demosOfFormula(data: SiteData, formulaId: string): Demo[] {
  return data.demos.filter((d) => d.data.formulas.some((f) => f.id === formulaId));
}

/** The demos that illustrate a glossary term, in demo order. */
export function demosOfTerm(data: SiteData, termId: string): Demo[] {
  return data.demos.filter((d) => d.data.terms.some((t) => t.id === termId));
}

/**
 * A course page's <title>: the course title, plus where it is taught when another
 * course has the same title (a language course each semester, one course per option).
 */
export function coursePageTitle(data: SiteData, course: Course): string {
  if ((titleCounts(data).get(course.data.title) ?? 0) < 2) return course.data.title;
  const programme = programmeOf(data, course);
  const listing = data.listings.get(course.id)?.[0];
  const where = listing ? [programme.data.short, listing.group.short ?? listing.group.title] : [programme.data.short];
  return `${course.data.title} (${where.filter(Boolean).join(', ')})`;
}

// How many courses bear each title, counted once per build (every course page asks).
const titleCountsOf = new WeakMap<SiteData, Map<string, number>>();
function titleCounts(data: SiteData): Map<string, number> {
  let counts = titleCountsOf.get(data);
  if (!counts) {
    counts = new Map();
    for (const c of data.courses) counts.set(c.data.title, (counts.get(c.data.title) ?? 0) + 1);
    titleCountsOf.set(data, counts);
  }
  return counts;
}
