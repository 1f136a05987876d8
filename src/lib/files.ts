/**
 * Walking a built site or a content folder, written once: every build step and
 * benchmark lists files through here. Paths are relative to the folder, with "/".
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under `dir`, relative to it ("glossaire/overfitting/index.html"), sorted. */
export function listFiles(dir: string, options: { skip?: (relativeDir: string) => boolean } = {}): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const entry of readdirSync(join(dir, rel), { withFileTypes: true })) {
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!options.skip?.(path)) walk(path);
      } else out.push(path);
    }
  };
  walk('');
  return out.sort();
}

/** The HTML pages of a built site, relative to it. */
export const htmlFiles = (dir: string, options?: { skip?: (relativeDir: string) => boolean }) =>
  listFiles(dir, options).filter((f) => f.endsWith('.html'));
