// `npm test`: everything, through Turborepo so that a second run is served from cache.
// lint (packages + root files), typecheck, build, unit and browser tests, size budgets, the
// Storybook build and the smoke run of every story. Extra arguments go to `turbo run`
// (e.g. `npm test -- --filter=@mulighetsrom/core`, `npm test -- --force`).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBrowser } from './find-browser.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const tasks = [
  'lint',
  'lint:root',
  'typecheck',
  'typecheck:root',
  'build',
  'test',
  'build-storybook',
  'smoke-storybook',
];

process.env.STORYBOOK_DISABLE_TELEMETRY = '1';
process.env.TURBO_TELEMETRY_DISABLED = '1';

let browser;
try {
  browser = ensureBrowser();
} catch (error) {
  console.error(`npm test needs Chromium. ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
// Every browser tool (wtr, Storybook smoke, e2e) finds it through CHROME_PATH; turbo passes it.
process.env.CHROME_PATH = browser;
console.log(`test: Chromium at ${browser}`);

const require = createRequire(import.meta.url);
const turboBin = join(dirname(require.resolve('turbo/package.json')), 'bin', 'turbo');
const extra = process.argv.slice(2);
const args = [
  'run',
  ...tasks,
  '--output-logs=errors-only',
  // Report every failure, not only the first; skip tasks whose dependencies failed.
  '--continue=dependencies-successful',
  // One task per core: browser tests time out when ten tasks share two cores.
  ...(extra.some((a) => a.startsWith('--concurrency'))
    ? []
    : [`--concurrency=${Math.max(2, availableParallelism())}`]),
  ...extra,
];
const started = Date.now();
const child = spawn(process.execPath, [turboBin, ...args], { cwd: root, stdio: 'inherit' });
child.on('exit', (code, signal) => {
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const ok = code === 0;
  console.log(`test: ${ok ? 'passed' : 'FAILED'} in ${seconds} s`);
  process.exit(ok ? 0 : signal ? 1 : (code ?? 1));
});
