// Vitest global setup of the `build` project: the previous runs' fixture sites
// (tests/support/astro-build.ts's testWorkDir) are removed before new ones are built.
import { rmSync } from 'node:fs';
import { join } from 'node:path';

export default function setup() {
  rmSync(join(process.cwd(), 'node_modules', '.cache', 'atlas-tests'), { recursive: true, force: true });
}
