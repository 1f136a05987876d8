/**
 * A formula of the cheat sheet (seed 004, section 1): one card on `/formules/`,
 * anchored `#<id>`, numbered `(section.order)`, e.g. `(3.2)`.
 * The Markdown body is the seed's accompanying text (e.g. "où U, V orthogonales"),
 * in its wording, with inline math.
 */
import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { formulaSections } from '../lib/formula-sections';
import { texError } from '../lib/tex';
import { topicIds } from '../lib/topics';
import { source } from './common';

export { formulaSections } from '../lib/formula-sections';
const sectionIds = formulaSections.map((s) => s.id) as [string, ...string[]];

/** TeX that must render with KaTeX; the error names the formula's TeX. */
const tex = z
  .string()
  .min(1)
  .superRefine((value, ctx) => {
    const error = texError(value);
    if (error) ctx.addIssue({ code: 'custom', message: `invalid TeX ${JSON.stringify(value)}: ${error}` });
  });

export const formulaSchema = z
  .object({
    /** The formula's name, as the seed's heading gives it ("Théorème de Bayes"). */
    name: z.string().min(1),
    /**
     * French name(s) of a formula the seed names in English ("régression logistique"); ours, not the seed's.
     * The first one is the one titles show (src/lib/titles.ts), in front or as a gloss.
     */
    french: z.array(z.string().min(1)).default([]),
    /** Which name leads the title: `fr` (the French name, the seed's beside it) or `en` (the seed's, glossed). */
    titleLang: z.enum(['fr', 'en']).default('en'),
    /** Section of the cheat sheet (one of `formulaSections`). */
    section: z.enum(sectionIds),
    /** Position within its section, from 1: with the section, gives the stable number `(3.2)`. */
    order: z.number().int().positive(),
    /** The display math, one block per line the seed shows, TeX as in the seed (extraction noise fixed). */
    display: z
      .array(
        z
          .object({
            /** A label the seed puts before the math ("Modèle", "Solution"), if any. */
            label: z.string().optional(),
            /** The TeX source. */
            tex,
          })
          .strict(),
      )
      .min(1),
    /** What each symbol means: our explanation, written for students. */
    symbols: z.array(z.object({ tex, meaning: z.string().min(1) }).strict()).default([]),
    /** Words a student might search for this formula by (French and English). */
    keywords: z.array(z.string()).default([]),
    /** Related glossary terms. */
    terms: z.array(reference('glossary')).default([]),
    /** Topics (src/lib/topics.ts) the formula belongs to: links it to the courses that cover them. */
    topics: z.array(z.enum(topicIds)).default([]),
    /** Seed document the formula comes from. */
    source,
  })
  .strict()
  .refine((d) => d.titleLang === 'en' || d.french.length > 0, {
    message: '`titleLang: fr` needs a French name in `french`',
    path: ['titleLang'],
  });
export type FormulaData = z.infer<typeof formulaSchema>;
