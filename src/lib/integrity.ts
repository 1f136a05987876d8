/**
 * Cross-entry checks that a schema cannot make on one file alone: every
 * reference points to an existing entry, and no two files claim the same id.
 * Pure functions over plain records, used by the build (src/lib/site-data.ts)
 * and by the unit tests alike. Each problem names the file and the field.
 */
import { normalise } from './normalise.ts';

export interface EntryRecord {
  collection: string;
  id: string;
  /** Path of the source file, relative to the project root. */
  filePath: string;
  data: unknown;
}

interface Ref {
  id: string;
  collection: string;
}

const isRef = (value: unknown): value is Ref =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.keys(value).length === 2 &&
  typeof (value as Ref).id === 'string' &&
  typeof (value as Ref).collection === 'string';

/** Every `{ id, collection }` reference in `data`, with its field path ("structure[0].units[1].courses[2].course"). */
export function findReferences(data: unknown, path = ''): { path: string; ref: Ref }[] {
  if (isRef(data)) return [{ path, ref: data }];
  if (Array.isArray(data)) return data.flatMap((item, i) => findReferences(item, `${path}[${i}]`));
  if (typeof data === 'object' && data !== null) {
    return Object.entries(data).flatMap(([key, value]) => findReferences(value, path ? `${path}.${key}` : key));
  }
  return [];
}

/** Problems with references to entries that do not exist. */
export function checkReferences(entries: EntryRecord[]): string[] {
  const known = new Set(entries.map((e) => `${e.collection}/${e.id}`));
  const problems: string[] = [];
  for (const entry of entries) {
    for (const { path, ref } of findReferences(entry.data)) {
      if (!known.has(`${ref.collection}/${ref.id}`)) {
        problems.push(`${entry.filePath}: field "${path}" references unknown ${ref.collection} id "${ref.id}"`);
      }
    }
  }
  return problems;
}

/** Problems with two files of one collection that map to the same id (and so the same URL). */
export function checkDuplicates(files: { collection: string; id: string; filePath: string }[]): string[] {
  const seen = new Map<string, string>();
  const problems: string[] = [];
  for (const file of files) {
    const key = `${file.collection}/${file.id}`;
    const first = seen.get(key);
    if (first)
      problems.push(`duplicate id "${file.id}" in collection ${file.collection}: ${first} and ${file.filePath}`);
    else seen.set(key, file.filePath);
  }
  return problems;
}

/**
 * Problems with two files of one collection whose names differ only in case ("Adam.md" and
 * "adam.md"): they become the same URL, and one silently replaces the other.
 */
export function checkCaseClashes(files: { collection: string; id: string; filePath: string }[]): string[] {
  const seen = new Map<string, { id: string; filePath: string }>();
  const problems: string[] = [];
  for (const file of files) {
    const key = `${file.collection}/${file.id.toLowerCase()}`;
    const first = seen.get(key);
    if (first && first.id !== file.id)
      problems.push(
        `file names differing only in case in collection ${file.collection}: ${first.filePath} and ${file.filePath} (one page would replace the other; rename one)`,
      );
    else if (!first) seen.set(key, file);
  }
  return problems;
}

/**
 * Problems with two glossary entries that share a term or an alias, case and accents
 * ignored: a :term[…] link or a search for that name could only ever reach one of them.
 * French equivalents may be shared (a French word can translate two English terms).
 */
export function checkGlossaryNames(
  terms: { id: string; filePath: string; data: { term: string; aliases?: string[] } }[],
): string[] {
  const owner = new Map<string, { filePath: string; field: string; name: string }>();
  const problems: string[] = [];
  for (const t of terms) {
    const names = [
      { field: 'term', name: t.data.term },
      ...(t.data.aliases ?? []).map((name, i) => ({ field: `aliases[${i}]`, name })),
    ];
    const own = new Set<string>();
    for (const { field, name } of names) {
      if (typeof name !== 'string') continue;
      const key = normalise(name);
      if (own.has(key)) continue;
      own.add(key);
      const first = owner.get(key);
      if (first)
        problems.push(
          `${t.filePath}: field "${field}" "${name}" is already ${first.field === 'term' ? 'the term' : 'an alias'} of ${first.filePath} ("${first.name}"); glossary terms and aliases must be unique`,
        );
      else owner.set(key, { filePath: t.filePath, field, name });
    }
  }
  return problems;
}

export class ContentIntegrityError extends Error {
  constructor(problems: string[]) {
    super(`Content integrity check failed:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ContentIntegrityError';
  }
}

/** Throws one error listing every problem, or returns when there is none. */
export function assertIntegrity(problems: string[]): void {
  if (problems.length > 0) throw new ContentIntegrityError(problems);
}
