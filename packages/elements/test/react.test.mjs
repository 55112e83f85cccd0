// The React wrappers (`@mulighetsrom/elements/react`) as an app uses them, from the packed
// tarballs: the type fixture through tsc, the fixture app built by Vite and rendered in Chromium with createRoot, and rendered on the server
// with renderToString and hydrated with hydrateRoot. Needs a build (dist/) and Chromium.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { before, describe, it } from 'node:test';
import { build } from 'esbuild';
import {
  bundleForNode,
  fixtureDir,
  packageDir,
  page,
  tempDir,
  viteBuildApp,
  withChromium,
} from './react-fixture/harness.mjs';

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

/**
 * `npm pack`s the packages (elements and core) and unpacks them into a node_modules folder
 * under the package's own, so other imports (react, lit) resolve from the repository's
 * node_modules, but @mulighetsrom/* from what a user would install; the fixture goes to `app/`
 * beside it. Returns the folder.
 */
let packedRoot;
function installPacked() {
  if (packedRoot) return packedRoot;
  const root = join(packageDir, 'node_modules', '.cache', 'mulighetsrom-packed');
  rmSync(root, { recursive: true, force: true });
  const tarballs = join(root, 'tarballs');
  mkdirSync(tarballs, { recursive: true });
  // A package of its own: else @mulighetsrom/elements would resolve to this package (self-reference).
  writeFileSync(
    join(root, 'package.json'),
    '{ "name": "fixture-app", "private": true, "type": "module" }\n',
  );
  for (const name of ['elements', 'core']) {
    const out = execFileSync(
      'npm',
      ['pack', '--json', '--ignore-scripts', '--pack-destination', tarballs],
      { cwd: join(packageDir, '..', name), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
    );
    const into = join(root, 'node_modules', '@mulighetsrom', name);
    mkdirSync(into, { recursive: true });
    const [{ filename }] = JSON.parse(out);
    execFileSync('tar', ['-xzf', join(tarballs, filename), '-C', into, '--strip-components=1']);
  }
  const app = join(root, 'app');
  mkdirSync(app);
  for (const file of readdirSync(fixtureDir).filter((f) => /\.tsx$|^tsconfig\.json$/.test(f)))
    copyFileSync(join(fixtureDir, file), join(app, file));
  packedRoot = root;
  return root;
}

it('the fixture typechecks against the packed tarballs, and every wrong prop is an error', () => {
  const app = join(installPacked(), 'app');
  // @ts-expect-error lines that do not fail are errors themselves (TS2578), so this fails both
  // when a right prop is rejected and when a wrong one is let through.
  try {
    execFileSync(process.execPath, [tsc, '-p', join(app, 'tsconfig.json')], { stdio: 'pipe' });
  } catch (error) {
    assert.fail(String(error.stdout));
  }
});

it('importing one component bundles its widget only, and costs under 2 kB gzip more', async () => {
  const bundle = async (contents) => {
    const result = await build({
      stdin: { contents, resolveDir: join(installPacked(), 'app') },
      bundle: true,
      format: 'esm',
      minify: true,
      write: false,
      external: ['react'], // the app's own
      logLevel: 'error',
    });
    return result.outputFiles[0].text;
  };
  const wrapped = await bundle("export { MulighetsromModel } from '@mulighetsrom/elements/react';");
  const plain = await bundle(
    "export { MulighetsromModel } from '@mulighetsrom/elements/model.js';",
  );
  assert.match(wrapped, /mulighetsrom-model/);
  for (const other of [
    'mulighetsrom-swot',
    'mulighetsrom-annual-wheel',
    'mulighetsrom-follow-up-table',
  ])
    assert.doesNotMatch(wrapped, new RegExp(other), `${other} is not in the bundle`);
  const extra = gzipSync(wrapped, { level: 9 }).length - gzipSync(plain, { level: 9 }).length;
  console.log(
    `react: the model's component adds ${(extra / 1000).toFixed(2)} kB gzip to its widget`,
  );
  assert.ok(extra < 2000, `${extra} bytes gzip`);
});

describe('in Chromium', () => {
  let dir;
  let serverHtml;
  before(async () => {
    dir = tempDir('react');
    const root = installPacked();
    // The app as a Vite build, from the packed tarballs (what a React 19 + Vite team ships).
    await viteBuildApp(join(root, 'app', 'client.tsx'), dir);
    const { renderApp } = await import(
      await bundleForNode(join(root, 'app', 'server.tsx'), 'react-server', root)
    );
    serverHtml = renderApp();
    writeFileSync(join(dir, 'client.html'), page({ script: '/client.js' }));
    writeFileSync(
      join(dir, 'hydrate.html'),
      page({ body: serverHtml, script: '/client.js', mode: 'hydrate' }),
    );
  });

  it('server HTML carries the primitive inputs as attributes, JSON text as data, no listeners', () => {
    const tag = (id) =>
      serverHtml.match(new RegExp(`<mulighetsrom-model[^>]*id="${id}"[^>]*>`))?.[0] ?? '';
    assert.match(tag('inline'), /lang="nn"/);
    assert.match(tag('inline'), /editable=""/);
    assert.doesNotMatch(
      tag('inline'),
      /\sdata=|onChange|onchange/i,
      'objects and listeners stay client-side',
    );
    assert.match(tag('json'), /data="\{&quot;title&quot;:&quot;From JSON&quot;\}"/);
  });

  for (const mode of ['client', 'hydrate']) {
    it(`${mode === 'client' ? 'createRoot' : 'renderToString + hydrateRoot'}: data, language, events, stable data`, async () => {
      await withChromium(dir, {}, async (open) => {
        const { tab, problems } = await open(`/${mode}.html`);
        const value = (id) => tab.evaluate((id) => document.getElementById(id).value, id);
        await tab.waitForFunction(() =>
          ['inline', 'controlled', 'json'].every((id) => document.getElementById(id)?.value),
        );
        assert.equal((await value('inline')).title, 'Grimstad', 'data reached the element');
        assert.equal((await value('json')).title, 'From JSON', 'JSON text is read as data');
        const text = await tab.evaluate(
          () => document.getElementById('inline').shadowRoot.textContent,
        );
        assert.match(text, /Eigar- og kontornivå/, 'rendered in Nynorsk');
        assert.doesNotMatch(text, /Eier- og kontornivå/, 'not in Bokmål');

        // An edit in the widget with the inline literal: onChange reaches React (its detail
        // read as the model's data), React re-renders with a new literal, the edit stays.
        const edit = (id) =>
          tab.evaluate(async (id) => {
            const el = document.getElementById(id);
            el.select(2);
            await el.updateComplete;
            el.shadowRoot.querySelector('input[type="radio"][value="strong"]').click();
            await el.updateComplete;
          }, id);
        await edit('inline');
        await tab.waitForFunction(() => document.getElementById('changes').textContent === '1');
        assert.equal(await tab.textContent('#status'), 'strong', 'detail.value.areas[].status');
        await tab.click('#rerender');
        await tab.waitForFunction(() => document.getElementById('rerender').textContent === '1');
        const areas = (await value('inline')).areas;
        assert.equal(
          areas.find((a) => a.id === 2).status,
          'strong',
          'the edit survives re-renders',
        );

        // Controlled: the value passed back as data keeps the undo history.
        await edit('controlled');
        await tab.waitForFunction(
          () => document.getElementById('controlled-status').textContent === 'strong',
        );
        const undo = tab.locator('#controlled button.undo'); // Playwright's CSS enters shadow roots
        assert.equal(await undo.getAttribute('aria-disabled'), 'false', 'the edit can be undone');
        await undo.click();
        await tab.waitForFunction(
          () => document.getElementById('controlled-status').textContent === 'improve',
        );

        assert.deepEqual(problems, []);
      });
    });
  }
});
