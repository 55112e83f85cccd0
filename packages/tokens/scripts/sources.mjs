// Reads the DTCG sources from tokens/ (Node only; the build and the tests share it).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { THEMES } from './lib.mjs';

/** @param {string} file */
const read = (file) =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../tokens/${file}`, import.meta.url)), 'utf8'));

/** @returns {import('./lib.mjs').Sources} */
export function readSources() {
  return {
    base: read('base.json'),
    palette: read('palette.json'),
    themes: /** @type {import('./lib.mjs').Sources['themes']} */ (
      Object.fromEntries(THEMES.map((theme) => [theme, read(`color.${theme}.json`)]))
    ),
  };
}
