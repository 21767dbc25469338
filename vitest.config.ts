import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const src = fileURLToPath(new URL('./src', import.meta.url));

// Two projects: fast pure unit tests, and browser tests that drive Chromium against the built site.
export default defineConfig({
  resolve: { alias: { '@': src } },
  test: {
    projects: [
      {
        resolve: { alias: { '@': src } },
        oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
        test: { name: 'unit', include: ['test/unit/**/*.test.{ts,tsx}'], environment: 'node', setupFiles: ['test/unit/setup/fast-check.ts'] },
      },
      {
        resolve: { alias: { '@': src } },
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Two files at a time on a 2-core machine: each has its own browser, and the build is served once.
          fileParallelism: true,
          maxWorkers: 2,
        },
      },
    ],
  },
});
