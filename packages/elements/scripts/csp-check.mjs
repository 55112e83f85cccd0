// Proves the CDN bundle works under a strict CSP with Trusted Types, and that loading it twice
// (two copies under different URLs) never throws. Serves a plain page with
//   Content-Security-Policy: script-src 'self'; style-src 'self'; require-trusted-types-for 'script'
// places every widget the bundle registers (mulighetsrom-model with data through the `data`
// attribute and through an inline <script type="application/json">), and fails on any CSP
// violation, console error or page error, or a widget whose shadow root is empty.
// Needs a build first (dist/cdn/mulighetsrom.js).
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectPageErrors, launchChromium } from '../../../scripts/browser.mjs';
import { serveStatic } from '../../../scripts/static-server.mjs';

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

// Attribute values are quoted with ' below; JSON.stringify output has no ' in this data.
const page = `<!doctype html>
<html lang="nb">
  <head>
    <meta charset="utf-8" />
    <title>CSP check</title>
    <link rel="icon" href="data:," />
    <script type="module" src="/dist/cdn/mulighetsrom.js"></script>
    <script type="module" src="/copy2/mulighetsrom.js"></script>
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
      </div>
      <div id="generic"></div>
    </main>
  </body>
</html>
`;

// Runs in the page (served from 'self'): find what the bundle registered, place each widget
// that the static markup does not already have, wait for their first render, report.
const check = `
import * as lib from '/dist/cdn/mulighetsrom.js';
const tags = [...new Set(Object.values(lib)
  .filter((value) => typeof value === 'function' && value.prototype instanceof HTMLElement)
  .map((ctor) => customElements.getName(ctor))
  .filter(Boolean))];
const generic = document.getElementById('generic');
for (const tag of tags) {
  if (!document.querySelector('#static ' + tag)) generic.append(document.createElement(tag));
}
const widgets = tags.length ? [...document.querySelectorAll(tags.join(','))] : [];
await Promise.all(widgets.map((el) => el.updateComplete));
await new Promise((done) => setTimeout(done, 100));
window.__cspCheck = {
  tags,
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

async function main() {
  if (!existsSync(bundlePath)) {
    console.error(`✗ ${bundlePath} does not exist. Run the build first.`);
    return 1;
  }
  const bundle = await readFile(bundlePath);
  const js = 'text/javascript; charset=utf-8';
  const server = await serveStatic(packageDir, {
    headers: { 'Content-Security-Policy': CSP },
    routes: {
      '/': { body: page },
      '/copy2/mulighetsrom.js': { body: bundle, type: js },
      '/check.js': { body: check, type: js },
    },
  });
  const browser = await launchChromium();
  const problems = [];
  const warnings = [];
  try {
    const tab = await browser.newPage();
    await tab.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(
          `CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || '(inline)'}`,
        );
      });
    });
    collectPageErrors(tab, problems);
    tab.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    tab.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));

    await tab.goto(server.url + '/');
    await tab.waitForFunction(() => window.__cspCheck !== undefined, null, { timeout: 20_000 });
    const result = await tab.evaluate(() => window.__cspCheck);

    if (result.tags.length === 0) problems.push('the bundle registered no widget');
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
    const doubled = warnings.filter((text) => text.includes('already defined'));
    if (result.tags.length > 0 && doubled.length === 0) {
      problems.push('the second copy of the bundle did not warn about taken tags');
    }
    console.log(`- second copy: ${doubled.length} define warning(s), no exception`);
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
