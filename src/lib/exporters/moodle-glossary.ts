/**
 * A glossary in the XML format of Moodle's mod/glossary (export.php writes it,
 * import.php reads it). What an import into a *new* glossary reads without a
 * default: INFO/NAME (must not be empty), INTRO, GLOBALGLOSSARY, SHOWSPECIAL,
 * SHOWALPHABET, SHOWALL; per entry CONCEPT, DEFINITION (a string) and FORMAT;
 * per category NAME and USEDYNALINK. Everything else is written too, with the
 * values Moodle's own export would carry for a teacher-made glossary.
 * Note that ENTRIES sits inside INFO, as in Moodle's files.
 */
import { XMLBuilder } from 'fast-xml-parser';

/** Moodle's FORMAT_HTML. */
export const FORMAT_HTML = 1;

export interface GlossaryEntry {
  concept: string;
  /** HTML, math as \( … \). */
  definitionHtml: string;
  aliases: string[];
  categories: string[];
}

export interface GlossaryInfo {
  name: string;
  /** HTML. */
  intro: string;
}

export function moodleGlossaryXml(info: GlossaryInfo, entries: GlossaryEntry[]): string {
  if (!info.name.trim())
    throw new Error('Moodle glossary: INFO/NAME must not be empty (import.php refuses to create the glossary)');
  for (const e of entries) {
    if (!e.concept.trim() || !e.definitionHtml.trim())
      throw new Error(
        `Moodle glossary: entry "${e.concept}" has an empty CONCEPT or DEFINITION (import.php would reject it)`,
      );
  }
  const builder = new XMLBuilder({ format: true, indentBy: '  ', ignoreAttributes: false, suppressEmptyNode: false });
  const body = {
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    GLOSSARY: {
      INFO: {
        NAME: info.name,
        INTRO: info.intro,
        INTROFORMAT: FORMAT_HTML,
        ALLOWDUPLICATEDENTRIES: 0,
        DISPLAYFORMAT: 'dictionary',
        SHOWSPECIAL: 1,
        SHOWALPHABET: 1,
        SHOWALL: 1,
        ALLOWCOMMENTS: 0,
        USEDYNALINK: 0,
        DEFAULTAPPROVAL: 1,
        GLOBALGLOSSARY: 0,
        ENTBYPAGE: 20,
        ENTRIES: {
          ENTRY: entries.map((e) => ({
            CONCEPT: e.concept.trim(),
            DEFINITION: e.definitionHtml,
            FORMAT: FORMAT_HTML,
            USEDYNALINK: 0,
            CASESENSITIVE: 0,
            FULLMATCH: 1,
            TEACHERENTRY: 1,
            ...(e.aliases.length
              ? { ALIASES: { ALIAS: [...new Set(e.aliases.map((a) => a.trim()))].map((a) => ({ NAME: a })) } }
              : {}),
            ...(e.categories.length
              ? { CATEGORIES: { CATEGORY: e.categories.map((c) => ({ NAME: c, USEDYNALINK: 0 })) } }
              : {}),
          })),
        },
      },
    },
  };
  return builder.build(body);
}
