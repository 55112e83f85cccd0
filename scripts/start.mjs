// `npm start`: builds the packages the demo app needs, then serves the app with Vite's dev
// server on 127.0.0.1 and prints its address.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const bin = (pkg, path) => join(dirname(require.resolve(`${pkg}/package.json`)), path);
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', STORYBOOK_DISABLE_TELEMETRY: '1' };
const HOST = '127.0.0.1';
const PORT = 5173;

function run(args, options) {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { cwd: root, env, stdio: 'inherit', ...options });
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`exit ${code}`))));
  });
}

console.log('start: building the packages the demo uses…');
try {
  // `demo^...`: every package the demo depends on, not the demo itself (Vite serves its source).
  await run([
    bin('turbo', 'bin/turbo'),
    'run',
    'build',
    '--filter=@mulighetsrom/demo^...',
    '--output-logs=errors-only',
  ]);
} catch {
  console.error('start: the build failed; see the log above.');
  process.exit(1);
}

const { createServer } = await import('vite');
const server = await createServer({
  root: join(root, 'apps/demo'),
  configFile: join(root, 'apps/demo/vite.config.ts'),
  server: { host: HOST, port: PORT, strictPort: true },
  logLevel: 'warn',
});
try {
  await server.listen();
} catch (error) {
  console.error(
    `start: could not serve on ${HOST}:${PORT}: ${error instanceof Error ? error.message : error}`,
  );
  console.error('start: is another `npm start` (or something else) using that port?');
  await server.close();
  process.exit(1);
}
const url = server.resolvedUrls?.local[0] ?? `http://${HOST}:${PORT}/`;
console.log(`\n  Mulighetsrom demo: ${url}\n  (Ctrl+C stops it)\n`);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.close().then(() => process.exit(0)));
}
