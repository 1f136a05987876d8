/**
 * A glossary term (seed 004, section 2): one page at `/glossaire/<id>/`,
 * the id being the seed's term in kebab-case (`overfitting`, `l1-l2-regularization`).
 * The Markdown body is the seed's definition, word for word (extraction noise fixed).
 */
import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { topicIds } from '../lib/topics';
import { source } from './common';

/** Groups of terms, used for browsing and for quiz distractors. */
export const glossaryCategories = {
  apprentissage: 'Apprentissage et généralisation',
  donnees: 'Données',
  evaluation: 'Évaluation et métriques',
  optimisation: 'Optimisation et entraînement',
  reseaux: 'Réseaux de neurones',
  modeles: 'Modèles et méthodes',
} as const;

export const glossarySchema = z
  .object({
    /** The term exactly as the seed writes it ("Bias-Variance Tradeoff"). */
    term: z.string().min(1),
    /**
     * French equivalent(s) a student would use ("surapprentissage"); ours, not the seed's.
     * The first one is the one titles show (src/lib/titles.ts): in front, or as the gloss beside the term.
     */
    french: z.array(z.string().min(1)).default([]),
    /**
     * Which name leads the title: `fr` where French has a standard term ("Surapprentissage (Overfitting)"),
     * `en` for a term French speakers say in English, glossed in French ("Dropout (extinction aléatoire de neurones)").
     * `fr` needs a `french` name.
     */
    titleLang: z.enum(['fr', 'en']).default('en'),
    /** Other spellings, abbreviations and expansions a student would type ("ACP", "rétropropagation"). */
    aliases: z.array(z.string().min(1)).default([]),
    /** Browsing group (one of `glossaryCategories`). */
    category: z.enum(
      Object.keys(glossaryCategories) as [keyof typeof glossaryCategories, ...(keyof typeof glossaryCategories)[]],
    ),
    /** Related terms. */
    related: z.array(reference('glossary')).default([]),
    /** Related formulas of the cheat sheet. */
    formulas: z.array(reference('formulas')).default([]),
    /** Topics (src/lib/topics.ts) the term belongs to: links it to the courses that cover them. */
    topics: z.array(z.enum(topicIds)).default([]),
    /** Seed document the definition comes from. */
    source,
  })
  .strict()
  .refine((d) => d.titleLang === 'en' || d.french.length > 0, {
    message: '`titleLang: fr` needs a French name in `french`',
    path: ['titleLang'],
  });
export type GlossaryData = z.infer<typeof glossarySchema>;
