import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Tests and hooks that read the real library load and render all 56 articles first: several seconds
    // on the busy shared 2-core machine, past vitest's defaults (5 s a test, 10 s a hook). Speed is
    // measured by the bench scripts, not by timeouts. search-quality's hook builds both engines: over 30 s there.
    testTimeout: 30_000,
    hookTimeout: 90_000,
  },
});
