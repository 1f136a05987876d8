// Stand-in for Astro's virtual `astro:content` module, so that unit tests can
// validate content with the very schemas the build uses. `reference()` yields
// the same `{ id, collection }` shape as Astro's, unchecked: integrity.ts checks it.
import { z } from 'astro/zod';

export const reference = (collection: string) => z.string().transform((id) => ({ id, collection }));
export const defineCollection = <T>(config: T): T => config;
