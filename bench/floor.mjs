// The floor of our first render: what the browser alone needs to style and lay out the DOM the
// model widget renders, with no JavaScript at all. It renders <mulighetsrom-model> once (bench
// data, fresh page), copies its shadow DOM and its style sheets, and then times inserting that
// copy into fresh pages, exactly as the bench times a case: creation to forced layout.
//   node floor.mjs [--samples N]   (npm run bench:floor; build first: npm run bench)
// A first render cannot cost less than this, whatever the script does; compare it with the
// plain-SVG and plain-DOM cases in results/latest.json.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { launchChromium } from '../scripts/browser.mjs';
import { serveStatic } from '../scripts/static-server.mjs';
import { floorArgs } from './lib/args.mjs';
import { benchData } from './lib/data.mjs';
import { benchPage, esbuildOptions } from './lib/page.mjs';
import { summarize } from './lib/stats.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, 'dist', 'floor');
const { samples } = floorArgs(process.argv.slice(2));

/** In the page: the widget's shadow DOM as markup, and its sheets as CSS text. */
async function capture(data) {
  const host = document.getElementById('host');
  await globalThis.benchCase.render(host, data);
  const root = host.querySelector('mulighetsrom-model').shadowRoot;
  return {
    markup: root.getHTML(),
    sheets: root.adoptedStyleSheets.map((sheet) =>
      [...sheet.cssRules].map((rule) => rule.cssText).join('\n'),
    ),
  };
}

/** In the page, untimed: parse the copy, so only inserting it is timed. */
function prepare({ markup, sheets, withoutLegend }) {
  const fragment = document.createRange().createContextualFragment(markup);
  if (withoutLegend) fragment.querySelector('section.legend')?.remove();
  globalThis.__floor = {
    fragment,
    sheets: sheets.map((text) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
      return sheet;
    }),
  };
}

/** In the page, timed: a host with a shadow root, the sheets, the DOM, a forced layout. */
function insert() {
  const { fragment, sheets } = globalThis.__floor;
  const start = performance.now();
  const host = document.getElementById('host');
  const element = document.createElement('div');
  const root = element.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = sheets;
  root.append(document.importNode(fragment, true));
  host.append(element);
  return host.getBoundingClientRect().width + host.offsetWidth > 0 && performance.now() - start;
}

async function measure(browser, url, copy) {
  const wall = [];
  const cpu = [];
  for (let i = 0; i < samples; i += 1) {
    const context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
    try {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      const thread = async () =>
        1000 *
        (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')
          .value;
      await page.goto(`${url}/empty.html`);
      await page.evaluate(prepare, copy);
      const a = await thread();
      await page.evaluate(() => document.getElementById('host').getBoundingClientRect().width);
      const overhead = (await thread()) - a;
      const before = await thread();
      wall.push(await page.evaluate(insert));
      cpu.push((await thread()) - before - overhead);
    } finally {
      await context.close();
    }
  }
  return { wall: summarize(wall), cpu: summarize(cpu) };
}

async function main() {
  await mkdir(out, { recursive: true });
  const bundle = await build({
    ...esbuildOptions,
    entryPoints: [join(here, 'cases', 'mulighetsrom-model.mjs')],
  });
  await writeFile(join(out, 'model.js'), bundle.outputFiles[0].contents);
  const server = await serveStatic(out, {
    routes: {
      '/model.html': { body: benchPage('model.js') },
      '/empty.html': { body: benchPage() },
      '/favicon.ico': { body: '', type: 'image/x-icon' },
    },
  });
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/model.html`);
    await page.waitForFunction(() => globalThis.benchCase !== undefined);
    const copy = await page.evaluate(capture, benchData(1));
    await context.close();
    const whole = await measure(browser, server.url, copy);
    const diagram = await measure(browser, server.url, { ...copy, withoutLegend: true });
    const latest = JSON.parse(await readFile(join(here, 'results', 'latest.json'), 'utf8'));
    const plain = latest.cases['plain-svg']?.renderCpu?.median;
    const dom = latest.cases['plain-dom']?.renderCpu?.median;
    const ours = latest.cases['mulighetsrom-model']?.renderCpu?.median;
    const per = (cpu, base) => (base ? `${(cpu / base).toFixed(2)}×` : '–');
    const row = (name, m) =>
      `| ${name} | ${m.wall.median.toFixed(2)} | ${m.cpu.median.toFixed(2)} (${m.cpu.p25.toFixed(2)}–${m.cpu.p75.toFixed(2)}) | ${per(m.cpu.median, plain)} | ${per(m.cpu.median, dom)} |`;
    console.log(
      [
        `Floor of the model's first render: its rendered DOM inserted with no JavaScript (${samples} samples, medians, ms)`,
        '',
        '| DOM copy | wall | main-thread CPU (p25–p75) | CPU / plain-SVG case | CPU / plain-DOM case |',
        '| --- | ---: | ---: | ---: | ---: |',
        row('whole widget', whole),
        row('without the legend', diagram),
        '',
        `From results/latest.json (${latest.date}): plain-SVG case ${plain?.toFixed(2)} ms CPU, plain-DOM case ${dom?.toFixed(2) ?? '–'} ms CPU, the widget ${ours?.toFixed(2)} ms CPU.`,
      ].join('\n'),
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 1;
});
