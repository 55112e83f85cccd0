import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

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

// The demo consumes the built packages (dist/) like any app would; `npm start` builds them first.
export default defineConfig({
  plugins: [compileHint()],
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  build: { target: 'es2022' },
});
