/**
 * A group of resources (seed 004, sections 3 and 9.1): one YAML file per group,
 * shown on `/ressources/` (libraries, datasets, RL environments, courses, books)
 * or `/outils/` (the complete ML stack).
 */
import { z } from 'astro/zod';
import { language, source } from './common';

export const resourceKinds = {
  library: 'Bibliothèques Python',
  dataset: 'Datasets',
  'rl-environment': 'Environnements RL',
  'online-course': 'Cours en ligne',
  book: 'Livres',
  stack: 'Stack ML complète',
} as const;

export const resourceGroupSchema = z
  .object({
    /** Heading of the group as in the seed ("ML Classique", "Débutant"). */
    title: z.string().min(1),
    /** What the items are (one of `resourceKinds`). */
    kind: z.enum(Object.keys(resourceKinds) as [keyof typeof resourceKinds, ...(keyof typeof resourceKinds)[]]),
    /** Dataset level, for datasets only. */
    level: z.enum(['debutant', 'intermediaire', 'avance']).optional(),
    /** Position among the groups of the same kind, from 1. */
    order: z.number().int().positive(),
    /** The items, in the seed's order. */
    items: z
      .array(
        z
          .object({
            /** Name as in the seed ("scikit-learn", "CS231n (Stanford)"). */
            name: z.string().min(1),
            /** Author(s), for books. */
            author: z.string().optional(),
            /** The seed's description, word for word ("ML complet (classification, régression, clustering)"). */
            description: z.string().optional(),
            /** Language of `description` when it is not French. */
            descriptionLanguage: language.optional(),
          })
          .strict(),
      )
      .min(1),
    source,
  })
  .strict();
export type ResourceGroupData = z.infer<typeof resourceGroupSchema>;
