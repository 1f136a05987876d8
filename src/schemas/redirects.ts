/**
 * `content/redirects.yaml`: old addresses of renamed or moved pages. Each entry
 * generates a small page at the old address that sends the reader (and search
 * engines, through rel=canonical) to the new one. A published URL is never
 * removed: rename a page, then add its old path here
 * (tests/e2e/moodle.spec.ts checks tests/fixtures/published-urls.txt).
 */
import { z } from 'astro/zod';

/** A site path without the base path, ending with "/", e.g. "glossaire/ancien-terme/". */
const sitePath = z
  .string()
  .regex(
    /^(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)+$/,
    'must be a site path of lowercase kebab-case segments, each followed by "/" (e.g. "glossaire/overfitting/"), without the base path',
  );

export const redirectSchema = z
  .object({
    /** The old path, as published ("cours/ancien-nom/"). */
    from: sitePath,
    /** Where it now lives: a site path, optionally with an anchor ("faq/#loss-nan"). */
    to: z
      .string()
      .regex(
        /^(?:(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)+)?(?:#[A-Za-z0-9_-]+)?$/,
        'must be a site path ending with "/" (e.g. "enseignants/"), optionally followed by "#anchor"',
      ),
    /** Why the page moved, for the maintainers (not shown). */
    reason: z.string().min(1),
  })
  .strict();

export const redirectsSchema = z.array(redirectSchema);
export type Redirect = z.infer<typeof redirectSchema>;
