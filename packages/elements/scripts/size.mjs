// Size measurement shared by size-check.mjs and the benchmark: bundle an entry the way an app
// would ship it (esbuild, minified ESM, Lit and every dependency included), then compress.
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';

export const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const KB = 1024;

/** Gzip budgets in bytes. The CDN bundle and the package root carry every widget. */
export const budgets = {
  all: 40 * KB,
  model: 16 * KB,
  widget: 20 * KB,
};

/**
 * Bundles `file` (Lit included), minifies it and measures it.
 * @param {string} file path of an ES module, e.g. dist/model.js
 * @returns {Promise<{ file: string, minified: number, gzip: number, brotli: number }>} bytes
 */
export async function measureEntry(file) {
  const result = await build({
    entryPoints: [file],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    legalComments: 'none',
  });
  const code = Buffer.from(result.outputFiles[0].contents);
  return {
    file,
    minified: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length,
  };
}

/** The budget that applies to an export subpath of the package. */
export function budgetFor(subpath) {
  if (subpath === '.' || subpath.startsWith('./cdn/')) return budgets.all;
  if (subpath === './model.js') return budgets.model;
  return budgets.widget;
}

/**
 * The JavaScript entries of the package, from the `exports` map of its package.json.
 * @returns {Promise<{ subpath: string, file: string, budget: number }[]>}
 */
export async function discoverEntries(dir = packageDir) {
  const pkg = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8'));
  const entries = [];
  for (const [subpath, target] of Object.entries(pkg.exports ?? {})) {
    const path = typeof target === 'string' ? target : (target?.default ?? target?.import);
    if (typeof path !== 'string' || !path.endsWith('.js')) continue;
    entries.push({ subpath, file: join(dir, path), budget: budgetFor(subpath) });
  }
  return entries;
}
