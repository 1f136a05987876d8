/**
 * Finds a demo's island among the modules that the demo routes glob
 * (`src/islands/<id>/Demo.astro`), so that adding a demo never edits a shared
 * registry. A content file without its island fails the build, naming both files.
 */
import { experimentProblems, type Experiment, type StateSpec } from '../islands/shared/state';

export function islandFor<T>(modules: Record<string, { default: T }>, id: string, filePath: string): T {
  const entry = Object.entries(modules).find(([path]) => path.split('/').at(-2) === id);
  if (!entry) {
    throw new Error(
      `${filePath}: no island for demo "${id}": create src/islands/${id}/Demo.astro (see src/islands/README.md)`,
    );
  }
  return entry[1].default;
}

/** What `src/islands/<id>/lesson.ts` exports: the URL state and the "Essayez" experiments. */
export interface LessonModule {
  spec: StateSpec;
  lesson: Experiment[];
}

/**
 * A demo's lesson module, or undefined when the island has none yet. A lesson whose
 * experiments are malformed (a reserved field name, a value the URL would correct, a link
 * that changes nothing, not 2 or 3 of them) fails the build, naming the file and every problem.
 */
export function lessonFor(modules: Record<string, LessonModule>, id: string): LessonModule | undefined {
  const entry = Object.entries(modules).find(([path]) => path.split('/').at(-2) === id);
  if (!entry) return undefined;
  const problems = experimentProblems(entry[1].spec, entry[1].lesson);
  if (problems.length) throw new Error(`src/islands/${id}/lesson.ts: ${problems.join('; ')}`);
  return entry[1];
}
