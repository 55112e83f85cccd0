// Builds ONLY the CDN bundle: dist/cdn/mulighetsrom.js, one ES module with Lit, core and tokens
// inlined. The per-widget npm entries (dist/<widget>.js, bare `lit` imports) come from tsc,
// so the output folder must not be emptied.
import { defineConfig } from 'vite';

export default defineConfig({
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
      output: { minify: true },
    },
  },
});
