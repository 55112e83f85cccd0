// Builds ONLY the CDN folder, dist/cdn/: the loader (mulighetsrom.js), one module per widget
// (model.js, …) and the chunks they share (Lit, the base, core) or load on first use (export,
// compare view, detail panel), all with Lit, core and tokens inlined and no bare imports. The
// per-widget npm entries (dist/<widget>.js) come from tsc, so dist/ must not be emptied.
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import MagicString from 'magic-string';
import { defineConfig, type Plugin } from 'vite';
import { COMPILE_HINT } from './scripts/compile-hint.mjs';
import { minifyCssLiterals } from './scripts/minify-css-literals.mjs';

/**
 * Minifies Lit `css` template literals with lightningcss (the bundler's minifier never touches
 * template text). A literal that cannot be minified safely stays as it is, with a warning.
 */
function minifyCss(): Plugin {
  return {
    name: 'mulighetsrom-minify-css-literals',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css')) return null;
      const { edits } = minifyCssLiterals(code, { fileName: id, warn: (m) => this.warn(m) });
      if (edits.length === 0) return null;
      const out = new MagicString(code);
      for (const { start, end, text } of edits) out.overwrite(start, end, text);
      return { code: out.toString(), map: out.generateMap({ source: id, hires: 'boundary' }) };
    },
  };
}

/** Empties <outDir>/cdn/ first (dist/ itself holds tsc's output): no chunk of an older build ships. */
function cleanCdn(): Plugin {
  let cdnDir = '';
  return {
    name: 'mulighetsrom-clean-cdn',
    configResolved(config) {
      cdnDir = resolve(config.root, config.build.outDir, 'cdn');
    },
    buildStart() {
      rmSync(cdnDir, { recursive: true, force: true });
    },
  };
}

/**
 * The note-board engine and the three boards built on it (SWOT, assessment cross, situation
 * board), with core's board modules. SHARED leaves them out (the splitter gives them a chunk
 * of the three boards' pages), else the boards sharing the engine would move it into the chunk
 * every other widget's page loads.
 */
const BOARD_MODULE =
  /[\\/](?:elements[\\/]src[\\/](?:board|swot|assessment-cross|situation-board)[\\/]|core[\\/](?:src|dist)[\\/](?:board[\\/]|i18n[\\/]board\.))/;

/**
 * What the editing widgets (the matrix, the boards, the wheel) share and the model does not:
 * the move menu and its core half, CSV, page size, the lookup by data attribute, Lit's repeat
 * and ifDefined. SHARED leaves them out, so the splitter gives them a chunk of the pages that
 * use them, not the model's page.
 */
const EDITING_MODULE =
  /[\\/](?:elements[\\/]src[\\/]internal[\\/](?:move-menu|print-page)\.|core[\\/](?:src|dist)[\\/](?:editing[\\/]move|i18n[\\/]move|csv)\.|lit(?:-html)?[\\/]directives[\\/](?:repeat|if-defined)\.)/;

/**
 * The annual wheel's and the follow-up table's own modules and d3 (both draw with d3-scale and
 * d3-time): shared by those two only, so SHARED leaves them out, else d3 would move into the
 * chunk the model's page loads (39 kB gzip instead of 29 when both joined the build).
 */
const D3_WIDGET_MODULE =
  /[\\/](?:node_modules[\\/](?:d3-[\w-]+|internmap)[\\/]|elements[\\/]src[\\/](?:annual-wheel|follow-up-table)[\\/]|core[\\/](?:src|dist)[\\/](?:wheel[\\/]|follow-up[\\/]|i18n[\\/](?:wheel|follow-up)\.))/;

/**
 * The matrix's own modules in core (not matrix/ids, which the annual wheel shares): its lazy
 * editing half and CSV writer use some of them with its first render, so SHARED leaves them
 * out, else the presets and the catalogs would move into the chunk the model's page loads.
 */
const MATRIX_MODULE =
  /[\\/]core[\\/](?:src|dist)[\\/](?:matrix[\\/](?!ids\.|csv\.)|i18n[\\/]matrix\.|catalog[\\/](?:expectations|example-offices)\.)/;

/**
 * The matrix's first-render modules of MATRIX_MODULE in one chunk (without it the splitter
 * cuts one per set of importers: presets, tallies, texts), which its page loads beside its own
 * module and its lazy parts import from.
 */
const MATRIX = {
  name: 'matrix',
  test: (id: string) => MATRIX_MODULE.test(id),
  tags: ['$initial' as const],
  priority: 1,
};

/**
 * One shared chunk: every module a widget's first render needs (`$initial`: in the static
 * imports of an entry) that another chunk uses too (`minShareCount: 2`: another widget, or a
 * lazy part such as the detail panel). Without it the splitter makes a small common chunk for
 * each such set (valibot with the model schema, the model view, download), and each file is
 * compressed on its own: a page with only a model downloads about 1 kB gzip less this way.
 * Modules only lazy parts use are not `$initial`, so they stay lazy.
 */
const SHARED = {
  name: 'shared',
  test: (id: string) =>
    !BOARD_MODULE.test(id) &&
    !EDITING_MODULE.test(id) &&
    !D3_WIDGET_MODULE.test(id) &&
    !MATRIX_MODULE.test(id),
  tags: ['$initial' as const],
  minShareCount: 2,
  priority: 2,
};

export default defineConfig({
  plugins: [cleanCdn(), minifyCss()],
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    // Maps (with their sources) for the checks and local debugging, but no sourceMappingURL
    // comment: the npm tarball leaves dist/cdn/*.map out (package.json `files`), most of its size.
    sourcemap: 'hidden',
    target: 'es2022',
    lib: {
      // One entry per widget, and the loader. The loader imports the widget entries itself.
      entry: {
        mulighetsrom: 'src/cdn/loader.ts',
        model: 'src/cdn/model.ts',
        'expectation-matrix': 'src/cdn/expectation-matrix.ts',
        swot: 'src/cdn/swot.ts',
        'assessment-cross': 'src/cdn/assessment-cross.ts',
        'situation-board': 'src/cdn/situation-board.ts',
        'annual-wheel': 'src/cdn/annual-wheel.ts',
        'follow-up-table': 'src/cdn/follow-up-table.ts',
      },
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
        codeSplitting: { groups: [SHARED, MATRIX] },
        postBanner: COMPILE_HINT,
      },
    },
  },
});
