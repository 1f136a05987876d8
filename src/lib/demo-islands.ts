/**
 * Finds a demo's island among the modules that the demo routes glob
 * (`src/islands/<id>/Demo.astro`), so that adding a demo never edits a shared
 * registry. A content file without its island fails the build, naming both files.
 */
export function islandFor<T>(modules: Record<string, { default: T }>, id: string, filePath: string): T {
  const entry = Object.entries(modules).find(([path]) => path.split('/').at(-2) === id);
  if (!entry) {
    throw new Error(
      `${filePath}: no island for demo "${id}": create src/islands/${id}/Demo.astro (see src/islands/README.md)`,
    );
  }
  return entry[1].default;
}
