// The URLs of every page of the built site, read from dist/.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export function builtPages(dir = process.env.ATLAS_OUT_DIR ?? 'dist'): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name === 'index.html') out.push(`/${relative(dir, d)}/`.replace(/^\/\/$/, '/').replace(/\/\/$/, '/'));
    }
  };
  walk(dir);
  return out.sort();
}
