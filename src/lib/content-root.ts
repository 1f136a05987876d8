/**
 * Where the collections are read from: `./content`, unless ATLAS_CONTENT_DIR names
 * another folder (the quality-gate tests build small fixture sites; the scale
 * benchmark builds generated pages).
 */
export const contentRoot = process.env.ATLAS_CONTENT_DIR ?? './content';
