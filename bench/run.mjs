// The benchmark: our widgets beside what a team would otherwise pick, in one headless Chromium.
//   node run.mjs [--samples N] [--quick] [--updates N] [--check] [--cpu | --wall] [--only a,b]
//                [--no-build]
// Every case is bundled with esbuild, served on 127.0.0.1, and measured in a fresh browser
// context per sample, interleaved round-robin. See README.md for the method.
import { execFileSync } from 'node:child_process';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COMPILE_HINT } from '../packages/elements/scripts/compile-hint.mjs';
import { compress, measureCdn, measureEntry } from '../packages/elements/scripts/size.mjs';
import { build } from 'esbuild';
import { collectPageErrors, launchChromium } from '../scripts/browser.mjs';
import { serveStatic } from '../scripts/static-server.mjs';
import { benchArgs } from './lib/args.mjs';
import { CASES, OURS } from './lib/cases.mjs';
import { finishStep, prepareStep, renderStep, updateStep } from './lib/steps.mjs';
import { benchDataBySuite } from './lib/suite-data.mjs';
import { evaluateBudgets } from './lib/budgets.mjs';
import { esbuildOptions, benchPage } from './lib/page.mjs';
import {
  formatBudgets,
  formatCpu,
  formatItems,
  formatMachine,
  formatSplit,
  formatTable,
  replaceSection,
} from './lib/report.mjs';
import { median, ratio, schedule, summarize } from './lib/stats.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const dist = join(here, 'dist');

/** Builds @mulighetsrom/elements (and core) through Turbo: cached, so cheap when nothing changed. */
function buildPackages() {
  console.log('Building @mulighetsrom/elements (turbo, cached when unchanged)…');
  execFileSync(
    'npx',
    ['turbo', 'run', 'build', '--filter=@mulighetsrom/elements', '--output-logs=errors-only'],
    {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' },
    },
  );
}

/** A case bundle's sizes, measured as the package size check measures entries. */
function sizes(bytes) {
  const { minified, gzip, brotli } = compress(bytes);
  return { raw: minified, gzip, brotli };
}

/**
 * One bundle per case (harness-free: data arrives at run time), with its sizes. A case with a
 * `shipped` file loads it by URL as it is; the sizes are then those of the shipped file.
 */
async function bundleCase(c) {
  // Split as an app's bundler splits: what a case imports dynamically (our export, compare view,
  // detail panel, error texts) is a chunk of its own that the first render does not load.
  const out = await build({
    ...esbuildOptions,
    entryPoints: [join(here, 'cases', c.file)],
    external: c.shipped ? [c.shipped.url] : [],
    splitting: true,
    outdir: dist,
    entryNames: '[name]',
    chunkNames: 'chunks/[name]-[hash]',
    metafile: true,
    // A peer's style sheet arrives as text, injected by its case inside the timed render.
    loader: { '.css': 'text' },
    // Every case gets V8's compile hint, as an app that follows the elements README adds it:
    // compiled while loading, so no case pays lazy compilation during its first render.
    banner: { js: COMPILE_HINT },
  });
  const file = `${c.file.replace(/\.mjs$/, '')}.js`;
  for (const output of out.outputFiles) {
    await mkdir(dirname(output.path), { recursive: true });
    await writeFile(output.path, output.contents);
  }
  if (!c.shipped) return { file, size: sizes(eagerBytes(out, join(dist, file))) };
  // The whole CDN folder goes next to the case bundles, as a site uploads it; the sizes are
  // those of the widget module and the chunks it imports statically, each compressed alone.
  const from = join(root, c.shipped.dir);
  await cp(from, join(dist, dirname(c.shipped.url)), { recursive: true });
  const cdn = await measureCdn(from);
  const eager = cdn.total(cdn.closure(c.shipped.url.split('/').pop()));
  return { file, size: { raw: eager.minified, gzip: eager.gzip, brotli: eager.brotli } };
}

/** The entry file of a split build and the chunks it imports statically, joined. */
function eagerBytes(out, entryPath) {
  const byPath = new Map(out.outputFiles.map((f) => [f.path, f.contents]));
  const outputs = out.metafile.outputs;
  const seen = new Set();
  const visit = (name) => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const dep of outputs[name]?.imports ?? [])
      if (dep.kind === 'import-statement' && !dep.external) visit(dep.path);
  };
  const entry = Object.keys(outputs).find((name) => join(process.cwd(), name) === entryPath);
  visit(entry);
  return Buffer.concat([...seen].map((name) => byPath.get(join(process.cwd(), name))));
}

/** The package a bundled file belongs to, e.g. `lit-html` or `@mulighetsrom/core`. */
function packageOf(path) {
  const inModules = path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/g);
  if (inModules) return inModules[inModules.length - 1].replace('node_modules/', '');
  const workspace = path.match(/packages\/([^/]+)\//);
  return workspace ? `@mulighetsrom/${workspace[1]}` : path;
}

/**
 * The `model` entry alone, as a user's bundler would ship it: the size budget. Also says which
 * packages the minified bytes come from, so a miss shows what to cut.
 */
async function bundleModelEntry() {
  const out = await build({
    ...esbuildOptions,
    metafile: true,
    outfile: join(dist, 'model-entry.js'),
    stdin: {
      contents: "import '@mulighetsrom/elements/model.js';",
      resolveDir: here,
      loader: 'js',
    },
  });
  const inputs = Object.values(out.metafile.outputs)[0]?.inputs ?? {};
  const byPackage = {};
  for (const [path, { bytesInOutput }] of Object.entries(inputs)) {
    const name = packageOf(path);
    byPackage[name] = (byPackage[name] ?? 0) + bytesInOutput;
  }
  const minifiedBytesByPackage = Object.fromEntries(
    Object.entries(byPackage)
      .filter(([, bytes]) => bytes >= 100)
      .sort((a, b) => b[1] - a[1]),
  );
  // The budget applies to what loads before the first render, measured exactly as the
  // package's size check does (code splitting on, lazy chunks reported apart).
  const measured = await measureEntry(
    fileURLToPath(import.meta.resolve('@mulighetsrom/elements/model.js')),
  );
  return {
    minified: measured.minified,
    gzip: measured.gzip,
    brotli: measured.brotli,
    lazy: measured.lazy,
    unsplit: sizes(out.outputFiles[0].contents),
    minifiedBytesByPackage,
  };
}

async function sample(browser, url, file, data, updates) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
  try {
    const tab = await context.newPage();
    const problems = [];
    collectPageErrors(tab, problems);
    // The main thread's CPU time: on a loaded machine wall time also counts waiting for a core.
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Performance.enable');
    const cpu = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      return 1000 * (metrics.find((m) => m.name === 'ThreadTime')?.value ?? Number.NaN);
    };
    await tab.goto(`${url}/${file.replace(/\.js$/, '.html')}`);
    await tab.waitForFunction(() => globalThis.benchCase !== undefined, null, { timeout: 10_000 });
    await tab.evaluate(prepareStep, data);
    // What one evaluate + CDP read costs by itself, subtracted from the CPU figures below.
    const cpuA = await cpu();
    await tab.evaluate(() => document.getElementById('host').getBoundingClientRect().width);
    const overhead = (await cpu()) - cpuA;
    const cpu0 = await cpu();
    const first = await tab.evaluate(renderStep);
    const cpu1 = await cpu();
    const after = await tab.evaluate(finishStep);
    const cpu2 = await cpu();
    const statusChange = await tab.evaluate(updateStep, updates);
    const cpu3 = await cpu();
    if (problems.length > 0) throw new Error(problems.join('; '));
    return {
      ...first,
      ...after,
      renderCpu: cpu1 - cpu0 - overhead,
      harnessCpu: overhead,
      statusChange,
      statusChangeCpu: statusChange === null ? null : (cpu3 - cpu2 - overhead) / updates,
    };
  } finally {
    await context.close();
  }
}

/** Medians of the phase timings a case may return from render() (ours does). */
function summarizePhases(samples) {
  const keys = [...new Set(samples.flatMap((s) => Object.keys(s.phases ?? {})))];
  if (keys.length === 0) return null;
  return Object.fromEntries(
    keys.map((key) => [
      key,
      summarize(samples.map((s) => s.phases?.[key]).filter(Number.isFinite)),
    ]),
  );
}

async function main() {
  const options = benchArgs(process.argv.slice(2));
  if (options.build) buildPackages();
  // After the build: core's dist is what provides the catalog.
  const { data, suiteData, dataFor, MATRIX_ROWS, MATRIX_COLUMNS } = await benchDataBySuite(
    options.updates,
  );
  /** How many items each suite's `expect` asks for. */
  const expected = {
    rows: (suite) => suiteData[suite].followUp.rows,
    notes: (suite) => suiteData[suite].board.notes,
    activities: (suite) => suiteData[suite].wheel.activities,
  };

  await mkdir(dist, { recursive: true });
  const cases = {};
  const routes = {};
  for (const c of CASES) {
    try {
      const bundled = await bundleCase(c);
      cases[c.name] = { ...c, ...bundled, samples: [] };
      routes[`/${bundled.file.replace(/\.js$/, '.html')}`] = { body: benchPage(bundled.file) };
      routes['/favicon.ico'] = { body: '', type: 'image/x-icon' };
    } catch (error) {
      const message =
        error.errors?.[0]?.text ?? (error instanceof Error ? error.message : String(error));
      cases[c.name] = { ...c, error: `bundle failed: ${message}` };
      console.error(`✗ ${c.name}: bundle failed: ${message}`);
    }
  }
  let modelEntry = null;
  try {
    modelEntry = await bundleModelEntry();
  } catch {
    modelEntry = null;
  }

  const runnable = CASES.map((c) => c.name).filter(
    (name) => !cases[name].error && (!options.only || options.only.includes(name)),
  );
  // Cross-origin isolation lifts performance.now() from 100 µs to 5 µs resolution.
  const server = await serveStatic(dist, {
    routes,
    headers: {
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
    },
  });
  const browser = await launchChromium(['--enable-precise-memory-info', '--js-flags=--expose-gc']);
  const chromiumVersion = browser.version();
  try {
    // One unrecorded round warms the browser process and the server.
    for (const name of runnable) {
      const c = cases[name];
      const updates = Math.min(c.updates ?? options.updates, options.updates);
      await sample(browser, server.url, c.file, dataFor(c.suite), updates).catch(() => {});
    }
    const plan = schedule(runnable, options.samples);
    let done = 0;
    for (const { name } of plan) {
      const c = cases[name];
      if (c.error) continue;
      try {
        c.samples.push(
          await sample(
            browser,
            server.url,
            c.file,
            dataFor(c.suite),
            Math.min(c.updates ?? options.updates, options.updates),
          ),
        );
      } catch (error) {
        // A page error is a real failure; a lone timeout on a loaded machine is retried later.
        const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
        c.failures = [...(c.failures ?? []), message];
        console.error(`✗ ${name}: sample failed: ${message}`);
        if (c.failures.length >= 3 || !/timeout/i.test(message)) {
          c.error = `sample failed: ${message}`;
        }
      }
      done += 1;
      if (process.stdout.isTTY) process.stdout.write(`\r${done}/${plan.length} samples`);
    }
    if (process.stdout.isTTY) process.stdout.write('\n');
  } finally {
    await browser.close();
    await server.close();
  }

  const out = {};
  for (const c of CASES) {
    const entry = cases[c.name];
    if (!entry.error && !runnable.includes(c.name)) {
      out[c.name] = { error: 'not run (--only)', size: entry.size };
      continue;
    }
    if (entry.error) {
      out[c.name] = { error: entry.error, size: entry.size };
      continue;
    }
    if (entry.samples.length === 0) {
      out[c.name] = { error: 'no samples', size: entry.size };
      continue;
    }
    const series = (key) => entry.samples.map((s) => s[key]);
    const changes = series('statusChange').filter((v) => typeof v === 'number');
    const changesCpu = series('statusChangeCpu').filter(Number.isFinite);
    const renderCpu = series('renderCpu').filter(Number.isFinite);
    const texts = median(series('texts'));
    const tableCells = median(series('cells'));
    const items = entry.samples.some((s) => typeof s.items === 'number')
      ? median(series('items'))
      : null;
    out[c.name] = {
      file: entry.file,
      render: summarize(series('render')),
      script: summarize(series('script')),
      layout: summarize(series('layout')),
      phases: summarizePhases(entry.samples),
      frame: summarize(series('frame')),
      heap: summarize(series('heap')),
      statusChange: changes.length > 0 ? summarize(changes) : null,
      renderCpu: renderCpu.length > 0 ? summarize(renderCpu) : null,
      statusChangeCpu: changesCpu.length > 0 ? summarize(changesCpu) : null,
      harnessCpu: summarize(series('harnessCpu').filter(Number.isFinite)),
      svgTexts: texts,
      tableCells,
      items,
      failedSamples: entry.failures?.length ?? 0,
      // Per-sample values in run order (ms, 0.01), for anyone who wants another statistic.
      raw: {
        render: series('render').map((v) => Math.round(v * 100) / 100),
        renderCpu: renderCpu.map((v) => Math.round(v * 100) / 100),
      },
      size: entry.size,
    };
    // Sanity: every case must actually draw its content (the 20 numbers; the 50 × 40 cells).
    if (c.suite === 'model' && texts < data.areas.length) {
      out[c.name].error = `drew ${texts} svg text elements, expected ≥ ${data.areas.length}`;
    }
    const grid = MATRIX_ROWS * MATRIX_COLUMNS;
    if (c.suite === 'matrix' && tableCells < grid) {
      out[c.name].error = `drew ${tableCells} body cells, expected ≥ ${grid}`;
    }
    if (c.expect && !(items >= expected[c.expect](c.suite))) {
      out[c.name].error = `drew ${items} ${c.expect}, expected ${expected[c.expect](c.suite)}`;
    }
  }
  const ratios = {};
  for (const c of CASES) {
    const ours = out[OURS[c.suite]];
    const other = out[c.name];
    if (c.ours || !ours?.render || !other?.render) continue;
    ratios[c.name] = {
      render: ratio(ours.render.median, other.render.median),
      renderCpu: ratio(ours.renderCpu?.median, other.renderCpu?.median),
      frame: ratio(ours.frame.median, other.frame.median),
      heap: ratio(ours.heap.median, other.heap.median),
      gzip: ratio(ours.size?.gzip, other.size?.gzip),
    };
  }
  const results = {
    date: new Date().toISOString(),
    machine: {
      cpu: os.cpus()[0]?.model?.trim() ?? 'unknown',
      cores: os.cpus().length,
      os: `${os.platform()} ${os.release()}`,
      memoryGB: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      chromium: chromiumVersion,
    },
    samples: options.samples,
    statusChangesPerSample: options.updates,
    units: { time: 'ms', heap: 'bytes', size: 'bytes' },
    cases: out,
    ratios,
    modelEntry,
  };
  const checks = evaluateBudgets(results, undefined, { wall: options.wall });
  const misses = checks.filter((c) => !c.ok).map((c) => c.text);
  results.budgets = {
    metric: options.wall ? 'wall' : 'main-thread CPU',
    met: misses.length === 0,
    checks,
    misses,
  };

  const table = formatTable(results);
  const machine = formatMachine(results);
  const split = [...formatSplit(results), '', ...formatCpu(results), '', ...formatItems(results)];
  const budgetLines = formatBudgets(results.budgets);
  console.log(['', ...table, '', ...split, '', ...machine, '', ...budgetLines].join('\n'));

  if (options.only) {
    // A partial run (a few cases while working on one): printed, never recorded.
    console.log('\n--only: results not written to results/latest.json or README.md');
    return;
  }
  await mkdir(join(here, 'results'), { recursive: true });
  await writeFile(join(here, 'results', 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  const readmePath = join(here, 'README.md');
  const readme = await readFile(readmePath, 'utf8').catch(() => '# Benchmark\n');
  await writeFile(
    readmePath,
    replaceSection(
      readme,
      [...table, '', ...split, '', ...machine.map((l) => `${l}  `), '', ...budgetLines].join('\n'),
    ),
  );

  if (misses.length > 0) {
    console.log(
      `\n${options.check ? '✗' : '!'} budgets missed:\n${misses.map((m) => `  - ${m}`).join('\n')}`,
    );
    if (options.check) process.exitCode = 1;
  } else {
    console.log('\n✓ all budgets met');
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 1;
});
