// Proves the CDN folder works under a strict CSP with Trusted Types, and that loading it twice
// (two copies of the folder under different URLs) never throws. Serves a plain page with
//   Content-Security-Policy: script-src 'self'; style-src 'self'; require-trusted-types-for 'script'
// that has only the loader's script tag (and a second copy of the loader and of a widget
// module), places every widget the loader knows (mulighetsrom-model with data through the
// `data` attribute and through an inline <script type="application/json">), and fails on any
// CSP violation, console error or page error, or a widget whose shadow root is empty. A second
// page gets its widget only after load: the loader must find it then.
// Needs a build first (dist/cdn).
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readdir } from 'node:fs/promises';
import { collectPageErrors, launchChromium } from '../../../scripts/browser.mjs';
import { serveStatic } from '../../../scripts/static-server.mjs';
import { measureCdn } from './size.mjs';

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bundlePath = join(packageDir, 'dist/cdn/mulighetsrom.js');
const CSP = "script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

const modelByAttribute = JSON.stringify({
  title: 'Attributt',
  areas: [
    { id: 1, status: 'strong' },
    { id: 7, status: 'improve', planned: true },
  ],
});
const modelInline = JSON.stringify({
  title: 'Inline',
  areas: [{ id: 2, status: 'improve', planned: true, note: 'Merknad <b>som tekst</b>' }],
});

const matrixByAttribute = JSON.stringify({
  preset: 'radmann',
  cells: [{ row: 'nav-ledere', column: 'radmann-01', value: 'marked' }],
});
const matrixInline = JSON.stringify({
  title: 'Inline <b>som tekst</b>',
  preset: 'network-priorities',
  rows: [{ id: 'a', label: 'NAV A' }],
  cells: [],
});

const swotByAttribute = JSON.stringify({
  subject: 'Flyktningtjenesten',
  strengths: [{ id: 'n1', text: 'Lapp <b>som tekst</b>', votes: 2, color: 'yellow' }],
});
const crossInline = JSON.stringify({
  office: 'NAV <i>Inline</i>',
  worksWell: [{ text: 'Tillit' }],
});
const situationByAttribute = JSON.stringify({
  area: 16,
  because: 'det trengs.',
  desired: [{ id: 'n1', text: 'Skjult', hidden: true }],
});
const wheelByAttribute = JSON.stringify({
  year: 2027,
  rings: [{ id: 'p', label: 'Partnerskapet' }],
  activities: [{ id: 'a', ring: 'p', title: 'Møte', start: '2027-03-16', checklist: 'model' }],
});
const wheelInline = JSON.stringify({
  title: 'Inline <b>som tekst</b>',
  rings: [{ id: 'k', label: 'Kommunen' }],
  activities: [{ ring: 'k', title: 'Budsjett <i>x</i>', start: '2027-09-01', end: '2028-01-10' }],
});
const planByAttribute = JSON.stringify({
  title: 'Plan <b>som tekst</b>',
  rows: [
    { id: 'r1', what: 'Møte <i>x</i>', start: '2026-01-10', end: '2026-02-01', status: 'doing' },
  ],
});

// Attribute values are quoted with ' below; JSON.stringify output has no ' in this data.
const page = `<!doctype html>
<html lang="nb">
  <head>
    <meta charset="utf-8" />
    <title>CSP check</title>
    <link rel="icon" href="data:," />
    <script type="module" src="/dist/cdn/mulighetsrom.js"></script>
    <script type="module" src="/copy2/mulighetsrom.js"></script>
    <script type="module" src="/copy2/model.js"></script>
    <script type="module" src="/check.js"></script>
  </head>
  <body>
    <main>
      <h1>CSP check</h1>
      <div id="static">
        <mulighetsrom-model data='${modelByAttribute}'></mulighetsrom-model>
        <mulighetsrom-model>
          <script type="application/json">${modelInline}</script>
        </mulighetsrom-model>
        <mulighetsrom-expectation-matrix
          data='${matrixByAttribute}'
        ></mulighetsrom-expectation-matrix>
        <mulighetsrom-expectation-matrix>
          <script type="application/json">${matrixInline}</script>
        </mulighetsrom-expectation-matrix>
        <mulighetsrom-swot data='${swotByAttribute}' editable vote-limit="2" toolbar></mulighetsrom-swot>
        <mulighetsrom-assessment-cross>
          <script type="application/json">${crossInline}</script>
        </mulighetsrom-assessment-cross>
        <mulighetsrom-situation-board
          data='${situationByAttribute}'
          editable
        ></mulighetsrom-situation-board>
        <mulighetsrom-annual-wheel data='${wheelByAttribute}'></mulighetsrom-annual-wheel>
        <mulighetsrom-follow-up-table
          data='${planByAttribute}'
          editable
          toolbar
        ></mulighetsrom-follow-up-table>
        <mulighetsrom-annual-wheel>
          <script type="application/json">${wheelInline}</script>
        </mulighetsrom-annual-wheel>
      </div>
      <div id="generic"></div>
    </main>
  </body>
</html>
`;

// Runs in the page (served from 'self'): wait until the loader has defined the static widgets,
// place one of each tag the loader knows that the markup does not have, report.
const check = (tags) => `
const tags = ${JSON.stringify(tags)};
const timeout = (ms) => new Promise((_, fail) => setTimeout(() => fail(new Error('not defined in time')), ms));
const defined = await Promise.all(tags.map((tag) =>
  Promise.race([customElements.whenDefined(tag).then(() => tag), timeout(10000)]).catch(() => null)));
const generic = document.getElementById('generic');
for (const tag of tags) {
  if (!document.querySelector('#static ' + tag)) generic.append(document.createElement(tag));
}
const widgets = tags.length ? [...document.querySelectorAll(tags.join(','))] : [];
await Promise.all(widgets.map((el) => el.updateComplete));
await new Promise((done) => setTimeout(done, 100));
window.__cspCheck = {
  tags,
  notDefined: tags.filter((tag, i) => defined[i] === null),
  undefinedStatic: [...document.querySelectorAll('#static > *')]
    .filter((el) => !customElements.get(el.localName)).map((el) => el.localName),
  widgets: widgets.map((el) => ({
    tag: el.localName,
    where: el.closest('#static') ? (el.hasAttribute('data') ? 'data attribute' : 'inline script') : 'no data',
    shadowChildren: el.shadowRoot ? el.shadowRoot.children.length : -1,
    alert: el.shadowRoot?.querySelector('[role="alert"]')?.textContent.replace(/\\s+/g, ' ').trim() ?? null,
  })),
};
`;

// A page with no widget at first: one is added after load, and must still be defined.
const laterPage = `<!doctype html>
<html lang="nn">
  <head>
    <meta charset="utf-8" />
    <title>Later</title>
    <link rel="icon" href="data:," />
    <script type="module" src="/dist/cdn/mulighetsrom.js"></script>
    <script type="module" src="/later.js"></script>
  </head>
  <body><main id="main"><h1>Later</h1></main></body>
</html>
`;
const later = (tag) => `
await new Promise((done) => setTimeout(done, 300));
const el = document.createElement('div');
const widget = document.createElement(${JSON.stringify(tag)});
el.append(widget);
document.getElementById('main').append(el);
await Promise.race([customElements.whenDefined(${JSON.stringify(tag)}), new Promise((done) => setTimeout(done, 10000))]);
await widget.updateComplete;
window.__later = { defined: !!customElements.get(${JSON.stringify(tag)}), shadowChildren: widget.shadowRoot ? widget.shadowRoot.children.length : -1 };
`;

async function main() {
  if (!existsSync(bundlePath)) {
    console.error(`✗ ${bundlePath} does not exist. Run the build first.`);
    return 1;
  }
  const cdnDir = join(packageDir, 'dist/cdn');
  // The loader's widget modules name the tags: model.js defines <mulighetsrom-model>.
  const widgetModules = (await measureCdn(cdnDir)).files.get('mulighetsrom.js').dynamic;
  const tags = widgetModules.map((file) => `mulighetsrom-${file.replace(/\.js$/, '')}`);
  const js = 'text/javascript; charset=utf-8';
  const copy = {};
  for (const name of await readdir(cdnDir, { recursive: true })) {
    if (name.endsWith('.js'))
      copy[`/copy2/${name}`] = { body: await readFile(join(cdnDir, name)), type: js };
  }
  const server = await serveStatic(packageDir, {
    headers: { 'Content-Security-Policy': CSP },
    routes: {
      '/': { body: page },
      '/later': { body: laterPage },
      ...copy,
      '/check.js': { body: check(tags), type: js },
      '/later.js': { body: later(tags[0]), type: js },
    },
  });
  const bundle = Buffer.concat(Object.values(copy).map((file) => file.body));
  const browser = await launchChromium();
  const problems = [];
  const warnings = [];
  try {
    const openTab = async () => {
      const opened = await browser.newPage();
      await opened.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(
            `CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || '(inline)'}`,
          );
        });
      });
      collectPageErrors(opened, problems);
      return opened;
    };
    const tab = await openTab();
    tab.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    tab.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));

    await tab.goto(server.url + '/');
    await tab.waitForFunction(() => window.__cspCheck !== undefined, null, { timeout: 20_000 });
    const result = await tab.evaluate(() => window.__cspCheck);

    if (result.tags.length === 0) problems.push('the loader knows no widget');
    for (const tag of result.notDefined) problems.push(`<${tag}> was never defined by the loader`);
    for (const tag of result.undefinedStatic) {
      console.log(`- <${tag}> is not in the bundle yet: its static examples were skipped`);
    }
    for (const widget of result.widgets) {
      const label = `<${widget.tag}> (${widget.where})`;
      if (widget.shadowChildren <= 0) problems.push(`${label}: empty shadow root`);
      else if (widget.where !== 'no data' && widget.alert) {
        problems.push(`${label}: valid data was rejected: ${widget.alert}`);
      }
      console.log(`- ${label}: ${widget.shadowChildren} shadow children`);
    }
    // The loaders import the widget modules on their own schedule: the second copy may still be
    // on its way when the check's own script has finished.
    const isDoubled = (text) => text.includes('already defined');
    for (let waited = 0; waited < 10_000 && !warnings.some(isDoubled); waited += 100)
      await new Promise((done) => setTimeout(done, 100));
    const doubled = warnings.filter(isDoubled);
    if (result.tags.length > 0 && doubled.length === 0) {
      problems.push('the second copy of the widget module did not warn about taken tags');
    }
    console.log(`- second copy: ${doubled.length} define warning(s), no exception`);
    const laterTab = await openTab();
    await laterTab.goto(server.url + '/later');
    await laterTab.waitForFunction(() => window.__later !== undefined, null, { timeout: 20_000 });
    const laterResult = await laterTab.evaluate(() => window.__later);
    if (!laterResult.defined || laterResult.shadowChildren <= 0)
      problems.push(`a widget added after load was not loaded: ${JSON.stringify(laterResult)}`);
    else
      console.log(
        `- a widget added after load: defined, ${laterResult.shadowChildren} shadow children`,
      );
    const bundleText = bundle.toString('utf8');
    if (bundleText.includes('Lit is in dev mode'))
      problems.push('the bundle contains dev-mode Lit');
  } finally {
    await browser.close();
    await server.close();
  }
  if (problems.length > 0) {
    console.error(`✗ CSP check failed (${CSP}):`);
    for (const problem of problems) console.error(`  - ${problem}`);
    return 1;
  }
  console.log(`✓ CSP check passed (${CSP})`);
  return 0;
}

process.exitCode = await main();
