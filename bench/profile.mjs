// Where one case's time goes: a V8 sampling profile of its first render (or of its changes,
// --update) over fresh pages, the case bundled unminified so functions keep their names, and
// Chromium's style, layout and script durations beside it. For explaining a missed budget with
// numbers; it checks nothing. Sampling slows the page, so compare shares, not milliseconds, with
// the benchmark.
//
//   npm run bench:profile -- mulighetsrom-model            first render, 10 pages
//   npm run bench:profile -- plain-wheel --update --pages 5 --top 40 --self
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { launchChromium } from '../scripts/browser.mjs';
import { serveStatic } from '../scripts/static-server.mjs';
import { CASES } from './lib/cases.mjs';
import { esbuildOptions, benchPage } from './lib/page.mjs';
import { prepareStep, renderStep, updateStep } from './lib/steps.mjs';
import { benchDataBySuite } from './lib/suite-data.mjs';
import { median } from './lib/stats.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, 'dist', 'profile');
const UPDATES = 20;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    update: { type: 'boolean', default: false },
    pages: { type: 'string', default: '10' },
    top: { type: 'string', default: '30' },
    self: { type: 'boolean', default: false },
    interval: { type: 'string', default: '50' },
  },
});
const name = positionals.join(' ');
const chosen = CASES.find((c) => c.name === name);
if (!chosen || chosen.shipped) {
  const names = CASES.filter((c) => !c.shipped).map((c) => c.name);
  throw new Error(`bench:profile needs one of these cases: ${names.join(', ')}`);
}
const pages = Number(values.pages);

await mkdir(out, { recursive: true });
await build({
  ...esbuildOptions,
  minify: false,
  entryPoints: [join(here, 'cases', chosen.file)],
  outfile: join(out, 'case.js'),
  loader: { '.css': 'text' },
  write: true,
});
const { dataFor } = await benchDataBySuite(UPDATES);
const server = await serveStatic(out, { routes: { '/case.html': { body: benchPage('case.js') } } });
const browser = await launchChromium(['--enable-precise-memory-info', '--js-flags=--expose-gc']);

/** Sampled ms per function («name file:line»), self and inclusive, summed over pages. */
const self = new Map();
const inclusive = new Map();
const lifecycle = { RecalcStyleDuration: [], LayoutDuration: [] };
let sampled = 0;
const add = (map, key, ms) => map.set(key, (map.get(key) ?? 0) + ms);
const keyOf = ({ functionName, url, lineNumber }) =>
  `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}`;

try {
  for (let page = 0; page < pages; page += 1) {
    const context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
    try {
      const tab = await context.newPage();
      const cdp = await context.newCDPSession(tab);
      await cdp.send('Performance.enable');
      const metrics = async () =>
        Object.fromEntries(
          (await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]),
        );
      await tab.goto(`${server.url}/case.html`);
      await tab.waitForFunction(() => globalThis.benchCase !== undefined);
      await tab.evaluate(prepareStep, dataFor(chosen.suite));
      if (values.update) await tab.evaluate(renderStep);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: Number(values.interval) });
      const before = await metrics();
      await cdp.send('Profiler.start');
      await (values.update ? tab.evaluate(updateStep, UPDATES) : tab.evaluate(renderStep));
      const { profile } = await cdp.send('Profiler.stop');
      const after = await metrics();
      const per = values.update ? UPDATES : 1;
      for (const key of Object.keys(lifecycle))
        lifecycle[key].push(((after[key] - before[key]) * 1000) / per);

      const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
      const parent = new Map();
      for (const node of profile.nodes)
        for (const child of node.children ?? []) parent.set(child, node.id);
      profile.samples.forEach((id, i) => {
        const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000 / per;
        const frame = nodes.get(id).callFrame;
        if (frame.functionName === '(idle)' || frame.functionName === '(program)') return;
        sampled += ms;
        add(self, keyOf(frame), ms);
        const seen = new Set();
        for (let at = id; at !== undefined; at = parent.get(at)) {
          const key = keyOf(nodes.get(at).callFrame);
          if (key.startsWith('(root)') || seen.has(key)) continue;
          seen.add(key);
          add(inclusive, key, ms);
        }
      });
    } finally {
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}

const what = values.update ? 'one change (mean of 20 per page)' : 'the first render';
console.log(`${name}: ${what}, ${pages} pages, sampled every ${values.interval} µs`);
console.log(
  `Chromium (median per page): ` +
    `style ${median(lifecycle.RecalcStyleDuration).toFixed(2)} ms, layout ${median(lifecycle.LayoutDuration).toFixed(2)} ms`,
);
console.log(`Sampled (profiler on, slower): ${(sampled / pages).toFixed(2)} ms per page`);
const table = values.self ? self : inclusive;
console.log(values.self ? 'self time' : 'inclusive time', '(ms per page, share of sampled):');
for (const [key, ms] of [...table].sort((a, b) => b[1] - a[1]).slice(0, Number(values.top))) {
  const share = ((100 * ms) / sampled).toFixed(1).padStart(5);
  console.log(`${(ms / pages).toFixed(2).padStart(8)} ${share}%  ${key}`);
}
