import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    // Removes the temporary directories each test file made (tests/support/temporary.ts).
    setupFiles: ['tests/support/setup.ts'],
    // Many tests start the built CLI, Grammalecte or Chromium: on a loaded two-core machine a
    // process can take seconds to start. Limits are for hangs, not for speed (npm run bench measures speed).
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
