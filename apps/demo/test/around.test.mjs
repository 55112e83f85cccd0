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

/**
 * axe's violations on the page. axe itself writes HTML from strings (Trusted Types sinks): the
 * CSP violations it causes are taken off the page's list.
 */
async function axeViolations(page) {
  const before = await page.evaluate(() => window.__violations.length);
  // Through the protocol: the page's CSP would block an added script tag.
  await page.evaluate(axeSource);
  return page.evaluate(async (before) => {
    const { violations } = await window.axe.run(document);
    window.__violations.length = before;
    return violations.map((v) => `${v.id}: ${v.nodes.length}`);
  }, before);
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

/**
 * The app at `path` in a fresh context (its own storage: the example network is added), once
 * `selector` (the view's heading) is there.
 */
async function openApp(path, selector) {
  const context = await browser.newContext();
  const watched = await watchedPage(context);
  await watched.page.goto(`${server.url}${path}`);
  await watched.page.waitForSelector(selector);
  return { context, ...watched };
}

/** The derived matrix's status of `area` for workspace `id` (from the widget's value). */
const matrixStatus = (page, id, area) =>
  page.evaluate(
    ([id, area]) =>
      document
        .querySelector('#network-matrix')
        ?.value?.models?.find((m) => m.id === id)
        ?.areas?.find((a) => a.id === area)?.status,
    [id, area],
  );

describe('the network view', () => {
  it('lists every workspace, examples labelled in text, compares their models and opens one', async () => {
    const { context, page, problems, violations } = await openApp('/network', '#network-heading');
    await page.waitForSelector('#network-matrix');
    const items = page.locator('.around-workspace');
    const count = await items.count();
    assert.ok(count >= 11, 'the Agder example network');
    assert.equal(await items.filter({ hasText: 'Eksempel' }).count(), count);
    await page.waitForFunction(
      (count) =>
        document.querySelector('#network-compare')?.shadowRoot?.querySelectorAll('.multiple')
          .length === count &&
        document.querySelector('#network-matrix')?.shadowRoot?.querySelectorAll('tbody tr')
          .length >= count,
      count,
    );
    assert.deepEqual(await axeViolations(page), []);
    await page.getByRole('link', { name: 'NAV Arendal', exact: true }).click();
    await page.waitForURL(/\/w\/example-arendal$/);
    assert.deepEqual(await violations(), []);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('a cell edit in the derived matrix is saved into that workspace’s model', async () => {
    const { context, page, problems } = await openApp('/network', '#network-heading');
    await page.waitForFunction(
      () => document.querySelector('#network-matrix')?.value?.models?.length >= 11,
    );
    // Row 1 is NAV Arendal (the examples by name), cell 5 its area 5.
    const before = await matrixStatus(page, 'example-arendal', 5);
    await page.locator('#network-matrix td.cell').nth(4).focus();
    await page.keyboard.press('Space');
    await page.waitForFunction(
      ([before]) =>
        document
          .querySelector('#network-matrix')
          .value.models.find((m) => m.id === 'example-arendal')
          .areas.find((a) => a.id === 5)?.status !== before,
      [before],
    );
    const after = await matrixStatus(page, 'example-arendal', 5);
    // Saved: a reload (the store, not the widget) has it, in the matrix and in the compare view.
    await page.waitForTimeout(300);
    await page.reload();
    await page.waitForFunction(() => document.querySelector('#network-matrix')?.value?.models);
    assert.equal(await matrixStatus(page, 'example-arendal', 5), after);
    const compared = await page.evaluate(
      () =>
        document
          .querySelector('#network-compare')
          .value.find((m) => m.id === 'example-arendal')
          .areas.find((a) => a.id === 5)?.status,
    );
    assert.equal(compared, after);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('the print view', () => {
  it('every poster read-only on a page of its own, only the document printed', async () => {
    const { context, page, problems, violations } = await openApp(
      '/w/example-arendal/print',
      '#print-heading',
    );
    const posters = page.locator('.around-poster');
    assert.ok((await posters.count()) >= 10, 'every poster of the workspace');
    assert.equal(
      await page.locator('.around-poster [editable], .around-poster [toolbar]').count(),
      0,
      'read-only widgets',
    );
    assert.deepEqual(await axeViolations(page), []);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => ({
      breaks: [...document.querySelectorAll('.around-poster')].map(
        (p) => getComputedStyle(p).breakBefore,
      ),
      // The app around the document: its header, navigation, timer and footer.
      hidden: [...document.querySelectorAll('header, nav, aside, footer')]
        .filter((e) => !e.closest('.around-print'))
        .map((e) => getComputedStyle(e).display),
      controls: getComputedStyle(document.querySelector('.around-print-controls')).display,
      heading: getComputedStyle(document.querySelector('main h1')).display,
    }));
    assert.ok(
      printed.breaks.every((b) => b === 'page'),
      'each poster starts a page',
    );
    assert.ok(printed.hidden.length > 0, 'the app has a header');
    assert.deepEqual(new Set(printed.hidden), new Set(['none']), 'the app around is not printed');
    assert.equal(printed.controls, 'none');
    assert.notEqual(printed.heading, 'none');
    await page.emulateMedia({ media: 'screen' });
    assert.deepEqual(await violations(), []);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('the paper choice is a page rule only while this view prints; the button prints', async () => {
    const { context, page, problems } = await openApp('/w/example-arendal/print', '#print-heading');
    const pageRules = () =>
      page.evaluate(() =>
        document.adoptedStyleSheets
          .flatMap((sheet) => [...sheet.cssRules])
          .filter((rule) => rule instanceof CSSPageRule)
          .map((rule) => rule.style.getPropertyValue('size')),
      );
    await page.getByLabel('A4').check();
    await page.getByLabel('Stående').check();
    await page.evaluate(() => {
      window.__printed = 0;
      window.print = () => {
        window.__printed += 1;
        window.dispatchEvent(new Event('beforeprint'));
      };
    });
    assert.deepEqual(await pageRules(), []);
    await page.getByRole('button', { name: 'Skriv ut' }).click();
    assert.equal(await page.evaluate(() => window.__printed), 1);
    // (Chromium writes the rule's size in lower case, and portrait as the default it is.)
    assert.deepEqual(await pageRules(), ['a4']);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    assert.deepEqual(await pageRules(), []);
    // Another view prints on the browser's own page size.
    await page.getByRole('link', { name: 'Nettverket' }).first().click();
    await page.waitForSelector('#network-heading');
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    assert.deepEqual(await pageRules(), []);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('a gathering’s summary says what was decided: chosen areas, the plan’s rows', async () => {
    const { context, page, problems } = await openApp(
      '/w/example-arendal/print/gathering-2',
      '#print-heading',
    );
    const areas = await page.locator('.around-decisions li').allTextContents();
    assert.ok(areas.length > 0, 'the chosen areas');
    assert.match(areas[0], /^\d+\. \S/);
    assert.ok(
      (await page.locator('.around-poster mulighetsrom-situation-board').count()) > 0,
      'the situation boards of the chosen areas',
    );
    assert.deepEqual(await axeViolations(page), []);
    // Gathering 1 decided its follow-up plan.
    await page.getByRole('link', { name: 'Oppsummering: Samling 1' }).click();
    await page.waitForSelector('.around-decisions table');
    assert.ok((await page.locator('.around-decisions tbody tr').count()) > 0, 'its rows');
    assert.equal(await page.locator('.around-decisions li').count(), 0, 'no areas chosen here');
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('the embed view', () => {
  it('shows each widget’s code as text, with the workspace’s data, and copies it', async () => {
    const { context, page, problems, violations } = await openApp(
      '/embed/example-arendal',
      '#embed-heading',
    );
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    const codes = page.locator('.around-code code');
    assert.equal(await codes.count(), 7);
    const model = await codes.first().textContent();
    assert.match(
      model,
      /^<script type="module" src="https:\/\/cdn\.jsdelivr\.net\/npm\/@mulighetsrom\/elements@[^"]+\/dist\/cdn\/mulighetsrom\.js"><\/script>\n/,
    );
    const json = model
      .match(/<mulighetsrom-model data='([^']*)'>/)[1]
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
    assert.equal(JSON.parse(json).areas.length, 20, 'the workspace’s own model');
    assert.equal(await page.locator('.around-code *:not(code)').count(), 0, 'text, not markup');
    await page.getByRole('button', { name: /Kopier koden Mulighetsrommet/ }).click();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), model);
    await page.waitForFunction(() =>
      document.querySelector('#live-region')?.textContent.includes('er kopiert'),
    );
    assert.deepEqual(await axeViolations(page), []);

    // The JSON-script form, from this site's copy of the CDN folder.
    await page.getByLabel('i et JSON-skript inne i elementet').check();
    await page.getByLabel('denne nettsiden').check();
    const script = await codes.first().textContent();
    assert.ok(script.startsWith(`<script type="module" src="${server.url}/cdn/mulighetsrom.js">`));
    assert.match(script, /<mulighetsrom-model>\n {2}<script type="application\/json">\n/);
    assert.deepEqual(await violations(), []);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('without a clipboard, says so and selects the code for a manual copy', async () => {
    const { context, page, problems } = await openApp('/embed', '#embed-heading');
    await page.evaluate(() =>
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new Error('denied')) },
      }),
    );
    await page.getByRole('button', { name: /Kopier koden SWOT/ }).click();
    await page.waitForSelector('.around-snippet .around-error');
    const selected = await page.evaluate(() => window.getSelection().toString());
    // (A selection's text leaves out the code's last line break.)
    assert.equal(selected, (await page.locator('#embed-swot-code').textContent()).trimEnd());
    assert.match(await page.locator('.around-snippet .around-error').textContent(), /Ctrl\+C/);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('in Nynorsk and English', () => {
  const headings = {
    nn: ['Nettverket', 'Utskrift: NAV Arendal', 'Bygg inn verktøya'],
    en: ['The network', 'Print: NAV Arendal', 'Embed the tools'],
  };
  for (const [lang, expected] of Object.entries(headings))
    it(`${lang}: the network, print and embed views in that language, axe clean`, async () => {
      const context = await browser.newContext();
      await context.addInitScript((lang) => {
        if (!localStorage.getItem('mulighetsrom-demo:settings'))
          localStorage.setItem('mulighetsrom-demo:settings', JSON.stringify({ lang }));
      }, lang);
      const { page, problems, violations } = await watchedPage(context);
      const views = [
        ['/network', '#network-heading'],
        ['/w/example-arendal/print', '#print-heading'],
        ['/embed/example-arendal', '#embed-heading'],
      ];
      for (const [i, [path, selector]] of views.entries()) {
        await page.goto(`${server.url}${path}`);
        await page.waitForSelector(selector);
        assert.equal(await page.locator('html').getAttribute('lang'), lang);
        const heading = (await page.locator(selector).textContent()).replace(/\s+/g, ' ').trim();
        assert.ok(heading.startsWith(expected[i]), `${path}: ${heading}`);
        assert.deepEqual(await axeViolations(page), [], path);
      }
      assert.deepEqual(await violations(), []);
      assert.deepEqual(problems, []);
      await context.close();
    });
});
