// The URLs of every page of the built site, read from dist/.
import { config } from '../../src/lib/config.ts';
import { htmlFiles } from '../../src/lib/files.ts';

export function builtPages(dir = config.outDir): string[] {
  return htmlFiles(dir)
    .filter((f) => f === 'index.html' || f.endsWith('/index.html'))
    .map((f) => `/${f.slice(0, -'index.html'.length)}`)
    .sort();
}

/**
 * `items` cut into `count` groups of near-equal size, every `count`-th item in the same group
 * (so each group mixes sections: a group is not all long course pages), each group sorted.
 */
export function inGroups<T>(items: T[], count: number): T[][] {
  const groups: T[][] = Array.from({ length: Math.min(count, items.length) }, () => []);
  items.forEach((item, i) => groups[i % groups.length].push(item));
  return groups;
}
