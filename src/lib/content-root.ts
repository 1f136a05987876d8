/**
 * Where the collections are read from: `./content`, unless ATLAS_CONTENT_DIR names
 * another folder (the quality-gate tests build small fixture sites; the scale
 * benchmark builds generated pages). Read by src/lib/config.ts.
 */
import { config } from './config.ts';

export const contentRoot = config.contentDir;
