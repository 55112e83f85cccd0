// The CDN folder as shipped (dist/cdn): every file opens with V8's compile hint and its source
// map accounts for that extra first line; the loader defines nothing and imports only widget
// modules; no file imports a bare specifier (a CMS page has no import map). Needs a build.
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { COMPILE_HINT } from './compile-hint.mjs';
import { measureCdn, packageDir } from './size.mjs';

const cdnDir = join(packageDir, 'dist/cdn');
const files = (await readdir(cdnDir, { recursive: true })).filter((name) => name.endsWith('.js'));

test('the CDN folder has the loader, a module per widget and shared chunks', () => {
  assert.ok(files.includes('mulighetsrom.js'), 'the loader');
  assert.ok(files.includes('model.js'), 'the model module');
  assert.ok(files.includes('expectation-matrix.js'), 'the expectation matrix module');
  for (const board of ['swot.js', 'assessment-cross.js', 'situation-board.js'])
    assert.ok(files.includes(board), `the ${board} module`);
  assert.ok(files.includes('annual-wheel.js'), 'the annual wheel module');
  assert.ok(files.includes('follow-up-table.js'), 'the follow-up table module');
  assert.ok(files.filter((name) => name.startsWith('chunks/')).length > 1, 'chunks');
});

for (const name of files) {
  test(`${name} opens with the compile hint, and its map leaves that line unmapped`, async () => {
    const code = await readFile(join(cdnDir, name), 'utf8');
    const [first, second] = code.split('\n', 2);
    assert.equal(first, COMPILE_HINT);
    // Rolldown's own runtime (the namespace-object helper two chunks share) has no source, so
    // no map: allowed for it alone, and only while it stays a few helpers.
    if (/^chunks\/rolldown-runtime-[\w-]+\.js$/.test(name)) {
      assert.ok(second.length > 0 && second.length < 1024, 'the runtime is a few helpers');
      return;
    }
    assert.ok(second.length > 100, 'the minified code follows on the next line');
    const map = JSON.parse(await readFile(join(cdnDir, `${name}.map`), 'utf8'));
    const lines = map.mappings.split(';');
    assert.equal(lines[0], '', 'line 1 (the hint) has no mappings');
    assert.ok(lines[1].length > 0, 'line 2 (the code) has mappings');
  });
}

test('the loader defines nothing and imports only the widget modules, lazily', async () => {
  const cdn = await measureCdn(cdnDir);
  const loader = cdn.files.get('mulighetsrom.js');
  assert.deepEqual(loader.imports, []);
  assert.deepEqual([...loader.dynamic].sort(), [
    'annual-wheel.js',
    'assessment-cross.js',
    'expectation-matrix.js',
    'follow-up-table.js',
    'model.js',
    'situation-board.js',
    'swot.js',
  ]);
  const code = await readFile(join(cdnDir, 'mulighetsrom.js'), 'utf8');
  assert.ok(!code.includes('customElements.define'), 'defines no element');
});

test('no file imports a bare specifier', async () => {
  const { init, parse } = await import('es-module-lexer');
  await init;
  for (const name of files) {
    const code = await readFile(join(cdnDir, name), 'utf8');
    for (const found of parse(code)[0]) {
      const specifier = found.n ?? code.slice(found.s, found.e).replace(/^`|`$/g, '');
      assert.ok(specifier.startsWith('./') || specifier.startsWith('../'), `${name}: ${specifier}`);
    }
  }
});
