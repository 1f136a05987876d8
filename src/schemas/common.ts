/**
 * Building blocks shared by several collection schemas.
 * Every field is documented: authors read these files to know what to write.
 */
import { z } from 'astro/zod';
import { sourceIds } from '../lib/sources';

/** Which seed document the entry's facts come from: its three-digit prefix, e.g. `'004'`. */
export const source = z
  .enum(sourceIds)
  .describe('Three-digit prefix of the seed document the facts come from (000–004).');

/** A language a text is written or a course is taught in (ISO 639-1). */
export const language = z.enum(['fr', 'en']);

/**
 * Teaching hours, as numbers of hours (30 min = 0.5). Only what the source states:
 * leave a field out rather than guess it.
 */
export const hours = z
  .object({
    /** Total hours as the source states it (e.g. MIX "50h"); omit when the source gives only the split. */
    total: z.number().nonnegative().optional(),
    /** Cours magistraux (lectures). */
    cm: z.number().nonnegative().optional(),
    /** Travaux dirigés (tutorials). */
    td: z.number().nonnegative().optional(),
    /** Travaux pratiques (lab work). */
    tp: z.number().nonnegative().optional(),
    /** Travail en accompagnement (supervised work, MIX). */
    accompagnement: z.number().nonnegative().optional(),
  })
  .strict();
export type Hours = z.infer<typeof hours>;

/** A lowercase ASCII kebab-case identifier, as used in URLs. */
export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase ASCII kebab-case');
