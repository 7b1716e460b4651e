import { defineConfig } from 'vitest/config';

// Unit tests only; browser behaviour is tested by Playwright in e2e/.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    exclude: ['e2e/**', 'node_modules/**'],
    // Snapshots fail in CI instead of being written.
    update: false,
  },
});
