/**
 * Cross-entry checks that a schema cannot make on one file alone: every
 * reference points to an existing entry, and no two files claim the same id.
 * Pure functions over plain records, used by the build (src/lib/site-data.ts)
 * and by the unit tests alike. Each problem names the file and the field.
 */

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
