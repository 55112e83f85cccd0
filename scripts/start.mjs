// `npm start`: builds the demo app and every package it uses (turbo, cached when nothing
// changed), then serves the production build (apps/demo/scripts/serve.mjs: real-path routes,
// the strict CSP, the service worker) on 127.0.0.1:$PORT (default 5173) and prints the address.
// `npm run dev -w @mulighetsrom/demo` is Vite's dev server instead.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const bin = (pkg, path) => join(dirname(require.resolve(`${pkg}/package.json`)), path);
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', STORYBOOK_DISABLE_TELEMETRY: '1' };
const HOST = '127.0.0.1';
const PORT = Number(process.env.PORT ?? 5173);

if (!Number.isInteger(PORT) || PORT < 0 || PORT > 65535) {
  console.error(`start: PORT must be a port number (0–65535), not «${process.env.PORT}».`);
  process.exit(1);
}

function run(args, options) {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { cwd: root, env, stdio: 'inherit', ...options });
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`exit ${code}`))));
  });
}

console.log('start: building the demo app and the packages it uses…');
try {
  // `demo...`: the demo and every package it depends on.
  await run([
    bin('turbo', 'bin/turbo'),
    'run',
    'build',
    '--filter=@mulighetsrom/demo...',
    '--output-logs=errors-only',
  ]);
} catch {
  console.error('start: the build failed; see the log above.');
  process.exit(1);
}

const { serveDemo } = await import('../apps/demo/scripts/serve.mjs');
let server;
try {
  server = await serveDemo({ port: PORT, host: HOST });
} catch (error) {
  console.error(
    `start: could not serve on ${HOST}:${PORT}: ${error instanceof Error ? error.message : error}`,
  );
  console.error('start: is another `npm start` (or something else) using that port? Set PORT.');
  process.exit(1);
}
console.log(`\n  Mulighetsrom demo: ${server.url}/\n  (Ctrl+C stops it)\n`);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.close().then(() => process.exit(0)));
}
