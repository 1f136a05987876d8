/**
 * Reads a content folder from disk the way the glob loaders do (one entry per
 * file, the id being the file name without its extension). Used at build time
 * to detect duplicate ids (Astro keeps only one of them) and by the unit tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { load as loadYaml } from 'js-yaml';
import { collectionPatterns, type CollectionName } from './collection-patterns.ts';

export interface ContentFile {
  collection: CollectionName;
  id: string;
  filePath: string;
  /** Parsed frontmatter (Markdown) or document (YAML). */
  data: unknown;
  /** Markdown body ('' for YAML). */
  body: string;
  /** The file's text. */
  raw: string;
}

const extensionOf = (pattern: string) => pattern.replace(/^\*/, '');

/** Lists the files of every collection, without validating them. */
export function readContent(root: string, cwd = process.cwd()): ContentFile[] {
  const files: ContentFile[] = [];
  for (const [collection, pattern] of Object.entries(collectionPatterns) as [CollectionName, string][]) {
    const dir = join(root, collection);
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      continue;
    }
    // A second extension is read too, so that `a.md` beside `a.mdx` is caught as a duplicate.
    const extensions = [extensionOf(pattern), ...(pattern === '*.md' ? ['.mdx'] : pattern === '*.mdx' ? ['.md'] : [])];
    for (const name of names) {
      const ext = extensions.find((e) => name.endsWith(e));
      if (!ext) continue;
      const path = join(dir, name);
      const text = readFileSync(path, 'utf8');
      const filePath = relative(cwd, path);
      if (ext === '.yaml')
        files.push({ collection, id: name.slice(0, -ext.length), filePath, data: loadYaml(text), body: '', raw: text });
      else {
        const { frontmatter, content } = parseFrontmatter(text);
        files.push({
          collection,
          id: name.slice(0, -ext.length),
          filePath,
          data: frontmatter,
          body: content,
          raw: text,
        });
      }
    }
  }
  return files;
}
