// The production build as shipped: every script opens with V8's compile hint (vite.config.ts),
// the widgets' CDN folder is copied into dist/cdn/, and the service worker precaches it all.
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
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

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const cdnSource = join(
  dirname(createRequire(import.meta.url).resolve('@mulighetsrom/elements/package.json')),
  'dist/cdn/',
);

/** Every file below `dir`, relative to it. */
const filesBelow = async (dir) =>
  (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();

it('the CDN folder of @mulighetsrom/elements is in dist/cdn/, file for file and unchanged', async () => {
  const files = await filesBelow(cdnSource);
  assert.ok(files.includes('mulighetsrom.js'), 'the elements package is built');
  assert.deepEqual(await filesBelow(`${dist}cdn/`), files);
  for (const name of files) {
    const [built, source] = await Promise.all([
      readFile(`${dist}cdn/${name}`),
      readFile(`${cdnSource}${name}`),
    ]);
    assert.ok(built.equals(source), name);
    if (name.endsWith('.js'))
      assert.equal(built.toString('utf8').split('\n', 1)[0], '//# allFunctionsCalledOnLoad', name);
  }
});

it('a service worker precaches the app, the CDN folder and the example pages', async () => {
  const sw = await readFile(`${dist}sw.js`, 'utf8');
  const precached = new Set([...sw.matchAll(/\{url:"([^"]+)",revision:/g)].map((m) => m[1]));
  const assets = (await readdir(`${dist}assets/`)).map((name) => `assets/${name}`);
  const cdn = (await filesBelow(`${dist}cdn/`))
    .filter((n) => n.endsWith('.js'))
    .map((n) => `cdn/${n}`);
  const examples = (await readdir(`${dist}examples/`)).map((name) => `examples/${name}`);
  for (const url of ['index.html', 'favicon.svg', ...assets, ...cdn, ...examples])
    assert.ok(precached.has(url) || url.endsWith('.map'), `${url} is precached`);
  assert.ok(!sw.includes('importScripts('), 'the Workbox runtime is inlined (Trusted Types)');
  // The navigation route's fallback: `createHandlerBoundToURL("index.html")`, minified.
  assert.ok(
    /NavigationRoute|createHandlerBoundToURL\(\w+\)\),\{denylist/.test(sw) &&
      /\(\w+="index\.html",\w+\(\)\.createHandlerBoundToURL/.test(sw),
    'routes fall back to index.html',
  );
});

it('index.html registers the worker from the entry module, with no inline script', async () => {
  const html = await readFile(`${dist}index.html`, 'utf8');
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  assert.deepEqual(
    scripts.map(([, attributes, body]) => [/\bsrc=/.test(attributes), body.trim()]),
    [[true, '']],
  );
  assert.doesNotMatch(html, /\sstyle=|<style/);
  const entry = html.match(/src="\/assets\/([^"]+\.js)"/)[1];
  assert.match(await readFile(`${dist}assets/${entry}`, 'utf8'), /sw\.js/);
});
