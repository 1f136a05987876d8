/**
 * The one place that reads the collections at build time. Every route and
 * component asks this module, so queries are written once, and the integrity
 * checks (unknown references, duplicate ids) run before any page renders.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { readContent } from './content-files';
import { contentRoot } from './content-root';
import { checkMarkdownTex } from './tex-check';
import { assertIntegrity, checkDuplicates, checkReferences } from './integrity';
import { formulaSections } from '../schemas/formulas';
import { faqCategories } from '../schemas/faq';

export type Programme = CollectionEntry<'programmes'>;
export type Course = CollectionEntry<'courses'>;
export type Term = CollectionEntry<'glossary'>;
export type Formula = CollectionEntry<'formulas'>;
export type Faq = CollectionEntry<'faq'>;
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
  listings: Map<string, Listing[]>;
}

const collator = new Intl.Collator('fr', { sensitivity: 'base' });
let cached: Promise<SiteData> | undefined;

async function load(): Promise<SiteData> {
  const [programmes, courses, glossary, formulas, faq, resources, careers, hardware, guides] = await Promise.all([
    getCollection('programmes'),
    getCollection('courses'),
    getCollection('glossary'),
    getCollection('formulas'),
    getCollection('faq'),
    getCollection('resources'),
    getCollection('careers'),
    getCollection('hardware'),
    getCollection('guides'),
  ]);
  const all = [programmes, courses, glossary, formulas, faq, resources, careers, hardware, guides].flat();
  const files = readContent(contentRoot);
  assertIntegrity([
    ...checkDuplicates(files),
    ...files.filter((f) => /\.mdx?$/.test(f.filePath)).flatMap((f) => checkMarkdownTex(f.filePath, f.raw)),
    ...checkReferences(all.map((e) => ({ collection: e.collection, id: e.id, filePath: e.filePath ?? e.id, data: e.data }))),
  ]);

  programmes.sort((a, b) => a.data.order - b.data.order);
  courses.sort((a, b) => collator.compare(a.data.title, b.data.title));
  glossary.sort((a, b) => collator.compare(a.data.term, b.data.term));
  const sectionIndex = (id: string) => formulaSections.findIndex((s) => s.id === id);
  formulas.sort((a, b) => sectionIndex(a.data.section) - sectionIndex(b.data.section) || a.data.order - b.data.order);
  const categoryIndex = (id: string) => faqCategories.findIndex((c) => c.id === id);
  faq.sort((a, b) => categoryIndex(a.data.category) - categoryIndex(b.data.category) || a.data.order - b.data.order);
  const byOrder = <T extends { data: { order: number } }>(list: T[]) => list.sort((a, b) => a.data.order - b.data.order);
  byOrder(resources);
  byOrder(careers);
  byOrder(hardware);
  byOrder(guides);

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
  return { programmes, courses, glossary, formulas, faq, resources, careers, hardware, guides, listings };
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
