/**
 * Every problem of a content folder, found in one pass and reported together, each naming
 * its file and its field, id or line: the collections' schemas (the same zod schemas as the
 * collections, src/lib/collections.ts) on every file, then the checks across files
 * (src/lib/integrity.ts), the :term/:eq directives and the TeX of the Markdown bodies.
 *
 * src/content.config.ts runs it before Astro's content sync, which would stop at the first
 * entry its schema refuses; src/lib/site-data.ts reads the directives it found again (from
 * memory: src/lib/markdown/directives.ts) for the citations it computes.
 */
import { collectionTable } from './collections';
import { type ContentFile, readContent } from './content-files';
import { checkCaseClashes, checkDuplicates, checkGlossaryNames, checkReferences } from './integrity';
import { type Knowledge, loadKnowledge } from './knowledge';
import { checkDirectives } from './refs-check';
import { clearParsedMarkdown } from './markdown/parse.ts';
import { findUnlinkedMentions, type Mention } from './mentions';
import { checkMarkdownTex } from './tex-check';

/** Each file validated by its collection's schema: the parsed data of those that pass, a line per refused field. */
export function checkSchemas(files: ContentFile[]): { data: Map<ContentFile, unknown>; problems: string[] } {
  const data = new Map<ContentFile, unknown>();
  const problems: string[] = [];
  for (const file of files) {
    const result = collectionTable[file.collection].schema.safeParse(file.data);
    if (result.success) data.set(file, result.data);
    else
      for (const issue of result.error.issues)
        problems.push(`${file.filePath}: field "${issue.path.join('.') || '(frontmatter)'}": ${issue.message}`);
  }
  return { data, problems };
}

export interface ContentCheck {
  problems: string[];
  /** The :term/:eq directives found, with the pages they are written in (src/lib/refs-check.ts). */
  directives?: ReturnType<typeof checkDirectives>;
  /** Glossary terms named in running text without a link (src/lib/mentions.ts): a hint for authors, not an error. */
  mentions?: Mention[];
}

export function checkContent(
  root: string,
  files: ContentFile[] = readContent(root),
  knowledge?: Knowledge,
): ContentCheck {
  const schemas = checkSchemas(files);
  const problems = [
    ...schemas.problems,
    ...checkDuplicates(files),
    ...checkCaseClashes(files),
    ...checkGlossaryNames(
      files
        .filter((f) => f.collection === 'glossary')
        .map((f) => ({ ...f, data: f.data as { term: string; aliases?: string[] } })),
    ),
    ...files.filter((f) => /\.mdx?$/.test(f.filePath)).flatMap((f) => checkMarkdownTex(f.filePath, f.raw)),
    // References from the entries the schemas accept, to any file (a refused one is reported above).
    ...checkReferences(files.map((f) => ({ ...f, data: schemas.data.get(f) }))),
  ];
  let directives: ContentCheck['directives'];
  let mentions: Mention[] | undefined;
  try {
    knowledge ??= loadKnowledge(root);
    directives = checkDirectives(files, knowledge);
    problems.push(...directives.problems);
    // On the trees the checks above parsed: no body is parsed again for it.
    mentions = findUnlinkedMentions(files, knowledge);
  } catch (e) {
    // Terms and formulas are read without their schema: a file the schemas refuse may stop
    // that reading. Its problem is in the list already; the directives are checked once it is fixed.
    if (schemas.problems.length === 0) throw e;
  }
  clearParsedMarkdown();
  return { problems, directives, mentions };
}
