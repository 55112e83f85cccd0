import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The property tests run hundreds of cases; under turbo's parallel tasks on 2 cores one took
  // 5.6 s (a fresh-clone CI run). Time is not what they test, so the limit is generous.
  test: { environment: 'node', include: ['src/**/*.test.ts'], testTimeout: 30_000 },
});
