// Browser tests for @mulighetsrom/elements: every src/**/*.test.ts in headless Chromium.
// The browser comes from scripts/find-browser.mjs (honours CHROME_PATH).
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromiumArgs, findBrowser } from '../../scripts/find-browser.mjs';

export default {
  files: ['src/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  concurrentBrowsers: 1,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 10_000 } },
  // Dev-mode Lit is what we test against; its banner on every file is noise.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  plugins: [
    // experimentalDecorators + useDefineForClassFields: false, as in the build (see toolchain.md).
    esbuildPlugin({
      ts: true,
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: findBrowser(), args: chromiumArgs },
    }),
  ],
};
