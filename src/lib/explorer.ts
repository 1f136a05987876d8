/**
 * The course explorer's rows and filter options, computed once from the collections.
 * Pure data: the page renders it, the client script filters it by data attributes.
 */
import { totalHours } from './format';
import { normaliseWords } from './normalise';
import type { SiteData } from './site-data';
import { courseTitleLang } from './titles';
import { topics, type TopicId } from './topics';

export interface ExplorerRow {
  id: string;
  title: string;
  /** `en` when the source names the course in English. */
  titleLang?: 'en';
  code?: string;
  programme: { id: string; short: string };
  /** "m2-im:option-mds" for every group listing the course. */
  groups: { key: string; label: string }[];
  topics: TopicId[];
  /** Teaching languages: the course's own, else the programme's; empty when unknown. */
  languages: ('fr' | 'en')[];
  ects?: number;
  hours?: number;
  /**
   * What the text filter searches, as distinct folded words: title, code, the source's
   * description, objectives, teachers and domains, and the names (English, French, other forms) of the glossary terms the
   * course covers, so that "réseaux de neurones" or "surapprentissage" find it.
   */
  words: string;
}

export function explorerRows(data: SiteData): ExplorerRow[] {
  const termById = new Map(data.glossary.map((t) => [t.id, t.data]));
  return data.courses.map((course) => {
    const terms = course.data.terms.flatMap((r) => {
      const t = termById.get(r.id);
      return t ? [t.term, ...t.french, ...t.aliases] : [];
    });
    const d = course.data;
    const text = [
      d.title,
      d.code ?? '',
      course.body ?? '',
      ...d.objectives,
      ...d.responsables,
      ...d.domains,
      ...terms,
    ].join(' ');
    const programme = data.programmes.find((p) => p.id === course.data.programme.id)!;
    const listings = data.listings.get(course.id) ?? [];
    const groups = [...new Map(listings.map((l) => [`${programme.id}:${l.group.id}`, l.group.short])).entries()].map(
      ([key, label]) => ({ key, label }),
    );
    return {
      id: course.id,
      title: course.data.title,
      titleLang: courseTitleLang(course.data),
      code: course.data.code,
      programme: { id: programme.id, short: programme.data.short },
      groups,
      topics: course.data.topics,
      languages: course.data.teachingLanguages ?? programme.data.facts.languages ?? [],
      ects: course.data.ects,
      hours: totalHours(course.data.hours),
      words: [...new Set(normaliseWords(text).split(' '))].filter((w) => w.length > 1 || /\d/.test(w)).join(' '),
    };
  });
}

export function explorerOptions(data: SiteData) {
  const usedTopics = new Set(data.courses.flatMap((c) => c.data.topics));
  return {
    programmes: data.programmes.map((p) => ({ value: p.id, label: p.data.short })),
    groups: data.programmes.flatMap((p) =>
      p.data.structure.map((g) => ({
        value: `${p.id}:${g.id}`,
        label: `${p.data.short} — ${g.title}`,
        programme: p.id,
      })),
    ),
    topics: (Object.keys(topics) as TopicId[])
      .filter((t) => usedTopics.has(t))
      .map((t) => ({ value: t, label: topics[t] })),
  };
}
