// The small valid content folder of the build tests (tests/fixtures/content-ok), its files
// as text, and copies of it altered by a test: one module for the unit and build tests.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const fixtureDir = 'tests/fixtures/content-ok';

/** A file of the valid fixture, as text ("glossary/overfitting.md"). */
export const fixture = (path: string): string => readFileSync(join(fixtureDir, path), 'utf8');

/** Changes to a content folder: path inside it → new text, or null to delete the file. */
export type ContentChanges = Record<string, string | null>;

export function applyChanges(contentDir: string, changes: ContentChanges): void {
  for (const [path, text] of Object.entries(changes)) {
    const target = join(contentDir, path);
    if (text === null) rmSync(target);
    else {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, text);
    }
  }
}

/** A copy of the valid fixture with `changes`, in `into` or a new temporary folder; its path. */
export function alteredFixture(changes: ContentChanges, into = mkdtempSync(join(tmpdir(), 'atlas-content-'))): string {
  cpSync(fixtureDir, into, { recursive: true });
  applyChanges(into, changes);
  return into;
}
