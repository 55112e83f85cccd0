import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join, relative, sep } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/**
 * V8's compile hint on every chunk, as the elements README advises apps: each chunk is compiled
 * while it streams in instead of on first call, which here is the widgets' first render. Every
 * chunk's code runs when it loads (the lazy ones load on first use). The hint must be the file's
 * first line, so it goes into the written files, after minification and after Vite's preload
 * helper (which Vite puts in front of the entry chunk last); a source map, if any, gets one empty
 * line in front.
 */
function compileHint(): Plugin {
  return {
    name: 'mulighetsrom-demo-compile-hint',
    apply: 'build',
    enforce: 'post',
    writeBundle(options, bundle) {
      const dir = options.dir ?? 'dist';
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const file = join(dir, chunk.fileName);
        const code = readFileSync(file, 'utf8');
        if (code.startsWith(COMPILE_HINT)) continue;
        writeFileSync(file, `${COMPILE_HINT}\n${code}`);
        if (existsSync(`${file}.map`)) {
          const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
          writeFileSync(`${file}.map`, JSON.stringify({ ...map, mappings: `;${map.mappings}` }));
        }
      }
    },
  };
}

/** The CDN folder of @mulighetsrom/elements (its build output), wherever npm put the package. */
const cdnDir = join(
  dirname(createRequire(import.meta.url).resolve('@mulighetsrom/elements/package.json')),
  'dist/cdn',
);

/** Every file below `dir`, as paths relative to it with `/` separators. */
function filesBelow(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => statSync(join(dir, name)).isFile())
    .map((name) => name.split(sep).join('/'));
}

const CDN_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/**
 * The widgets' CDN folder as the app's /cdn/: the example pages (public/examples/) and the embed
 * page's «this site» snippets load the loader from there. The build emits the files into the
 * bundle (dist/cdn/, unchanged, so the service worker precaches them); the dev server serves
 * them from the package.
 */
function cdnFolder(): Plugin {
  let base = '/';
  return {
    name: 'mulighetsrom-demo-cdn-folder',
    configResolved(config) {
      base = config.base;
    },
    configureServer(server) {
      server.middlewares.use(`${base}cdn/`, (request, response, next) => {
        const name = decodeURIComponent((request.url ?? '/').split('?')[0]!).replace(/^\/+/, '');
        const file = join(cdnDir, name);
        if (
          relative(cdnDir, file).startsWith('..') ||
          !existsSync(file) ||
          !statSync(file).isFile()
        )
          return next();
        response.setHeader('content-type', CDN_TYPES[extname(file)] ?? 'application/octet-stream');
        response.end(readFileSync(file));
      });
    },
    generateBundle() {
      if (!existsSync(join(cdnDir, 'mulighetsrom.js')))
        this.error(`no CDN folder at ${cdnDir}: build @mulighetsrom/elements first`);
      for (const name of filesBelow(cdnDir))
        this.emitFile({
          type: 'asset',
          fileName: `cdn/${name}`,
          source: readFileSync(join(cdnDir, name)),
        });
    },
  };
}

/**
 * Offline after the first load: a generated service worker precaches the app, the CDN folder and
 * the example pages, and answers the app's real-path routes with index.html. It is registered
 * by src/register-sw.ts, which main.ts imports (no inline script). A new version
 * waits (`prompt`) until the reader chooses «Reload now» in the shell's notice
 * (src/shell/update-prompt.ts): nothing reloads a page under a workshop's hands.
 */
function offline(): Plugin[] {
  return VitePWA({
    strategies: 'generateSW',
    registerType: 'prompt',
    injectRegister: false,
    manifest: false,
    workbox: {
      globPatterns: ['**/*.{js,css,html,svg,json}'],
      navigateFallback: 'index.html',
      navigateFallbackDenylist: [/\/examples\//, /\/cdn\//],
      cleanupOutdatedCaches: true,
      // One file: a worker that imports the runtime would need a TrustedScriptURL for it.
      inlineWorkboxRuntime: true,
    },
  });
}

// The demo consumes the built packages (dist/) like any app would; `npm start` builds them first.
export default defineConfig({
  plugins: [compileHint(), cdnFolder(), ...offline()],
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  build: { target: 'es2022' },
});
