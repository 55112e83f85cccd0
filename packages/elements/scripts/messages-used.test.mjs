// Every message key of core's catalogs is used somewhere in what we ship (core, elements and
// their stories, the demo): a text nobody shows is dead weight in a first chunk, in three
// languages, and a sign that a feature lost its label.
//
// A use is what code can read a text by, file by file, with comments stripped (a comment naming
// an ordinary word like «save» proves nothing):
// - a property read on the catalog itself, `modelMessages[lang].summary` or
//   `commonMessages.nb.exampleData`, or on a name bound to one language of it in the same file
//   (`const m = modelMessages[lang]`, a parameter `m: (typeof moveMessages)[Lang]` or
//   `c: CommonMessages`), then `m.summary`. The same word read on anything else (`seen.add(x)`,
//   `host.close()`, `this.loading`) is not a use: a catalog's values are strings;
// - a string literal that is exactly the key, in a file that names the catalog, its types
//   (`CommonMessages`, `ErrorKey`) or a function taking its keys (`dataError`): keys travel as
//   typed literals (`localize(errorMessages, 'required')`, `dataError(path, 'jsonEmpty')`, a key
//   map such as `{ strong: 'statusStrong' }`, `m[said]` with `said: 'undone' | 'redone'`). Not
//   an attribute value in a template (`class="centre"`), and not a quoted word in a file that
//   never names the catalog (a data path `['areas', i]`, the demo's own texts).
// The few keys built at run time are listed below with where they are built.
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import * as core from '@mulighetsrom/core';
import { packageDir } from './size.mjs';

const repo = join(packageDir, '../..');
const SOURCE_DIRS = ['packages/core/src', 'packages/elements/src', 'apps/demo/src'];

/** Every message catalog core exports (`commonMessages`, `modelMessages` …), by its export name. */
const CATALOGS = Object.fromEntries(
  Object.entries(core).filter(([name]) => /^[a-z]\w*Messages$/.test(name)),
);

/**
 * Keys no shipped code reads, found when this check stopped counting `seen.add(x)`,
 * `cache.delete(k)`, `let copy: unknown`, attribute values and quoted data words as uses. Reported (core owns the catalogs), not
 * deleted here. Listed so the check stays green meanwhile; it fails once a listed key is used or
 * gone, so remove the entry then.
 */
const KNOWN_UNUSED = {};

/** Keys whose names are assembled in code, so no source spells them out. */
const BUILT_AT_RUN_TIME = [
  /^region\d$/, // regionName() in elements/src/model/model-view.ts: `region${mask}`
];

/** Block and line comments out; `//` after a colon or quote (a URL in a string) stays. */
export function stripComments(source) {
  return source.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const NAME = String.raw`[A-Za-z_$][\w$]*`;

/**
 * The names `code` binds to one language of `catalog`: `const m = modelMessages[lang]`, and
 * parameters or variables typed `(typeof modelMessages)[Lang]` or `ModelMessages`.
 * @param {string} code
 * @param {string} catalog e.g. 'modelMessages'
 * @returns {string[]}
 */
export function aliasesOf(code, catalog) {
  const c = escape(catalog);
  const type = escape(catalog[0].toUpperCase() + catalog.slice(1));
  const patterns = [
    new RegExp(
      String.raw`\b(?:const|let|var)\s+(${NAME})\s*=\s*${c}\s*(?:\[|\.(?:nb|nn|en)\b)`,
      'g',
    ),
    new RegExp(String.raw`(?<![\w$.])(${NAME})\s*\??:\s*\(\s*typeof\s+${c}\s*\)\s*\[`, 'g'),
    new RegExp(String.raw`(?<![\w$.])(${NAME})\s*\??:\s*(?:Readonly<\s*)?${type}\b(?!\s*\[)`, 'g'),
  ];
  return [...new Set(patterns.flatMap((pattern) => [...code.matchAll(pattern)].map((m) => m[1])))];
}

/**
 * Functions and types besides a catalog's own names that take its keys as string literals
 * (`MatrixIssueKey` is a matrix error key or a shared one).
 */
const KEY_TAKERS = {
  errorMessages: ['dataError', 'MatrixIssueKey'],
  matrixErrorMessages: ['MatrixIssueKey'],
};

/**
 * True when `code` names `catalog`, its types (`CommonMessages`; `ErrorKey` for `errorMessages`,
 * `MatrixErrorKey` for `matrixErrorMessages`) or one of its KEY_TAKERS: only there can a quoted
 * word be one of its keys, not a data path (`['areas', i]`) or a demo text.
 * @param {string} code
 * @param {string} catalog
 */
export function takesKeysOf(code, catalog) {
  const type = catalog[0].toUpperCase() + catalog.slice(1);
  const key = type.replace(/Messages$/, 'Key');
  const names = [catalog, type, key, ...(KEY_TAKERS[catalog] ?? [])].map(escape);
  return new RegExp(String.raw`(?<![\w$])(?:${names.join('|')})(?![\w$])`).test(code);
}

/**
 * True when `code` (one file, comments stripped) reads `key` of `catalog` (see the top of this
 * file), or names the key as a whole string literal.
 * @param {string} code
 * @param {string} key
 * @param {string} catalog e.g. 'commonMessages'
 */
export function usesKey(code, key, catalog) {
  const receivers = [
    String.raw`${escape(catalog)}\s*(?:\[[^\]\n]*\]|\.(?:nb|nn|en)\b)`,
    ...aliasesOf(code, catalog).map(escape),
  ];
  const read = new RegExp(
    String.raw`(?<![\w$.])(?:${receivers.join('|')})\s*\??\.\s*${escape(key)}(?![\w$])`,
  );
  // Not an attribute value in a template (`class="centre"`): Prettier writes `= 'x'` in code.
  const literal = new RegExp(String.raw`(?<!=)(['"\`])${escape(key)}\1`);
  return read.test(code) || (takesKeysOf(code, catalog) && literal.test(code));
}

async function sourceFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && /\.(ts|mjs|js)$/.test(e.name))
    .map((e) => join(e.parentPath ?? e.path, e.name))
    .filter((file) => !/\.test\.|\/i18n\/|generated/.test(file));
}

test('the check finds the catalogs', () => {
  for (const name of ['commonMessages', 'editingMessages', 'errorMessages', 'modelMessages'])
    assert.ok(name in CATALOGS, name);
  for (const messages of Object.values(CATALOGS)) assert.equal(typeof messages.nb, 'object');
});

test('every message key is used by the shipped code', async () => {
  const files = (await Promise.all(SOURCE_DIRS.map((d) => sourceFiles(join(repo, d))))).flat();
  assert.ok(files.length > 20, `found the sources (${files.length} files)`);
  const sources = (await Promise.all(files.map((f) => readFile(f, 'utf8')))).map(stripComments);
  const unused = [];
  for (const [catalog, messages] of Object.entries(CATALOGS)) {
    for (const key of Object.keys(messages.nb)) {
      if (BUILT_AT_RUN_TIME.some((pattern) => pattern.test(key))) continue;
      if (!sources.some((code) => usesKey(code, key, catalog))) unused.push(`${catalog}.${key}`);
    }
  }
  const known = Object.keys(KNOWN_UNUSED);
  assert.deepEqual(
    unused.filter((name) => !known.includes(name)),
    [],
    'unused message keys: remove them, or show them',
  );
  assert.deepEqual(
    known.filter((name) => !unused.includes(name)),
    [],
    'used again or removed: take them out of KNOWN_UNUSED',
  );
});

test('a key named only in a comment or in prose does not count as used', () => {
  const code = stripComments(
    "// save the note\n/* copied */ const url = 'https://example.org/save';\n" +
      "const hint = 'save the note';\n",
  );
  assert.equal(usesKey(code, 'save', 'commonMessages'), false);
  assert.equal(usesKey(code, 'copied', 'commonMessages'), false);
  assert.equal(usesKey(code, 'no', 'commonMessages'), false);
});

test('the same word on something that is not a catalog does not count (Set.add, host.close)', () => {
  // The old matcher counted any `.add`, so `seen.add(x)` kept commonMessages.add alive.
  const code = [
    'const seen = new Set();',
    'seen.add(value);',
    'host.close();',
    'this.loading.track(task);',
    'const m = modelMessages[lang];',
    'm.add;', // modelMessages, not commonMessages
    'const { title, areas } = doc;',
    'let copy: unknown;',
    'return { tool: v.optional(v.string()) };',
    'html`<text class="centre" data-kind="area">`;',
  ].join('\n');
  for (const key of ['add', 'close', 'loading', 'copy', 'tool', 'areas', 'centre', 'area'])
    assert.equal(usesKey(code, key, 'commonMessages'), false, key);
  assert.equal(usesKey(code, 'add', 'modelMessages'), true);
});

test('reads of a catalog, a bound language of it, and quoted keys count', () => {
  const uses = {
    'commonMessages[lang].add': 'add',
    'commonMessages[normalizeLang(globals.lang as string) ?? DEFAULT_LANG].reset': 'reset',
    'commonMessages.nb.exampleData': 'exampleData',
    'commonMessages[lang]?.untitled': 'untitled',
    'const c = commonMessages[lang];\nc.add': 'add',
    'const c = commonMessages.en;\nc.close': 'close',
    'function f(c: (typeof commonMessages)[Lang]) { return c.print; }': 'print',
    'function f(c: CommonMessages) { return c.edit; }': 'edit',
    "commonMessages[lang]['delete']": 'delete',
    "localize(commonMessages, 'levelEierLong')": 'levelEierLong',
    "const KEYS = { strong: 'statusStrong' } as const;\ncommonMessages[lang][KEYS[s]]":
      'statusStrong',
  };
  for (const [code, key] of Object.entries(uses))
    assert.equal(usesKey(code, key, 'commonMessages'), true, code);
  assert.equal(
    usesKey('const c = commonMessages[lang];\nc.saved', 'save', 'commonMessages'),
    false,
  );
  assert.equal(usesKey('commonMessages[lang].addMore', 'add', 'commonMessages'), false);
  // A quoted word in a file that never names the catalog is data, not a key.
  assert.equal(usesKey("const here = [...at, 'areas', i];", 'areas', 'commonMessages'), false);
  assert.equal(usesKey("exampleSuffix: 'example',", 'example', 'commonMessages'), false);
  assert.equal(usesKey("dataError('$', 'jsonEmpty')", 'jsonEmpty', 'errorMessages'), true);
  assert.equal(
    usesKey("v.check<string, ErrorKey>(isId, 'emptyText')", 'emptyText', 'errorMessages'),
    true,
  );
});
