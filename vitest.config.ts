import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        // Pure modules: number parsing, formulas, IKM, SAKIP, capaian, content rules. No build needed.
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'] },
      },
      {
        // The built site: content, pages, open data, bad-content builds, and real-browser checks.
        test: {
          name: 'site',
          include: ['test/site/**/*.test.ts'],
          globalSetup: ['test/support/build-site.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          // A page hydrates and Pagefind loads its WebAssembly before a figure or a result shows.
          expect: { poll: { timeout: 10_000 } },
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
