// Pure formatting of a run: the markdown table (stdout and README) and the README section swap.

export const START = '<!-- bench:start -->';
export const END = '<!-- bench:end -->';

const ms = (stat) =>
  stat ? `${stat.median.toFixed(2)} (${stat.p25.toFixed(2)}–${stat.p75.toFixed(2)})` : '–';
const kb = (bytes) => (typeof bytes === 'number' ? (bytes / 1024).toFixed(1) : '–');
const times = (value) => (typeof value === 'number' ? `${value.toFixed(2)}×` : '–');

/** The results table as markdown lines: one row per case, ours first. */
export function formatTable(results) {
  const lines = [
    '| case | first render ms, median (p25–p75) | to next frame ms | JS heap kB | status change ms | gzip kB | brotli kB | ours / case (render) | case / ours |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const [name, entry] of Object.entries(results.cases)) {
    if (entry.error) {
      lines.push(
        `| ${name} | ${entry.error.startsWith('not run') ? '' : 'failed: '}${entry.error.replace(/\|/g, '/')} | | | | | | | |`,
      );
      continue;
    }
    const ours = results.ratios?.[name]?.render;
    const heap = entry.heap ? (entry.heap.median / 1024).toFixed(0) : '–';
    lines.push(
      `| ${name} | ${ms(entry.render)} | ${ms(entry.frame)} | ${heap} | ${ms(entry.statusChange)} | ` +
        `${kb(entry.size?.gzip)} | ${kb(entry.size?.brotli)} | ${times(ours)} | ${times(ours ? 1 / ours : null)} |`,
    );
  }
  return lines;
}

/** A few lines on the machine and the run. */
export function formatMachine(results) {
  const m = results.machine;
  return [
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.os}; Node ${m.node}; Chromium ${m.chromium} (headless).`,
    `Run: ${results.date}, ${results.samples} samples per case, interleaved, a fresh browser context per sample.`,
    results.modelEntry
      ? `\`@mulighetsrom/elements/model.js\` alone, minified, loaded before the first render: ${kb(results.modelEntry.gzip)} kB gzip, ${kb(results.modelEntry.brotli)} kB brotli` +
        (results.modelEntry.lazy?.chunks
          ? `; loaded on first use (export, compare, detail): ${kb(results.modelEntry.lazy.gzip)} kB gzip in ${results.modelEntry.lazy.chunks} chunks`
          : '') +
        (results.modelEntry.minifiedBytesByPackage
          ? ` (minified kB by package: ${Object.entries(results.modelEntry.minifiedBytesByPackage)
              .map(([name, bytes]) => `${name} ${kb(bytes)}`)
              .join(', ')}).`
          : '.')
      : '',
  ].filter(Boolean);
}

/** Replaces the text between the markers (appends a marked section when there is none). */
export function replaceSection(text, body) {
  const section = `${START}\n${body.trim()}\n${END}`;
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start === -1 || end === -1 || end < start) {
    return `${text.replace(/\s*$/, '')}\n\n${section}\n`;
  }
  return text.slice(0, start) + section + text.slice(end + END.length);
}

/** Where the first render's time went: the case's script vs. forced layout, and our phases. */
export function formatSplit(results) {
  const lines = [];
  for (const [name, entry] of Object.entries(results.cases)) {
    if (!entry.script || !entry.layout) continue;
    const phases = entry.phases
      ? `; ${Object.entries(entry.phases)
          .map(([key, stat]) => `${key} ${stat.median.toFixed(2)}`)
          .join(', ')}`
      : '';
    lines.push(
      `- ${name}: script ${entry.script.median.toFixed(2)} ms + layout ${entry.layout.median.toFixed(2)} ms${phases}`,
    );
  }
  return lines.length > 0 ? ['Split of the first render (medians, ms):', ...lines] : [];
}

/**
 * The main thread's CPU time (Chromium's ThreadTime over CDP): less disturbed than wall time
 * when other processes compete for the cores: what the budgets are checked on (unless --wall).
 */
export function formatCpu(results) {
  const lines = [];
  for (const [name, entry] of Object.entries(results.cases)) {
    if (!entry.renderCpu) continue;
    const r = results.ratios?.[name]?.renderCpu;
    const change = entry.statusChangeCpu
      ? `; status change ${entry.statusChangeCpu.median.toFixed(2)}`
      : '';
    const vs =
      typeof r === 'number'
        ? ` (ours / case ${r.toFixed(2)}×, case / ours ${(1 / r).toFixed(2)}×)`
        : '';
    lines.push(`- ${name}: first render ${ms(entry.renderCpu)}${vs}${change}`);
  }
  return lines.length > 0 ? ['Main-thread CPU time (ms, median (p25–p75)):', ...lines] : [];
}

/**
 * How many items each case that counts them left in the DOM (rows, notes, activities): the
 * peers that virtualise keep only some rows, which find-in-page and screen readers then miss.
 */
export function formatItems(results) {
  const lines = Object.entries(results.cases)
    .filter(([, entry]) => typeof entry.items === 'number')
    .map(([name, entry]) => `${name} ${entry.items}`);
  return lines.length > 0 ? [`Items in the DOM after the first render: ${lines.join(', ')}.`] : [];
}

/**
 * Every budget of the run, met (✓) or missed (✗), each with its numbers: a miss is listed with
 * the rest, never left out.
 * @param {{ metric: string, checks: { ok: boolean, text: string }[] }} budgets
 */
export function formatBudgets(budgets) {
  if (!budgets?.checks) return [];
  const missed = budgets.checks.filter((c) => !c.ok).length;
  const metric = budgets.metric === 'wall' ? 'wall time' : 'main-thread CPU time';
  return [
    `Budgets (${metric}): ${missed === 0 ? 'all met' : `${missed} of ${budgets.checks.length} missed`}.`,
    '',
    ...budgets.checks.map((c) => `- ${c.ok ? '✓' : '✗'} ${c.text}`),
  ];
}
