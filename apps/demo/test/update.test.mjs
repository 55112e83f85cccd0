// A new version of the app, for real: the production build is served, a page lets its service
// worker install, then the server hands out a changed sw.js (the next version), so a new worker
// installs and waits. The notice appears (and is announced), «Ikke nå» hides it without a
// reload, and «Last inn på nytt nå» saves the note typed a moment before, lets the new worker
// take over and reloads this tab only; another open tab keeps its page.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { collectPageErrors, launchChromium } from '../../../scripts/browser.mjs';
import { serveStatic } from '../../../scripts/static-server.mjs';
import { demoHeaders, dist } from '../scripts/serve.mjs';
import { createRequire } from 'node:module';
import { waitForView } from './helpers.mjs';

const READY = 'En ny versjon av appen er klar. Den tar over når du laster inn på nytt.';
const PATH = '/w/example-arendal/local-work';

const axeSource = await readFile(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** Axe's violations, run through the debugger (this page keeps its CSP and Trusted Types). */
async function axeViolations(page) {
  await page.evaluate(axeSource);
  return page.evaluate(async () => (await window.axe.run(document)).violations);
}

let browser;
let server;
/** Paths the server answers with given bodies instead of dist/'s files. */
const routes = {};

before(async () => {
  server = await serveStatic(dist, { fallback: 'index.html', headersFor: demoHeaders, routes });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** The service worker registration's workers, by state. */
const workers = (page) =>
  page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return {
      waiting: Boolean(registration?.waiting),
      active: Boolean(registration?.active),
      controlled: Boolean(navigator.serviceWorker.controller),
    };
  });

/** Marks the page, so a reload shows (the mark is gone). */
const mark = (page) => page.evaluate(() => (window.notReloaded = true));
const marked = (page) => page.evaluate(() => window.notReloaded === true);

describe('a new version of the app', () => {
  it('waits for the reader: a notice, «Ikke nå», then «Last inn på nytt nå» saves and reloads', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems = collectPageErrors(page);
    await page.goto(`${server.url}${PATH}`);
    await waitForView(page);
    await page.evaluate(() => navigator.serviceWorker.ready);
    // The first load is not controlled by the worker (a new worker takes over an uncontrolled
    // page at once); from the next load on it is, as on every later visit.
    await page.reload();
    await waitForView(page);
    assert.equal((await workers(page)).controlled, true);
    assert.equal(
      await page.locator('.update-notice').count(),
      0,
      'no notice without a new version',
    );

    // The next version: a changed worker script, found by the browser's update check.
    const current = await readFile(`${dist}sw.js`, 'utf8');
    routes['/sw.js'] = {
      body: `${current}\n// the next version\n`,
      type: 'text/javascript; charset=utf-8',
    };
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    const notice = page.locator('.update-notice');
    await notice.getByText(READY).waitFor();
    assert.equal((await workers(page)).waiting, true, 'the new worker waits');
    await page.waitForFunction(
      (text) => document.querySelector('#live-region')?.textContent === text,
      READY,
    );
    assert.deepEqual(await axeViolations(page), [], 'axe, with the notice');
    assert.equal(
      await page.evaluate(() => document.activeElement?.localName),
      'body',
      'focus stays',
    );

    // «Ikke nå»: the notice goes, nothing reloads, the new version still waits.
    await mark(page);
    await notice.getByRole('button', { name: 'Ikke nå' }).click();
    assert.equal(await notice.count(), 0);
    await page.waitForTimeout(500);
    assert.equal(await marked(page), true, 'not reloaded');
    assert.equal((await workers(page)).waiting, true);

    // A reload of its own does not let it in (one tab); the notice is back.
    await page.reload();
    await waitForView(page);
    await notice.getByText(READY).waitFor();

    // A second tab on the app, which must keep its page when the first one updates.
    const other = await context.newPage();
    const otherProblems = collectPageErrors(other);
    await other.goto(`${server.url}/`);
    await waitForView(other);
    await mark(other);

    // Typed a moment ago (its save is still waiting for the pause), then «Last inn på nytt nå».
    const note = 'Skrevet rett før den nye versjonen';
    await page.locator('#local-work-notes').fill(note);
    await mark(page);
    await Promise.all([
      page.waitForEvent('load'),
      notice.getByRole('button', { name: 'Last inn på nytt nå' }).click(),
    ]);
    await waitForView(page);
    assert.equal(await marked(page), false, 'reloaded');
    assert.equal(await page.locator('#local-work-notes').inputValue(), note, 'the note was saved');
    assert.deepEqual(await workers(page), { waiting: false, active: true, controlled: true });
    assert.equal(await page.locator('.update-notice').count(), 0);

    await other.waitForTimeout(500);
    assert.equal(await marked(other), true, 'the other tab was not reloaded');
    assert.deepEqual([...problems, ...otherProblems], []);
    await context.close();
  });
});
