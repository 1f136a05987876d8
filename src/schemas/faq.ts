/**
 * A question of the FAQ of common pitfalls (seed 004, section 4), anchored `#<id>` on `/faq/`.
 * The Markdown body is the seed's answer, word for word (lists kept as lists).
 */
import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { source } from './common';

import { faqCategories } from '../lib/faq-categories';
export { faqCategories };

export const faqSchema = z
  .object({
    /** The question as the seed asks it, without the "Q :" prefix. */
    question: z.string().min(1),
    /** Category id (one of `faqCategories`). */
    category: z.enum(faqCategories.map((c) => c.id) as [string, ...string[]]),
    /** Position within its category, from 1. */
    order: z.number().int().positive(),
    /** Glossary terms the answer is about. */
    terms: z.array(reference('glossary')).default([]),
    /** Seed document the answer comes from. */
    source,
  })
  .strict();
export type FaqData = z.infer<typeof faqSchema>;
