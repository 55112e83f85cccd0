// Every message key of core's catalogs is used somewhere in what we ship (core, elements and
// their stories, the demo): a text nobody shows is dead weight in a first chunk, in three
// languages, and a sign that a feature lost its label. Keys are found where code can use them
// (`.key`, `'key'`, `key:`) with comments stripped, since a comment naming an ordinary word like
// «save» proves nothing; the few keys built at run time are listed below with where they are built.
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { commonMessages, errorMessages, modelMessages, widgetMessages } from '@mulighetsrom/core';
import { packageDir } from './size.mjs';

const repo = join(packageDir, '../..');
const SOURCE_DIRS = ['packages/core/src', 'packages/elements/src', 'apps/demo/src'];

/** Keys whose names are assembled in code, so no source spells them out. */
const BUILT_AT_RUN_TIME = [
  /^region\d$/, // regionName() in elements/src/model/model-view.ts: `region${mask}`
];

/** Block and line comments out; `//` after a colon or quote (a URL in a string) stays. */
export function stripComments(source) {
  return source.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

/** True when `code` uses `key` as a property, a quoted key or an object key. */
export function usesKey(code, key) {
  return new RegExp(`(?:[.'"\`]${key}(?![\\w$])|(?<![\\w$.])${key}\\s*:)`).test(code);
}

async function sourceFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && /\.(ts|mjs|js)$/.test(e.name))
    .map((e) => join(e.parentPath ?? e.path, e.name))
    .filter((file) => !/\.test\.|\/i18n\/|generated/.test(file));
}

test('every message key is used by the shipped code', async () => {
  const files = (await Promise.all(SOURCE_DIRS.map((d) => sourceFiles(join(repo, d))))).flat();
  assert.ok(files.length > 20, `found the sources (${files.length} files)`);
  const sources = await Promise.all(files.map((f) => readFile(f, 'utf8')));
  const code = sources.map(stripComments).join('\n');
  const sections = { commonMessages, errorMessages, modelMessages, widgetMessages };
  const unused = [];
  for (const [section, catalog] of Object.entries(sections)) {
    for (const key of Object.keys(catalog.nb)) {
      if (BUILT_AT_RUN_TIME.some((pattern) => pattern.test(key))) continue;
      if (!usesKey(code, key)) unused.push(`${section}.${key}`);
    }
  }
  assert.deepEqual(unused, [], 'unused message keys: remove them, or show them');
});

test('a key named only in a comment or in prose does not count as used', () => {
  const code = stripComments(
    "// save the note\n/* copied */ const url = 'https://example.org/save';\n",
  );
  assert.equal(usesKey(code, 'save'), false);
  assert.equal(usesKey(code, 'copied'), false);
  assert.equal(usesKey(code, 'no'), false);
  assert.ok(
    usesKey('m.save', 'save') && usesKey("c['save']", 'save') && usesKey('{ save: 1 }', 'save'),
  );
  assert.equal(usesKey('m.saved', 'save'), false);
});
