// Builds ONLY the CDN folder, dist/cdn/: the loader (mulighetsrom.js), one module per widget
// (model.js, …) and the chunks they share (Lit, the base, core) or load on first use (export,
// compare view, detail panel), all with Lit, core and tokens inlined and no bare imports. The
// per-widget npm entries (dist/<widget>.js) come from tsc, so dist/ must not be emptied.
import { defineConfig, type Plugin } from 'vite';
import { COMPILE_HINT } from './scripts/compile-hint.mjs';
import { minifyCssLiterals } from './scripts/minify-css-literals.mjs';

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

/**
 * The code every widget's first render needs (Lit, and core's catalogs, layout and texts) goes
 * into one shared chunk, instead of the handful of small ones the splitter would make: each file
 * is compressed on its own, so fewer files download fewer bytes (about 1 kB gzip here).
 */
const SHARED = new RegExp(
  String.raw`node_modules/(lit|lit-html|lit-element|@lit/reactive-element)/|` +
    String.raw`core/dist/(i18n/(common|model|format|localize)|catalog/(areas|resolve|levels|ids)|venn/|schema/(util|model-shape))`,
);

export default defineConfig({
  plugins: [minifyCss()],
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: true,
    target: 'es2022',
    lib: {
      // One entry per widget, and the loader. The loader imports the widget entries itself.
      entry: { mulighetsrom: 'src/cdn/loader.ts', model: 'src/cdn/model.ts' },
      formats: ['es'],
      fileName: (_format, name) => `cdn/${name}.js`,
    },
    rolldownOptions: {
      // Library mode keeps whitespace even with build.minify; this minifies fully.
      // postBanner: added after minification, which would drop a banner comment. The compile
      // hint has V8 compile each chunk as it streams in, not during the first render.
      output: {
        minify: true,
        chunkFileNames: 'cdn/chunks/[name]-[hash].js',
        codeSplitting: { groups: [{ name: 'shared', test: SHARED }] },
        postBanner: COMPILE_HINT,
      },
    },
  },
});
