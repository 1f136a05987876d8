import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: { 'astro:content': fileURLToPath(new URL('./tests/support/astro-content-shim.ts', import.meta.url)) },
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    testTimeout: 240_000,
    hookTimeout: 240_000,
  },
});
