import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Several tests load the whole library (seconds on a busy 2-core machine); these are limits on a
    // hung test, not speed checks: speed is measured by the bench scripts.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
