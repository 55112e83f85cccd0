// Build step after tsc: minifies the Lit `css` template literals of every dist/**/*.js (the
// npm entries), in place. The CDN bundle (dist/cdn/) gets the same from a Vite plugin while it
// is built (vite.config.ts). Line breaks are kept, so tsc's .js.map files stay valid.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minifyCssLiterals } from './minify-css-literals.mjs';

const distDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'dist');

let files = 0;
let before = 0;
let after = 0;
for (const entry of await readdir(distDir, { recursive: true, withFileTypes: true })) {
  const path = join(entry.parentPath ?? entry.path, entry.name);
  if (!entry.isFile() || !path.endsWith('.js') || path.startsWith(join(distDir, 'cdn') + sep))
    continue;
  const source = await readFile(path, 'utf8');
  const minified = minifyCssLiterals(source, { fileName: path });
  if (minified === source) continue;
  await writeFile(path, minified);
  files++;
  before += source.length;
  after += minified.length;
}
console.log(`minify-dist: css literals minified in ${files} files, ${before - after} bytes saved.`);
