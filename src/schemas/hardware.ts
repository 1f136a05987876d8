/**
 * The hardware and cloud guide (seed 004, section 7), shown on `/outils/`.
 * Prices are numbers with their currency and unit; the seed's text is kept beside them.
 */
import { z } from 'astro/zod';
import { source } from './common';

/** A price or price range as the seed gives it ("$280", "$3-10/h", "Gratuit-$50/mois", "$10k+"). */
const price = z
  .object({
    /** Lower bound (0 for "Gratuit"). */
    min: z.number().nonnegative(),
    /** Upper bound; equal to `min` for a single price. */
    max: z.number().nonnegative(),
    /** `true` when the seed writes "+" ("$10k+"). */
    openEnded: z.boolean().default(false),
    currency: z.literal('USD'),
    /** What the price is for: the item, per hour, or per month. */
    per: z.enum(['unit', 'hour', 'month']),
    /** The seed's text. */
    text: z.string().min(1),
  })
  .strict();

const gpuTable = z
  .object({
    kind: z.literal('gpu-table'),
    order: z.number().int().positive(),
    title: z.string().min(1),
    /** The table's caption in the seed. */
    caption: z.string().min(1),
    rows: z
      .array(
        z
          .object({
            gpu: z.string().min(1),
            /** VRAM in GB. */
            vramGb: z.number().positive(),
            price,
            useCase: z.string().min(1),
            performance: z.string().min(1),
          })
          .strict(),
      )
      .min(1),
    source,
  })
  .strict();

const cloudTable = z
  .object({
    kind: z.literal('cloud-table'),
    order: z.number().int().positive(),
    title: z.string().min(1),
    caption: z.string().min(1),
    rows: z
      .array(
        z
          .object({
            platform: z.string().min(1),
            gpus: z.array(z.string().min(1)).min(1),
            price,
            advantages: z.string().min(1),
          })
          .strict(),
      )
      .min(1),
    source,
  })
  .strict();

const list = z
  .object({
    kind: z.literal('list'),
    order: z.number().int().positive(),
    /** Heading ("Recommandations selon budget"). */
    title: z.string().min(1),
    items: z
      .array(
        z
          .object({
            /** The part before the colon ("Budget < 500$", "ResNet-50"). */
            label: z.string().min(1),
            /** The part after the colon, word for word. */
            text: z.string().min(1),
            /** For VRAM needs: GB bounds parsed from the text (`max` omitted for "40+ GB"). */
            vramGb: z.object({ min: z.number().positive(), max: z.number().positive().optional() }).strict().optional(),
          })
          .strict(),
      )
      .min(1),
    source,
  })
  .strict();

export const hardwareSchema = z.discriminatedUnion('kind', [gpuTable, cloudTable, list]);
export type HardwareData = z.infer<typeof hardwareSchema>;
