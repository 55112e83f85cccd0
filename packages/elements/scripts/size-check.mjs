// Size budgets of @mulighetsrom/elements (gzip, Lit included; budgets in size.mjs, issue 9):
// - npm entries, bundled the way an app ships them (esbuild, code splitting): a widget entry's
//   eager part ≤ 28 kB (what a page with that widget downloads before its first render), the
//   package root ≤ 75 kB (every widget). Lazy chunks are printed for information.
// - the CDN folder as shipped (dist/cdn): the loader ≤ 2 kB; loader + a widget's module + the
//   chunks they import statically ≤ 28 kB; a widget's chunks that no other widget uses ≤ 12 kB;
//   the whole folder (every widget, lazy parts too) ≤ 75 kB.
// Needs a build first. Prints tables; exits 1 when a file is missing or a budget is missed
// (a miss recorded in knownMisses, with its open issue, fails only above its ceiling).
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  budgets,
  discoverEntries,
  knownMisses,
  measureCdn,
  measureEntry,
  packageDir,
} from './size.mjs';

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} kB`;

/** ok, a recorded miss within its ceiling, or over budget; prints the miss. */
function verdict(key, gzip, budget) {
  if (gzip <= budget) {
    if (knownMisses[key]) {
      console.error(`✗ ${key} now meets its budget: remove it from knownMisses in size.mjs.`);
      return { failed: true, result: 'ok (remove the known miss)' };
    }
    return { failed: false, result: 'ok' };
  }
  const miss = knownMisses[key];
  if (miss && gzip <= miss.ceiling) {
    console.warn(
      `! ${key}: ${kb(gzip)} gzip misses its ${kb(budget)} budget (known miss, issue #${miss.issue}; ` +
        `fails above ${kb(miss.ceiling)}). ${miss.why}`,
    );
    return { failed: false, result: `MISSED (issue #${miss.issue})` };
  }
  return { failed: true, result: 'OVER BUDGET' };
}

let failed = false;

const npmRows = [];
for (const entry of await discoverEntries()) {
  const name = relative(packageDir, entry.file);
  if (!existsSync(entry.file)) {
    console.error(`✗ ${entry.subpath}: ${name} does not exist. Run the build first.`);
    failed = true;
    continue;
  }
  let size;
  try {
    size = await measureEntry(entry.file);
  } catch (error) {
    console.error(`✗ ${entry.subpath}: ${name} could not be bundled:\n${error.message}`);
    failed = true;
    continue;
  }
  const { failed: over, result } = verdict(entry.subpath, size.gzip, entry.budget);
  failed ||= over;
  npmRows.push({
    entry: entry.subpath,
    minified: kb(size.minified),
    gzip: kb(size.gzip),
    brotli: kb(size.brotli),
    'lazy gzip': size.lazy.chunks ? `${kb(size.lazy.gzip)} (${size.lazy.chunks})` : '-',
    budget: `${kb(entry.budget)} gzip`,
    result,
  });
}
console.log('npm entries (eager part budgeted; lazy: dynamic-import chunks, count):');
console.table(npmRows);

const cdnDir = join(packageDir, 'dist/cdn');
if (!existsSync(join(cdnDir, 'mulighetsrom.js'))) {
  console.error('✗ dist/cdn/mulighetsrom.js does not exist. Run the build first.');
  process.exit(1);
}
const cdn = await measureCdn(cdnDir);
const loader = cdn.files.get('mulighetsrom.js');
const widgets = loader.dynamic; // the loader imports every widget module, and nothing else
const cdnRows = [];
/** Checks `files` against `budget`; `key` names it in knownMisses. */
const check = (what, iterable, budget, key = what) => {
  const files = [...iterable];
  const size = cdn.total(files);
  const { failed: over, result } = verdict(key, size.gzip, budget);
  failed ||= over;
  cdnRows.push({
    what,
    files: files.length,
    gzip: kb(size.gzip),
    brotli: kb(size.brotli),
    budget: `${kb(budget)} gzip`,
    result,
  });
};
if (loader.imports.length > 0) {
  console.error(`✗ the loader imports code statically: ${loader.imports.join(', ')}`);
  failed = true;
}
if (widgets.length === 0) {
  console.error('✗ the loader imports no widget module');
  failed = true;
}
check('loader (mulighetsrom.js)', cdn.closure('mulighetsrom.js'), budgets.loader);
for (const widget of widgets) {
  const page = new Set([...cdn.closure('mulighetsrom.js'), ...cdn.closure(widget)]);
  check(
    `page with only ${widget} (before first render)`,
    page,
    budgets.page,
    `page with only ${widget}`,
  );
  const others = new Set(widgets.filter((w) => w !== widget).flatMap((w) => [...cdn.closure(w)]));
  const own = [...cdn.closure(widget)].filter((file) => !others.has(file));
  if (widgets.length > 1) check(`${widget}: its own chunks`, own, budgets.own);
}
check('every widget (the whole folder, lazy parts too)', cdn.files.keys(), budgets.all);
console.log('CDN folder as shipped (dist/cdn):');
console.table(cdnRows);

if (failed) {
  console.error('Size check failed.');
  process.exit(1);
}
console.log('Size check passed.');
