// The production build as shipped: every script opens with V8's compile hint (vite.config.ts).
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { it } from 'node:test';
import { fileURLToPath } from 'node:url';

const assets = fileURLToPath(new URL('../dist/assets/', import.meta.url));

it('every built script opens with the compile hint, the entry chunk included', async () => {
  const scripts = (await readdir(assets)).filter((name) => name.endsWith('.js'));
  const entry = (await readFile(new URL('../dist/index.html', import.meta.url), 'utf8')).match(
    /<script type="module"[^>]* src="\/assets\/([^"]+\.js)"/,
  )?.[1];
  assert.ok(entry && scripts.includes(entry), 'index.html loads an entry chunk from assets/');
  assert.ok(scripts.length > 1, 'the lazy parts are chunks of their own');
  for (const name of scripts) {
    const code = await readFile(`${assets}${name}`, 'utf8');
    assert.equal(code.split('\n', 1)[0], '//# allFunctionsCalledOnLoad', name);
  }
});
