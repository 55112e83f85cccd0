// Data safety of the workshop app in Chromium, on its production build (dist/): what is saved in
// IndexedDB survives a reload and a page closed right after an edit; export → import gives back
// the same workspaces; a broken file changes nothing; two tabs on one workspace never overwrite
// each other silently; a named version is restored (and the restore can be undone).
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { collectPageErrors } from '../../../scripts/browser.mjs';
import { axeViolations, startApp, waitForView } from './helpers.mjs';

/** An example office (the network is added on first start), so its id is known. */
const ID = 'example-arendal';
const MODEL_STEP = `/w/${ID}/gathering-3`;
const VERSIONS = `/w/${ID}/versions`;
/** The page with the export and import panel for the whole network. */
const TRANSFER = '/';

let app;

before(async () => {
  app = await startApp();
});

after(async () => {
  await app?.close();
});

/** A page of `context` at `path` that collects console and page errors. */
async function open(context, path) {
  const page = await context.newPage();
  const problems = collectPageErrors(page);
  await page.goto(app.url(path));
  await waitForView(page);
  await firstStartDone(page);
  return { page, problems };
}

/** Waits until the first start (the example network) is saved, so snapshots compare alike. */
async function firstStartDone(page) {
  for (let i = 0; i < 100; i++) {
    if ('meta:examples' in (await savedRecords(page))) return;
    await page.waitForTimeout(50);
  }
  assert.fail('the first start did not finish');
}

/** The model step, once the model widget has drawn its 20 areas. */
async function openModel(context) {
  const opened = await open(context, MODEL_STEP);
  // Not an async predicate: Playwright takes its promise for a true answer.
  await opened.page.waitForFunction(() => {
    const model = document.querySelector('mulighetsrom-model#model');
    return Boolean(model?.shadowRoot) && model.value?.areas?.length === 20;
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

/** Waits until the page's live region says `text`. */
const said = (page, text) =>
  page.waitForFunction(
    (source) => new RegExp(source).test(document.querySelector('#live-region')?.textContent ?? ''),
    text.source,
  );

const widgetStatus = (page, area) =>
  page.evaluate(
    (id) =>
      document.querySelector('mulighetsrom-model#model').value.areas.find((a) => a.id === id)
        ?.status,
    area,
  );

describe('data safety', () => {
  it('keeps every change over a reload', async () => {
    const context = await app.newContext();
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
    const context = await app.newContext();
    const { page } = await openModel(context);
    await rate(page, 9, 'improve');
    await page.close(); // at once: no waiting for the save
    const { page: again, problems } = await openModel(context);
    assert.equal(await widgetStatus(again, 9), 'improve');
    assert.equal(statusIn(await savedWorkspace(again), 9), 'improve');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('exports the network and imports it back identically, after a preview and a confirmation', async () => {
    const context = await app.newContext({ acceptDownloads: true });
    const { page, problems } = await open(context, TRANSFER);
    const exportButton = page.getByRole('button', { name: 'Eksporter hele nettverket som fil' });
    const [download] = await Promise.all([page.waitForEvent('download'), exportButton.click()]);
    assert.match(download.suggestedFilename(), /^mulighetsrom-network-\d{4}-\d{2}-\d{2}\.json$/);
    const text = await readFile(await download.path(), 'utf8');
    const file = JSON.parse(text);
    assert.equal(file.app, 'mulighetsrom');
    assert.equal(file.workspaces.length, 11);
    const before = await savedRecords(page);
    assert.deepEqual(
      file.workspaces,
      file.workspaces.map((w) => before[`workspace:${w.id}`].workspace),
      'the file holds the saved workspaces',
    );

    // Change one workspace, then import the file: the preview names what it replaces.
    const model = await openModel(context);
    await rate(model.page, 5, 'strong');
    await waitForSaved(model.page, (w) => statusIn(w, 5) === 'strong');
    await model.page.close();
    await page.reload();
    await waitForView(page);
    await page.getByLabel('Importer arbeidsflater fra fil (JSON)').setInputFiles({
      name: download.suggestedFilename(),
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    const preview = page.locator('.import-preview');
    await preview.waitFor();
    const previewText = (await preview.textContent()).replace(/\s+/g, ' ');
    assert.match(previewText, /Erstatter \(1\)/);
    assert.match(previewText, /NAV Arendal/);
    assert.match(previewText, /Modellen: 1 område endret \(område 5\)/);
    assert.match(previewText, /Allerede lik \(10\)/);
    assert.equal(
      statusIn(await savedWorkspace(page), 5),
      'strong',
      'nothing written before confirming',
    );
    await page.getByRole('button', { name: 'Importer', exact: true }).click();
    await waitForSaved(page, (w) => statusIn(w, 5) === 'improve');
    const after = await savedRecords(page);
    assert.deepEqual(
      file.workspaces.map((w) => after[`workspace:${w.id}`].workspace),
      file.workspaces,
      'export → import is identical',
    );
    await said(page, /importert: 1/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('a broken or foreign file changes nothing and says why', async () => {
    const context = await app.newContext();
    const { page, problems } = await open(context, TRANSFER);
    const before = await savedRecords(page);
    const input = page.getByLabel('Importer arbeidsflater fra fil (JSON)');
    const cases = [
      ['broken.json', '{"app": "mulighetsrom", "workspaces": [', /Fila er ikke JSON/],
      [
        'package.json',
        '{"name": "something", "version": "1.0.0"}',
        /ikke en eksport fra Mulighetsrom/,
      ],
      [
        'newer.json',
        JSON.stringify({
          app: 'mulighetsrom',
          kind: 'network',
          schemaVersion: 99,
          workspaces: [{}],
        }),
        /nyere versjon av appen/,
      ],
    ];
    for (const [name, body, message] of cases) {
      await input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(body) });
      const alert = page.locator('.transfer [role=alert]');
      await page.waitForFunction(() =>
        document.querySelector('.transfer [role=alert]')?.textContent.trim(),
      );
      assert.match(await alert.textContent(), message);
      assert.match(await alert.textContent(), /Ingenting er endret/);
      assert.equal(await page.locator('.import-preview').count(), 0);
    }
    assert.deepEqual(await savedRecords(page), before, 'nothing saved changed');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('two tabs on one workspace: the later one gets the notice, neither overwrites silently', async () => {
    const context = await app.newContext();
    const first = await openModel(context);
    const second = await openModel(context);
    // A change in one tab reaches the other, which had none of its own.
    await rate(first.page, 2, 'improve');
    await second.page.waitForFunction(
      () =>
        document.querySelector('mulighetsrom-model#model').value.areas.find((a) => a.id === 2)
          ?.status === 'improve',
    );
    assert.equal(await second.page.getByText('Endret i en annen fane').count(), 0);

    // Both change area 6 at once: the first tab's write waits for a Web Lock held here, so the
    // second tab's change is made on the copy the first is about to replace.
    await first.page.evaluate(
      () =>
        new Promise((held) => {
          navigator.locks.request(
            'mulighetsrom-demo:workspace:example-arendal',
            () => new Promise((release) => ((window.releaseLock = release), held())),
          );
        }),
    );
    await rate(first.page, 6, 'strong');
    await rate(second.page, 6, 'unknown');
    await first.page.evaluate(() => window.releaseLock());

    const notice = second.page
      .getByRole('alert')
      .filter({ hasText: 'Endret i en annen fane — last inn på nytt eller ta over?' });
    await notice.waitFor();
    assert.equal(await first.page.getByText('Endret i en annen fane').count(), 0);
    assert.equal(
      statusIn(await waitForSaved(first.page, (w) => statusIn(w, 6) === 'strong'), 4),
      'strong',
    );
    assert.equal(
      await widgetStatus(second.page, 6),
      'unknown',
      'the second tab keeps its own copy',
    );

    // Reload: the second tab takes the saved copy; its own is kept as a version.
    await notice.getByRole('button', { name: 'Last inn på nytt' }).click();
    await second.page.waitForFunction(
      () =>
        document.querySelector('mulighetsrom-model#model').value.areas.find((a) => a.id === 4)
          ?.status === 'strong',
    );
    assert.equal(await notice.count(), 0);
    const kept = Object.values(await savedRecords(second.page)).filter((r) =>
      r?.name?.startsWith('Endringer fra en annen fane'),
    );
    assert.equal(kept.length, 1);
    assert.equal(statusIn(kept[0].workspace, 6), 'unknown');
    assert.deepEqual([...first.problems, ...second.problems], []);
    await context.close();
  });

  it('restores a named version, after a confirmation, and keeps the state before it', async () => {
    const context = await app.newContext();
    const { page, problems } = await open(context, VERSIONS);
    await page.getByLabel('Hører til steget').selectOption('gathering-3');
    assert.equal(await page.getByLabel('Navn på versjonen').inputValue(), 'Samling 3');
    await page.getByRole('button', { name: 'Lagre versjonen' }).click();
    await page.getByRole('heading', { name: 'Samling 3' }).waitFor();
    assert.equal(
      await page.evaluate(() => document.activeElement?.textContent.trim()),
      'Samling 3',
    );

    const model = await openModel(context);
    await rate(model.page, 1, 'improve');
    await waitForSaved(model.page, (w) => statusIn(w, 1) === 'improve');
    await model.page.close();

    await page.reload();
    await page.getByRole('button', { name: 'Sammenlign «Samling 3» med nå' }).click();
    assert.match(
      await page.locator('.version-comparison').textContent(),
      /Modellen: 1 område endret \(område 1\)/,
    );
    await page.getByRole('button', { name: 'Gjenopprett «Samling 3»' }).click();
    const yes = page.getByRole('button', { name: 'Ja, gjenopprett' });
    await yes.waitFor();
    await page.waitForFunction(
      () => document.activeElement?.textContent.trim() === 'Ja, gjenopprett',
    );
    await page.keyboard.press('Enter');
    await waitForSaved(page, (w) => statusIn(w, 1) === 'strong');
    assert.deepEqual(await page.locator('.version-name').allTextContents(), [
      'Før gjenoppretting',
      'Samling 3',
    ]);
    await said(page, /«Samling 3» er gjenopprettet/);

    assert.deepEqual(problems, []);
    await context.close();
  });

  it('axe finds nothing on the versions page (a comparison and a confirmation open) and the import preview', async () => {
    // axe's script cannot be added under the app's Trusted Types policy: this page bypasses it.
    const context = await app.newContext({ bypassCSP: true });
    const { page, problems } = await open(context, VERSIONS);
    await page.getByLabel('Navn på versjonen').fill('Samling 1');
    await page.getByRole('button', { name: 'Lagre versjonen' }).click();
    await page.getByRole('button', { name: 'Sammenlign «Samling 1» med nå' }).click();
    await page.getByRole('button', { name: 'Gjenopprett «Samling 1»' }).click();
    await page.getByRole('button', { name: 'Ja, gjenopprett' }).waitFor();
    const found = [];
    for (const lang of ['nb', 'nn', 'en']) {
      await page.locator('#language').selectOption(lang);
      for (const v of await axeViolations(page))
        found.push(`${lang} versions ${v.id}: ${v.nodes.length}`);
    }
    await page.locator('#language').selectOption('nb');
    await page.goto(app.url(TRANSFER));
    await waitForView(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Eksporter hele nettverket som fil' }).click(),
    ]);
    await page
      .getByLabel('Importer arbeidsflater fra fil (JSON)')
      .setInputFiles(await download.path());
    await page.locator('.import-preview').waitFor();
    for (const v of await axeViolations(page)) found.push(`preview ${v.id}: ${v.nodes.length}`);
    await page.getByRole('button', { name: 'Avbryt' }).click();
    await page.getByLabel('Importer arbeidsflater fra fil (JSON)').setInputFiles({
      name: 'x.json',
      mimeType: 'application/json',
      buffer: Buffer.from('nope'),
    });
    await page.locator('.transfer .save-error').waitFor();
    for (const v of await axeViolations(page)) found.push(`error ${v.id}: ${v.nodes.length}`);
    assert.deepEqual(found, []);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
