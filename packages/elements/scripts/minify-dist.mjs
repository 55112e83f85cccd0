// Build step after tsc: minifies the Lit `css` template literals of every dist/**/*.js (the
// npm entries), in place, and moves tsc's .js.map segments to where their code now is. The CDN
// bundle (dist/cdn/) gets the same from a Vite plugin while it is built (vite.config.ts).
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { decode, encode } from '@jridgewell/sourcemap-codec';
import { minifyCssLiterals } from './minify-css-literals.mjs';

const lineStarts = (text) => [0, ...[...text.matchAll(/\n/g)].map((m) => m.index + 1)];

/**
 * A source map of `before` rewritten for `after`, where `edits` (ascending, not overlapping)
 * replaced ranges of `before`: every segment keeps its original position and moves its
 * generated one with the text around it (a segment inside a replaced range goes to its start).
 * @param {{ mappings: string }} map
 * @param {string} before
 * @param {string} after
 * @param {{ start: number, end: number, text: string }[]} edits
 */
export function shiftSourceMap(map, before, after, edits) {
  const oldStarts = lineStarts(before);
  const newStarts = lineStarts(after);
  const lines = newStarts.map(() => []);
  let edit = 0;
  let delta = 0;
  let newLine = 0;
  decode(map.mappings).forEach((segments, line) => {
    for (const [column, ...rest] of segments) {
      const offset = oldStarts[line] + column;
      while (edit < edits.length && edits[edit].end <= offset) {
        delta += edits[edit].text.length - (edits[edit].end - edits[edit].start);
        edit++;
      }
      const inside = edit < edits.length && edits[edit].start < offset;
      const moved = (inside ? edits[edit].start : offset) + delta;
      while (newLine + 1 < newStarts.length && newStarts[newLine + 1] <= moved) newLine++;
      lines[newLine].push([moved - newStarts[newLine], ...rest]);
    }
  });
  return { ...map, mappings: encode(lines) };
}

/**
 * Minifies one tsc output file and its map.
 * @param {string} code
 * @param {{ mappings: string } | undefined} map
 * @param {{ fileName?: string, warn?: (message: string) => void }} [options]
 */
export function minifyDistFile(code, map, options) {
  const { code: out, edits } = minifyCssLiterals(code, options);
  return { code: out, map: map && edits.length ? shiftSourceMap(map, code, out, edits) : map };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const distDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
  let files = 0;
  let saved = 0;
  let warnings = 0;
  const warn = (message) => {
    warnings++;
    console.warn(`minify-dist: ${message}`);
  };
  for (const entry of await readdir(distDir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath ?? entry.path, entry.name);
    if (!entry.isFile() || !path.endsWith('.js') || path.startsWith(join(distDir, 'cdn') + sep))
      continue;
    const source = await readFile(path, 'utf8');
    const mapText = await readFile(`${path}.map`, 'utf8').catch(() => undefined);
    const map = mapText && JSON.parse(mapText);
    const out = minifyDistFile(source, map, { fileName: path, warn });
    if (out.code === source) continue;
    await writeFile(path, out.code);
    if (map) await writeFile(`${path}.map`, JSON.stringify(out.map));
    files++;
    saved += source.length - out.code.length;
  }
  console.log(
    `minify-dist: css literals minified in ${files} files, ${saved} bytes saved` +
      (warnings ? `, ${warnings} left as they were (see the warnings).` : '.'),
  );
}
