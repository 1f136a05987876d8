/**
 * One id per build. Pagefind appends it to its entry file's URL (meta-cache-tag)
 * instead of the current time, so that the service worker can serve that file
 * from its cache, and a new deploy still gets a fresh one from HTTP caches.
 * ATLAS_BUILD_ID sets it (src/lib/config.ts).
 */
import { config } from './config.ts';

export const buildId = config.buildId;
