/**
 * Careers in machine learning (seed 004, section 8, and the conclusion), shown on `/carrieres/`.
 * One YAML file per entry; `kind` says which of four shapes it has.
 */
import { z } from 'astro/zod';
import { source } from './common';

/**
 * A salary range as the seed gives it ("45k-70k (junior)"). The seed states neither
 * currency nor period: `min`/`max` are in thousands, exactly as written.
 */
const salary = z
  .object({
    /** Label in parentheses in the seed ("junior", "senior, FAANG"). */
    label: z.string().min(1),
    /** Lower bound, in thousands as written ("45k" → 45). */
    min: z.number().nonnegative(),
    /** Upper bound, in thousands. */
    max: z.number().nonnegative(),
    /** `true` when the seed writes "+" after the upper bound ("150k+"). */
    openEnded: z.boolean().default(false),
    /** The seed's text for this range ("45k-70k"). */
    text: z.string().min(1),
  })
  .strict();

const role = z
  .object({
    kind: z.literal('role'),
    /** Position in the seed, from 1. */
    order: z.number().int().positive(),
    /** Path title ("ML Engineer"). */
    title: z.string().min(1),
    /** "Rôle" line, word for word. */
    role: z.string().min(1),
    /** "Compétences", one item each. */
    skills: z.array(z.string().min(1)).min(1),
    /** Region the seed attaches to the salaries ("France"), if any. */
    salaryRegion: z.string().optional(),
    /** "Salaire" ranges. */
    salaries: z.array(salary).min(1),
    /** "Demande" line, word for word. */
    demand: z.string().min(1),
    source,
  })
  .strict();

const certifications = z
  .object({
    kind: z.literal('certifications'),
    order: z.number().int().positive(),
    /** Group heading ("Certifications Cloud ML"). */
    title: z.string().min(1),
    items: z
      .array(
        z
          .object({
            name: z.string().min(1),
            /** Difficulty as the seed states it ("élevée", "moyenne"). */
            difficulty: z.string().optional(),
            /** The seed's comment ("Gratuit, très pratique"). */
            description: z.string().optional(),
          })
          .strict(),
      )
      .min(1),
    source,
  })
  .strict();

const roadmapLevel = z
  .object({
    kind: z.literal('roadmap-level'),
    order: z.number().int().positive(),
    /** Level name ("Niveau Débutant"). */
    title: z.string().min(1),
    /** Duration in the seed's words ("0-6 mois"). */
    duration: z.string().min(1),
    /** Month bounds parsed from `duration` (`to` omitted for "18+ mois"). */
    months: z.object({ from: z.number().nonnegative(), to: z.number().positive().optional() }).strict(),
    /** The numbered steps, word for word. */
    steps: z.array(z.string().min(1)).min(1),
    source,
  })
  .strict();

const keyPoints = z
  .object({
    kind: z.literal('key-points'),
    order: z.number().int().positive(),
    /** Heading ("Points clés à retenir"). */
    title: z.string().min(1),
    /** Sentences that introduce the list, word for word. */
    intro: z.string().optional(),
    points: z.array(z.string().min(1)).min(1),
    source,
  })
  .strict();

export const careerSchema = z.discriminatedUnion('kind', [role, certifications, roadmapLevel, keyPoints]);
export type CareerData = z.infer<typeof careerSchema>;
