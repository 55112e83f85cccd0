import { defineConfig } from 'vitest/config';

// The app's pure modules (routes, the workspace store's logic, migrations, import checks);
// flows in a real browser are test/*.test.mjs, run by `node --test` on the production build.
export default defineConfig({
  test: { environment: 'node', include: ['src/**/*.test.ts'] },
});
