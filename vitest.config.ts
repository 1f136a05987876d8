import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const alias = { 'astro:content': fileURLToPath(new URL('./tests/support/astro-content-shim.ts', import.meta.url)) };

// Two projects: `unit` (pure, seconds: npm run test:unit) and `build` (builds fixture
// sites with Astro, minutes: npm run test:build). `vitest run` runs both.
export default defineConfig({
  resolve: { alias },
  test: {
    // Both cores: the build tests spend much of their time in Astro's child processes, and the
    // unit tests fill the gaps (2 min instead of 2 min 40 s here).
    maxWorkers: 2,
    projects: [
      {
        resolve: { alias },
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 60_000 },
      },
      {
        resolve: { alias },
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          globalSetup: ['tests/support/build-setup.ts'],
          testTimeout: 240_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
