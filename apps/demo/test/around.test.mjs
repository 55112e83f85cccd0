// The parts around the workspace, in Chromium on the production build (dist/) served as
// `npm start` serves it (scripts/serve.mjs): the example pages under the strict CSP, the
// server's real-path routes, offline use after one load, and the network, print and embed views
// in the app.
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import { collectPageErrors, launchChromium } from '../../../scripts/browser.mjs';
import { STRICT_CSP, dist, serveDemo } from '../scripts/serve.mjs';

const axeSource = await readFile(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
const examplePages = (await readdir(`${dist}examples`)).filter(
  (name) => name.endsWith('.html') && name !== 'index.html',
);

let browser;
let server;

before(async () => {
  server = await serveDemo();
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** A page that records CSP violations (before any script of the page runs) and errors. */
async function watchedPage(context) {
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      window.__violations.push(`${event.violatedDirective}: ${event.blockedURI}`),
    );
  });
  const problems = collectPageErrors(page);
  const violations = () => page.evaluate(() => window.__violations);
  return { page, problems, violations };
}

async function axeViolations(page) {
  await page.addScriptTag({ content: axeSource }).catch(async () => {
    // The app's CSP blocks an added script: run axe through the protocol instead.
    await page.evaluate(axeSource);
  });
  return page.evaluate(async () =>
    (await window.axe.run(document)).violations.map((v) => `${v.id}: ${v.nodes.length}`),
  );
}

describe('example pages', () => {
  it('the index links every widget’s page', async () => {
    const context = await browser.newContext();
    const { page, problems, violations } = await watchedPage(context);
    await page.goto(`${server.url}/examples/`);
    const links = await page.locator('main li a').evaluateAll((as) => as.map((a) => a.pathname));
    assert.deepEqual(links.sort(), examplePages.map((name) => `/examples/${name}`).sort());
    assert.deepEqual(await violations(), []);
    assert.deepEqual(problems, []);
    await context.close();
  });

  for (const name of examplePages) {
    it(`${name} renders its widget under the strict CSP, with no violation or error`, async () => {
      const context = await browser.newContext();
      const { page, problems, violations } = await watchedPage(context);
      const response = await page.goto(`${server.url}/examples/${name}`);
      assert.equal(response.headers()['content-security-policy'], STRICT_CSP);
      const tag = `mulighetsrom-${name.replace(/\.html$/, '')}`;
      // (A synchronous check: waitForFunction takes a returned promise as a truthy value.)
      await page.waitForFunction((tag) => {
        const widget = document.querySelector(tag);
        return (widget?.shadowRoot?.childElementCount ?? 0) > 0 && widget.value !== undefined;
      }, tag);
      const alerts = await page.evaluate(async (tag) => {
        const widget = document.querySelector(tag);
        await widget.updateComplete;
        return widget.shadowRoot.querySelectorAll('[role="alert"]').length;
      }, tag);
      assert.equal(alerts, 0, 'the example data is valid');
      assert.deepEqual(await violations(), []);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});

describe('the server', () => {
  it('answers the app’s real-path routes with the app, and a missing file with 404', async () => {
    for (const path of ['/network', '/embed/nav-solvik', '/w/a/print/gathering-1']) {
      const response = await fetch(`${server.url}${path}`);
      assert.equal(response.status, 200, path);
      assert.match(await response.text(), /<div id="app">/, path);
      assert.match(response.headers.get('content-security-policy'), /require-trusted-types-for/);
    }
    for (const path of ['/assets/missing.js', '/cdn/missing.js', '/examples/missing.html'])
      assert.equal((await fetch(`${server.url}${path}`)).status, 404, path);
  });
});

describe('offline', () => {
  it('after one load, a reload and a deep link render with the server gone', async () => {
    const own = await serveDemo();
    const context = await browser.newContext();
    const { page, problems, violations } = await watchedPage(context);
    await page.goto(`${own.url}/`);
    await page.waitForSelector('main h1');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await own.close();
    await context.setOffline(true);
    await page.reload();
    await page.waitForSelector('main h1');
    await page.goto(`${own.url}/network`);
    await page.waitForSelector('#network-heading');
    assert.deepEqual(await violations(), []);
    // The browser logs the failed requests it made to the network: not the app's errors.
    assert.deepEqual(
      problems.filter((p) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(p)),
      [],
    );
    await context.close();
  });
});
