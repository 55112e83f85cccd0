// What every bench page shares: how a case is bundled and the page it runs in.

/** esbuild options for a case bundle (and for ours, as an app's bundler would build it). */
export const esbuildOptions = {
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  platform: 'browser',
  legalComments: 'none',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'silent',
  write: false,
};

/**
 * The page a case runs in: no text of its own (so every case pays for its first text alike), a
 * 720 px host, and the case's module when `file` is given.
 * @param {string} [file] the case bundle, served from the root
 */
export function benchPage(file) {
  return [
    '<!doctype html>',
    '<html lang="nb"><head><meta charset="utf-8"><title>bench</title>',
    '<style>body{margin:0;font-family:system-ui,sans-serif}#host{width:720px}</style></head>',
    `<body><div id="host"></div>${file ? `<script type="module" src="/${file}"></script>` : ''}`,
    '</body></html>',
  ].join('');
}
