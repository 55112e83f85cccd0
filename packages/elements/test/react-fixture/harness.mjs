// What the React and SSR tests share: Vite and esbuild bundles of a fixture (for Chromium, or for Node
// with the packages left to Node's resolution, as a server framework does), a static server
// and one Chromium page with its errors collected.
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { build as viteBuild } from 'vite';
import { collectPageErrors, launchChromium } from '../../../../scripts/browser.mjs';
import { serveStatic } from '../../../../scripts/static-server.mjs';

export const packageDir = fileURLToPath(new URL('../..', import.meta.url));
export const fixtureDir = fileURLToPath(new URL('.', import.meta.url));

/** A fresh folder to serve bundles from. */
export const tempDir = (name) => mkdtempSync(join(tmpdir(), `mulighetsrom-${name}-`));

/**
 * Bundles `entry` (a file, or `{ contents }` resolved from the package) for the browser into
 * `outfile`, React in development mode (hydration mismatches are console errors there).
 */
export async function bundleForBrowser(entry, outfile) {
  await build({
    ...(typeof entry === 'string'
      ? { entryPoints: [entry] }
      : { stdin: { contents: entry.contents, resolveDir: packageDir } }),
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'error',
  });
  return outfile;
}

/**
 * Builds the fixture app the way a React team's Vite app is built (Vite's production build, no
 * config file, JSX by Vite's own transform) into `outDir`, entry `client.js` and the widgets'
 * lazy parts as chunks beside it; React in development mode, as above.
 */
export async function viteBuildApp(entry, outDir) {
  await viteBuild({
    configFile: false,
    root: dirname(entry),
    logLevel: 'error',
    define: { 'process.env.NODE_ENV': '"development"' },
    oxc: { jsx: { runtime: 'automatic' } },
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2022',
      minify: false,
      modulePreload: false,
      rolldownOptions: {
        input: entry,
        output: { entryFileNames: basename(entry).replace(/\.tsx?$/, '.js') },
      },
    },
  });
  return join(outDir, basename(entry).replace(/\.tsx?$/, '.js'));
}

/**
 * Bundles `entry` for Node, packages external: they resolve with Node's conditions (Lit's and
 * @lit/react's server builds), from `dir` (default: under node_modules/.cache, where they do).
 */
export async function bundleForNode(
  entry,
  name,
  dir = join(packageDir, 'node_modules', '.cache', 'mulighetsrom-tests'),
) {
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, `${name}.mjs`);
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    jsx: 'automatic',
    packages: 'external',
    logLevel: 'error',
  });
  return outfile;
}

/** An HTML page: `body` in `<div id="root">`, then the module `script`. */
export const page = ({ body = '', script, mode = '', lang = 'nb' }) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>fixture</title></head>` +
  `<body data-mode="${mode}"><div id="root">${body}</div>` +
  (script ? `<script type="module" src="${script}"></script>` : '') +
  `</body></html>`;

/**
 * Serves `root` (with `routes`), opens one Chromium, runs `use(openPage)`; `openPage(path)`
 * gives a page and the errors it logs. Everything is closed afterwards.
 */
export async function withChromium(root, routes, use) {
  const server = await serveStatic(root, { routes });
  const browser = await launchChromium();
  try {
    return await use(async (path) => {
      const tab = await browser.newPage();
      tab.setDefaultTimeout(5000);
      const problems = collectPageErrors(tab);
      await tab.goto(`${server.url}${path}`);
      return { tab, problems };
    });
  } finally {
    await browser.close();
    await server.close();
  }
}
