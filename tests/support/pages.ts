// The URLs of every page of the built site, read from dist/.
import { config } from '../../src/lib/config.ts';
import { htmlFiles } from '../../src/lib/files.ts';

export function builtPages(dir = config.outDir): string[] {
  return htmlFiles(dir)
    .filter((f) => f === 'index.html' || f.endsWith('/index.html'))
    .map((f) => `/${f.slice(0, -'index.html'.length)}`)
    .sort();
}
