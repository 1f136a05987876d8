/**
 * A free-form page written in MDX (workflows, install commands, teachers' guide…),
 * rendered at the route that imports it. The body may mix the seed's code and text
 * with our own explanations; `source` names the seed its facts come from.
 */
import { z } from 'astro/zod';
import { source } from './common';

export const guideSchema = z
  .object({
    /** Page or section title. */
    title: z.string().min(1),
    /** One-sentence description, used for the meta description. */
    description: z.string().min(1),
    /** Position on its page, from 1. */
    order: z.number().int().positive(),
    /** Seed document the facts come from. */
    source,
  })
  .strict();
export type GuideData = z.infer<typeof guideSchema>;
