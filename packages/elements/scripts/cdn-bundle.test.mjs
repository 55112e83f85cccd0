// The CDN bundle as shipped: it opens with V8's compile hint, and its source map accounts for
// that extra first line. Needs a build first (dist/cdn/mulighetsrom.js).
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { COMPILE_HINT } from './compile-hint.mjs';
import { packageDir } from './size.mjs';

const bundlePath = join(packageDir, 'dist/cdn/mulighetsrom.js');

test('the CDN bundle opens with the compile hint, on a line of its own', async () => {
  const code = await readFile(bundlePath, 'utf8');
  const [first, second] = code.split('\n', 2);
  assert.equal(first, COMPILE_HINT);
  assert.ok(second.length > 1000, 'the minified code follows on the next line');
});

test('the source map leaves the hint line unmapped, so every mapping still points right', async () => {
  const map = JSON.parse(await readFile(`${bundlePath}.map`, 'utf8'));
  const lines = map.mappings.split(';');
  assert.equal(lines[0], '', 'line 1 (the hint) has no mappings');
  assert.ok(lines[1].length > 0, 'line 2 (the code) has mappings');
});
