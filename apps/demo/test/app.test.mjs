// Whole flows of the demo app in Chromium, on its production build (dist/, made by `build`):
// the page and the widget render without errors and pass axe, the language switch applies and
// persists, and the reader's edits survive a reload, a reset and its undo.
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

let browser;
let server;

before(async () => {
  server = await serveStatic(dist);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** A fresh page (own storage) that fails the test on any console error or page error. */
async function openDemo(context) {
  const page = await context.newPage();
  const problems = collectPageErrors(page);
  await page.goto(`${server.url}/`);
  await page.waitForFunction(async () => {
    const model = document.querySelector('#own-model');
    const network = document.querySelector('#network-model');
    if (!model || !network) return false;
    await Promise.all([model.updateComplete, network.updateComplete]);
    return (
      model.shadowRoot.querySelectorAll('g.area').length === 20 &&
      network.shadowRoot.querySelectorAll('.multiple').length > 0
    );
  });
  return { page, problems };
}

/** Area 5's entry in the widget's value (what would be saved). */
const area5 = (page) =>
  page.evaluate(() => document.querySelector('#own-model').value.areas.find((a) => a.id === 5));

describe('demo app', () => {
  it('renders the page and the model without errors, and axe finds no violations', async () => {
    const context = await browser.newContext();
    const { page, problems } = await openDemo(context);
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => (await window.axe.run(document)).violations);
    assert.deepEqual(
      violations.map((v) => `${v.id}: ${v.nodes.length}`),
      [],
      'axe violations',
    );
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('switches to Nynorsk, page and widget, and keeps the choice after a reload', async () => {
    const context = await browser.newContext();
    const { page, problems } = await openDemo(context);
    await page.locator('select').first().selectOption('nn');
    const state = () =>
      page.evaluate(async () => {
        const model = document.querySelector('#own-model');
        await model.updateComplete;
        return {
          lang: document.documentElement.lang,
          legend: model.shadowRoot.querySelector('.legend-title').textContent.trim(),
        };
      });
    assert.deepEqual(await state(), { lang: 'nn', legend: 'Teiknforklaring' });
    await page.reload();
    await page.waitForFunction(() => document.querySelector('#own-model'));
    assert.deepEqual(await state(), { lang: 'nn', legend: 'Teiknforklaring' });
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('keeps an edit over a reload; a reset shows the example, and undo brings the edit back', async () => {
    const context = await browser.newContext();
    const { page, problems } = await openDemo(context);
    assert.equal((await area5(page)).status, 'unknown');

    // Open area 5's details (as a click or Enter on it does) and choose a status.
    await page.evaluate(async () => {
      const model = document.querySelector('#own-model');
      model.select(5);
      await model.updateComplete;
    });
    await page.locator('#own-model').locator('input[type=radio][value=strong]').check();
    assert.equal((await area5(page)).status, 'strong');
    await page.reload();
    await page.waitForFunction(() => document.querySelector('#own-model')?.value);
    assert.equal((await area5(page)).status, 'strong', 'the edit survives a reload');

    await page.locator('#reset-example').click();
    assert.equal((await area5(page)).status, 'unknown', 'the reset shows the example');
    assert.match(await page.locator('.reset').getByRole('status').textContent(), /tilbakestilt/);
    const undo = page.getByRole('button', { name: 'Angre tilbakestillingen' });
    await undo.focus();
    await page.keyboard.press('Enter');
    assert.equal((await area5(page)).status, 'strong', 'undo brings the edit back');
    assert.equal(await undo.count(), 0, 'the undo offer is gone');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'reset-example');

    await page.reload();
    await page.waitForFunction(() => document.querySelector('#own-model')?.value);
    assert.equal((await area5(page)).status, 'strong', 'the undone reset stays undone');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('compares the reader’s partnership with the example offices, and follows their edits', async () => {
    const context = await browser.newContext();
    const { page, problems } = await openDemo(context);
    /** The network's small multiples and the count table's row for area 5. */
    const network = () =>
      page.evaluate(async () => {
        const model = document.querySelector('#network-model');
        await model.updateComplete;
        const root = model.shadowRoot;
        const row = [...root.querySelectorAll('tbody tr')].find((tr) =>
          tr.querySelector('th').textContent.trim().startsWith('5.'),
        );
        return {
          titles: [...root.querySelectorAll('.multiple-title')].map((p) => p.textContent.trim()),
          area5: [...row.querySelectorAll('td')].slice(0, 3).map((td) => Number(td.textContent)),
          strongAt: row.querySelector('.names').textContent,
        };
      });
    const before = await network();
    assert.deepEqual(before.titles, [
      'Eksempel: Solvik kommune og NAV Solvik',
      'NAV Flekkefjord (eksempel)',
      'NAV Vennesla (eksempel)',
      'NAV Arendal (eksempel)',
      'NAV Grimstad (eksempel)',
    ]);
    assert.doesNotMatch(before.strongAt, /Solvik/);

    // The reader rates area 5 strong in their own model: the network counts it at once.
    await page.evaluate(async () => {
      const model = document.querySelector('#own-model');
      model.select(5);
      await model.updateComplete;
    });
    await page.locator('#own-model').locator('input[type=radio][value=strong]').check();
    const after = await network();
    assert.equal(after.area5[0], before.area5[0] + 1, 'one more partnership strong in area 5');
    assert.match(after.strongAt, /Solvik/);

    // After a reload the saved edit is in the network too, not only in the reader's model.
    await page.reload();
    await page.waitForFunction(
      async () => {
        const model = document.querySelector('#network-model');
        await model?.updateComplete;
        const row = [...(model?.shadowRoot.querySelectorAll('tbody tr') ?? [])].find((tr) =>
          tr.querySelector('th').textContent.trim().startsWith('5.'),
        );
        return row?.querySelector('.names').textContent.includes('Solvik') ?? false;
      },
      null,
      { timeout: 5000 },
    );
    assert.deepEqual((await network()).area5, after.area5);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('offers no undo when the reset discarded nothing of the reader’s', async () => {
    const context = await browser.newContext();
    const { page } = await openDemo(context);
    await page.locator('#reset-example').click();
    assert.match(await page.locator('.reset').getByRole('status').textContent(), /tilbakestilt/);
    assert.equal(await page.getByRole('button', { name: 'Angre tilbakestillingen' }).count(), 0);
    await context.close();
  });
});
