// `node scripts/storybook.mjs dev|build [extra storybook args]`
// dev:   Storybook dev server on port 6006 (no browser is opened).
// build: static Storybook in storybook-static/; quiet on success, full log on failure.
// Telemetry is off either way: with it on, a build here takes about three times as long.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const storybookBin = join(
  dirname(require.resolve('storybook/package.json')),
  'dist/bin/dispatcher.js',
);
const env = { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' };

const [mode, ...extra] = process.argv.slice(2);
const commands = {
  dev: ['dev', '--port', '6006', '--ci', ...extra],
  build: ['build', '--output-dir', 'storybook-static', '--quiet', ...extra],
};
if (!(mode in commands)) {
  console.error('Usage: node scripts/storybook.mjs dev|build [storybook options]');
  process.exit(2);
}

if (mode === 'dev') {
  const child = spawn(process.execPath, [storybookBin, ...commands.dev], {
    cwd: root,
    env,
    stdio: 'inherit',
  });
  // Stopping the wrapper stops Storybook too (it would otherwise keep port 6006).
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 1)));
} else {
  const started = Date.now();
  const child = spawn(process.execPath, [storybookBin, ...commands.build], { cwd: root, env });
  const log = [];
  child.stdout.on('data', (chunk) => log.push(chunk));
  child.stderr.on('data', (chunk) => log.push(chunk));
  child.on('exit', (code, signal) => {
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (code === 0) {
      console.log(`storybook: built storybook-static/ in ${seconds} s`);
      process.exit(0);
    }
    process.stderr.write(Buffer.concat(log));
    console.error(`storybook: build failed (${signal ?? `exit ${code}`}) after ${seconds} s`);
    process.exit(1);
  });
}
