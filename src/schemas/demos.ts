/**
 * An interactive demo (issue 6): one page `/demos/<id>/`, whose island is
 * `src/islands/<id>/Demo.astro` (the file name of the entry is the island's folder).
 * The MDX body is our own explanation of what the demo shows, in French; every
 * fact it states must come from the seeds (the formulas it links are seed 004's).
 */
import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { source } from './common';

export const demoSchema = z
  .object({
    /** The demo's title, shown as the page's h1 and in lists ("Régression linéaire"). */
    title: z.string().min(1),
    /** Position in the list of demos, from 1 (the numbering: 3 for linear regression). */
    order: z.number().int().positive(),
    /** One sentence saying what the reader can do, for lists and the meta description. */
    summary: z.string().min(1),
    /**
     * Formulas of the cheat sheet the demo explains, most important first. The demo is
     * embedded under the first one on the cheat sheet; the others link to it.
     */
    formulas: z.array(reference('formulas')).min(1),
    /**
     * "Ce que vous voyez": what the demo shows at its default state, in one paragraph of
     * Markdown (math, :term and :eq work). The site's own explanation, marked as such; every
     * claim in it is tested against the model at the defaults (tests/unit/demo-<id>-lesson.test.ts).
     */
    seeing: z.string().min(1).optional(),
    /** Glossary terms the demo illustrates: their pages embed the demo. */
    terms: z.array(reference('glossary')).default([]),
    /** FAQ questions the demo illustrates: the demo page links them (by their anchor on /faq/). */
    faq: z.array(reference('faq')).default([]),
    /** Seed document the formulas come from. */
    source,
  })
  .strict();
export type DemoData = z.infer<typeof demoSchema>;
