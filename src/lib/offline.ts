/** Names shared by the /hors-ligne/ page and the build scripts that write the pack and the service worker. */

/** The course pack, relative to the site root (written by scripts/pack.ts). */
export const PACK_FILE = 'hors-ligne/atlas-ml-hors-ligne.zip';

/** The folder the zip unpacks to. */
export const PACK_FOLDER = 'atlas-ml';
