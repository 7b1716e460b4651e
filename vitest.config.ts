import { defineConfig } from 'vitest/config';

// Unit tests only; browser behaviour is tested by Playwright in e2e/.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    exclude: ['e2e/**', 'node_modules/**'],
    // Tests assert results, never times: the default 5 s per test is a time limit in disguise that a
    // loaded machine (2 shared cores) can break. The limit only stops a test that hangs.
    testTimeout: 60_000,
    // Each test file runs in a fresh process that compiles the compiler's patterns again: to
    // machine code at once, not first to interpreter bytecode (see src/compiler/launch.mjs).
    execArgv: ['--no-regexp-tier-up'],
    // Snapshots fail in CI instead of being written.
    update: false,
  },
});
