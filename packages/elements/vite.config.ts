// Builds ONLY the CDN bundle: dist/cdn/mulighetsrom.js, one ES module with Lit, core and tokens
// inlined. The per-widget npm entries (dist/<widget>.js, bare `lit` imports) come from tsc,
// so the output folder must not be emptied.
import { defineConfig, type Plugin } from 'vite';
import { COMPILE_HINT } from './scripts/compile-hint.mjs';
import { minifyCssLiterals } from './scripts/minify-css-literals.mjs';

/**
 * The CDN bundle loads everything up front, so a widget's lazy parts (`import('./x.js')` in
 * src) become static imports here. That lets the bundler hoist them like any module, instead
 * of wrapping every module in lazy-init functions, which costs about 1.4 kB gzip.
 */
function eagerLazyParts(): Plugin {
  return {
    name: 'mulighetsrom-eager-lazy-parts',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('import(')) return null;
      const imports: string[] = [];
      const out = code.replace(/\bimport\((['"])(\.{1,2}\/[^'"]+)\1\)/g, (_, quote, path) => {
        const name = `__eagerPart${imports.length}`;
        imports.push(`import * as ${name} from ${quote}${path}${quote};`);
        return `Promise.resolve(${name})`;
      });
      // Imports are hoisted, so they go at the end: no line of the source moves (map: null
      // keeps the existing source map valid).
      return imports.length > 0 ? { code: `${out}\n${imports.join('\n')}\n`, map: null } : null;
    },
  };
}

/**
 * Minifies Lit `css` template literals (the bundler's minifier never touches template text).
 * Line breaks are kept, so no line moves and the existing source map stays valid (map: null).
 */
function minifyCss(): Plugin {
  return {
    name: 'mulighetsrom-minify-css-literals',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css')) return null;
      const out = minifyCssLiterals(code, { fileName: id });
      return out === code ? null : { code: out, map: null };
    },
  };
}

export default defineConfig({
  plugins: [eagerLazyParts(), minifyCss()],
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: true,
    target: 'es2022',
    lib: {
      entry: 'src/cdn.ts',
      formats: ['es'],
      fileName: () => 'cdn/mulighetsrom.js',
    },
    rolldownOptions: {
      // Library mode keeps whitespace even with build.minify; this minifies fully.
      // codeSplitting: false keeps the CDN bundle one self-contained file even if a dynamic
      // import were left (eagerLazyParts turns the widgets' own into static imports).
      // postBanner: added after minification, which would drop a banner comment. The compile
      // hint has V8 compile the bundle as it streams in, not during the first render.
      output: { minify: true, codeSplitting: false, postBanner: COMPILE_HINT },
    },
  },
});
