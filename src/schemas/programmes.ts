/**
 * A master's programme: one page at `/programmes/<id>/`.
 * The frontmatter holds the key facts and the structure tree (group → unit → course);
 * the Markdown body holds everything else the source says (rules, internship,
 * practical information), in the source's wording, under `##` headings.
 */
import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { hours, language, source } from './common';

/** A course listed in a unit, with an optional remark that belongs to this listing only. */
const listing = z
  .object({
    /** The course page (id in `content/courses/`). */
    course: reference('courses'),
    /** Remark attached to this listing in the source, e.g. "bloc 1" or "blocs 1&2". */
    note: z.string().optional(),
  })
  .strict();

/** A rule of choice among the courses of a unit ("Choix de 2 cours parmi les 3 suivants"). */
const choice = z
  .object({
    /** How many courses the student takes. */
    pick: z.number().int().positive(),
    /** `true` when the source says "au moins" (at least `pick`). */
    atLeast: z.boolean().default(false),
    /** The rule in the source's wording. */
    text: z.string().min(1),
  })
  .strict();

/** A teaching unit (UE, "Mineure", "Module"), containing courses. */
const unit = z
  .object({
    /** The unit's title as in the source. */
    title: z.string().min(1),
    /** ECTS of the whole unit when the source gives them at unit level. */
    ects: z.number().nonnegative().optional(),
    /** Hours of the whole unit when the source gives them at unit level. */
    hours: hours.optional(),
    /** `true` mandatory (MIX ●), `false` elective (MIX ■); omitted when the source does not say. */
    mandatory: z.boolean().optional(),
    /** Choice rule among the unit's courses, when the source gives one. */
    choice: choice.optional(),
    /** Dates or remarks the source attaches to the unit ("02/09-13/09"). */
    note: z.string().optional(),
    /** A paragraph the source gives about the unit, in its wording. */
    description: z.string().optional(),
    /** Language of `description`. */
    descriptionLanguage: language.default('fr'),
    /** The courses of the unit, in the source's order (may be empty). */
    courses: z.array(listing).default([]),
  })
  .strict();

/** A top-level node of the structure: a semester, a period, an option, or the common units. */
const group = z
  .object({
    /** Stable anchor id on the programme page (kebab-case). */
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** Heading as displayed. */
    title: z.string().min(1),
    /** What kind of node this is; drives the explorer's filters. */
    kind: z.enum(['semester', 'period', 'option', 'common', 'year']),
    /**
     * `false` when the source gives no heading and `title` is ours (M2 IM's fifth option):
     * the page then says so.
     */
    titleFromSource: z.boolean().default(true),
    /** Short label used in filters and breadcrumbs ("S1", "MDS", "P2"). */
    short: z.string().min(1),
    /** Dates or duration the source gives for the group. */
    note: z.string().optional(),
    /** Total ECTS the source states for this group, to compare with the computed one. */
    statedEcts: z.number().nonnegative().optional(),
    /** A paragraph the source gives about the group (option presentation), in its wording. */
    description: z.string().optional(),
    /** Language of `description`. */
    descriptionLanguage: language.default('fr'),
    /** The group's units, in the source's order. */
    units: z.array(unit).min(1),
  })
  .strict();

/** Key facts: each is shown as "non précisé dans la source" when omitted. */
const facts = z
  .object({
    /** Diploma level as the source names it ("M2", "Master (2 ans)", "Mastère Spécialisé"). */
    level: z.string().optional(),
    /** Awarding institution(s). */
    institution: z.string().optional(),
    /** City where teaching takes place. */
    city: z.string().optional(),
    /** Duration in the source's words ("4 semestres", "9 mois + stage de 4 à 6 mois"). */
    duration: z.string().optional(),
    /** Total ECTS as the source states it. */
    ects: z.number().nonnegative().optional(),
    /** Teaching languages. */
    languages: z.array(language).optional(),
    /** Cost: amount as a number, currency, and the source's wording. */
    cost: z
      .object({ amount: z.number().nonnegative(), currency: z.literal('EUR'), text: z.string() })
      .strict()
      .optional(),
    /** Application fee, when separate from the cost. */
    applicationFee: z
      .object({ amount: z.number().nonnegative(), currency: z.literal('EUR') })
      .strict()
      .optional(),
    /** Number of places offered. */
    places: z.number().int().positive().optional(),
    /** Admission in a sentence, in the source's terms. */
    admission: z.string().optional(),
    /** Internship length in the source's words. */
    internshipLength: z.string().optional(),
    /** Internship pay in the source's words. */
    internshipPay: z.string().optional(),
    /** Academic year the document describes ("2025-2026"). */
    year: z.string().optional(),
    /** RNCP registration number. */
    rncp: z.string().optional(),
    /** Website(s) given by the source. */
    website: z.string().url().optional(),
  })
  .strict();

export const programmeSchema = z
  .object({
    /** Full title as the source gives it. */
    title: z.string().min(1),
    /** Short name used in menus, tables and filters ("M2 IM", "MIX"). */
    short: z.string().min(1),
    /** Display order in lists. */
    order: z.number().int(),
    /** One-sentence summary, written from the source's own statements. */
    summary: z.string().min(1),
    facts,
    /** The structure tree, in the source's order. */
    structure: z.array(group).min(1),
    /** Seed document the facts come from. */
    source,
  })
  .strict();
export type ProgrammeData = z.infer<typeof programmeSchema>;
