// Lighthouse on the built app (dist/, served as `npm start` serves it): performance,
// accessibility and best practices of the home page and one workspace step, on Lighthouse's
// mobile settings (simulated slow 4G and a 4× slower CPU) and its desktop preset. Prints the
// scores and every audit in those categories that is not passed, and writes them to
// apps/demo/lighthouse.json. Needs a build (`npm run build`) and holds the browser lock itself
// only if run through `flock` (see DEVELOPERS.md). Not part of `npm test`.
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromiumArgs, findBrowser } from '../../../scripts/find-browser.mjs';
import { dist, serveDemo } from './serve.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
const ROUTES = [
  { name: 'home', path: '/' },
  // An example workspace (the Agder network is added on first start) at its gathering 1.
  { name: 'workspace step', path: '/w/example-arendal/gathering-1' },
];
const FORM_FACTORS = [
  { name: 'mobile', config: undefined },
  { name: 'desktop', config: desktopConfig },
];
const out = fileURLToPath(new URL('../lighthouse.json', import.meta.url));

if (!existsSync(`${dist}index.html`)) {
  console.error('lighthouse: no build in apps/demo/dist; run `npm run build` first.');
  process.exit(1);
}

// chrome-launcher comes with lighthouse (its own dependency), so it is found from there.
const requireFromLighthouse = createRequire(
  createRequire(import.meta.url).resolve('lighthouse/package.json'),
);
const { launch } = await import(requireFromLighthouse.resolve('chrome-launcher'));

const server = await serveDemo();
const chrome = await launch({
  chromePath: findBrowser(),
  chromeFlags: [...chromiumArgs, '--headless=new'],
});
const runs = [];
try {
  for (const route of ROUTES)
    for (const formFactor of FORM_FACTORS) {
      const url = `${server.url}${route.path}`;
      const result = await lighthouse(
        url,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
        formFactor.config,
      );
      const { lhr } = result;
      const scores = Object.fromEntries(
        CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]),
      );
      // Audits that count and are not passed (informative ones and insights have no weight).
      const flagged = CATEGORIES.flatMap((id) =>
        lhr.categories[id].auditRefs
          .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
          .filter(
            ({ ref, audit }) =>
              audit.score !== null &&
              audit.score < 1 &&
              (ref.weight > 0 || audit.scoreDisplayMode === 'binary'),
          )
          .map(({ audit }) => ({
            category: id,
            id: audit.id,
            score: audit.score,
            title: audit.title,
            ...(audit.displayValue ? { value: audit.displayValue } : {}),
          })),
      );
      const metrics = Object.fromEntries(
        [
          'first-contentful-paint',
          'largest-contentful-paint',
          'total-blocking-time',
          'cumulative-layout-shift',
          'speed-index',
        ].map((id) => [id, lhr.audits[id]?.displayValue ?? null]),
      );
      // Which elements moved (the culprits behind a layout-shift score).
      const shifts = (lhr.audits['layout-shifts']?.details?.items ?? [])
        .slice(0, 5)
        .map((item) => ({
          node: item.node?.selector ?? item.node?.snippet ?? null,
          score: Number(item.score?.toFixed?.(3) ?? item.score),
        }));
      // What the largest paint was, and the main thread's long tasks (script, start, length in
      // ms, as Lighthouse's throttling counts them): the numbers behind LCP and blocking time.
      const lcpNode = (lhr.audits['lcp-breakdown-insight']?.details?.items ?? []).find(
        (item) => item.type === 'node',
      );
      const longTasks = (lhr.audits['long-tasks']?.details?.items ?? [])
        .slice(0, 8)
        .map((task) => ({
          url: String(task.url).replace(/^.*\//, ''),
          start: Math.round(task.startTime),
          duration: Math.round(task.duration),
        }));
      runs.push({
        route: route.name,
        path: route.path,
        formFactor: formFactor.name,
        scores,
        metrics,
        lcpElement: lcpNode?.selector ?? null,
        longTasks,
        flagged,
      });
      console.log(
        `${route.name.padEnd(15)} ${formFactor.name.padEnd(8)} ` +
          CATEGORIES.map((id) => `${id} ${scores[id]}`).join('  '),
      );
      console.log(
        `    LCP ${metrics['largest-contentful-paint']} (${lcpNode?.selector ?? '?'}), TBT ${metrics['total-blocking-time']}, long tasks ${longTasks.map((task) => task.duration).join(' ') || 'none'} ms`,
      );
      for (const shift of shifts) console.log(`    layout shift ${shift.score}: ${shift.node}`);
      for (const item of flagged)
        console.log(
          `    ${item.category}: ${item.id} (${item.score})${item.value ? ` ${item.value}` : ''}`,
        );
    }
} finally {
  await chrome.kill();
  await server.close();
}

const lighthouseVersion = createRequire(import.meta.url)('lighthouse/package.json').version;
await writeFile(
  out,
  `${JSON.stringify({ date: new Date().toISOString(), lighthouse: lighthouseVersion, runs }, null, 2)}\n`,
);
console.log(`lighthouse: written to ${out}`);
