// Loads and validates `content/` with the build's schemas, for unit tests.
import { collectionTable } from '../../src/lib/collections';
import { readContent, type ContentFile } from '../../src/lib/content-files';

export interface ValidatedEntry extends ContentFile {
  data: any;
}

export function loadContent(root = 'content'): { entries: ValidatedEntry[]; problems: string[]; files: ContentFile[] } {
  const files = readContent(root);
  const entries: ValidatedEntry[] = [];
  const problems: string[] = [];
  for (const file of files) {
    const result = collectionTable[file.collection].schema.safeParse(file.data);
    if (result.success) entries.push({ ...file, data: result.data });
    else {
      for (const issue of result.error.issues) {
        problems.push(`${file.filePath}: field "${issue.path.join('.')}": ${issue.message}`);
      }
    }
  }
  return { entries, problems, files };
}

export const byCollection = (entries: ValidatedEntry[], name: string) => entries.filter((e) => e.collection === name);
