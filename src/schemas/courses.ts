/**
 * A course (EC, UE or module) of a programme: one page at `/cours/<id>/`.
 * The file name is the id and the URL slug. The Markdown body is the course
 * description exactly as the source gives it (empty when the source has none).
 * Where the course sits in its programme (semester, unit, option) is not written
 * here: it is read from the programme's `structure`, so that a course listed by
 * several options is one page.
 */
import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { topicIds } from '../lib/topics';
import { hours, language, source } from './common';

export const courseSchema = z
  .object({
    /** The course title as the source spells it (extraction noise fixed). */
    title: z.string().min(1),
    /**
     * Language of the title: `en` when the source names the course in English ("Advanced Data
     * Mining"), so that every page showing it marks it `lang="en"` and a screen reader pronounces
     * it in English. French titles with an English term in them ("Machine learning avancé") are `fr`.
     */
    titleLang: z.enum(['fr', 'en']).default('fr'),
    /** The programme this course belongs to (id in `content/programmes/`). */
    programme: reference('programmes'),
    /** Course or UE code given by the source (`254-1-71`, `BGDIA704`, `APM_5AI01_TP`). */
    code: z.string().min(1).optional(),
    /** ECTS credits of the course itself; omit when the source gives them only for its unit. */
    ects: z.number().nonnegative().optional(),
    /** Teaching hours of the course itself, when the source states them for this course. */
    hours: hours.optional(),
    /** Teaching languages, in the source's order (MIX "français - anglais" → `[fr, en]`). */
    teachingLanguages: z.array(language).optional(),
    /** Language of the Markdown body (the description): English passages get `lang="en"`. */
    descriptionLanguage: language.default('fr'),
    /** Learning objectives, one item each, in the source's wording (MIX). */
    objectives: z.array(z.string().min(1)).default([]),
    /** Responsables (teachers in charge) named by the source. */
    responsables: z.array(z.string().min(1)).default([]),
    /** Programming slot given by the source (MS IA: `S1-P1`, `S2-P4`, `S1-S2`). */
    period: z.string().optional(),
    /** Type of teaching as the source states it (MS IA: "Enseignement scientifique & technique", "Projets"). */
    teachingType: z.string().optional(),
    /** Domains as the source lists them (MS IA: "Mathématiques", "Informatique"). */
    domains: z.array(z.string()).default([]),
    /** UE category as the source states it (MS IA: "Enseignement de Mastère Spécialisé."). */
    category: z.string().optional(),
    /** `true` mandatory, `false` elective, omitted when the source does not say (MIX ● / ■). */
    mandatory: z.boolean().optional(),
    /** Topics the description covers, as topic ids (see `src/lib/topics.ts`); filled from the description. */
    topics: z.array(z.enum(topicIds)).default([]),
    /** Glossary terms the course covers, for "related" links. */
    terms: z.array(reference('glossary')).default([]),
    /** Free remarks from the source that fit no other field (e.g. "bloc 1"). */
    notes: z.array(z.string()).default([]),
    /** Seed document the facts come from. */
    source,
  })
  .strict();
export type CourseData = z.infer<typeof courseSchema>;
