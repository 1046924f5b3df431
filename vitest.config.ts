import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // The relevance tests load and index the real articles; on a shared 2-core machine that alone can pass 5 s.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
