import { defineConfig } from 'vitest/config';

// Bounds, not expectations of speed: a test that needs this long is stuck, not slow.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
