// The performance budgets of issue #3 and the pure check against a run's results.
import { budgets } from '../../packages/elements/scripts/size.mjs';

export const BUDGETS = {
  /** Our first render ≤ this × the hand-written plain-SVG median. */
  maxVsPlainSvg: 2,
  /** Peers' first render ≥ this × ours (ratio peer / ours). */
  minSpeedup: { '@upsetjs/venn.js': 3, 'venn.js': 3, 'highcharts-venn': 6 },
  /** One status change re-render, median ms. */
  maxStatusChangeMs: 2,
  /** The `model` entry, minified + gzip, bytes: the package size check's budget. */
  maxModelEntryGzip: budgets.model,
};

const OURS = 'mulighetsrom-model';
const PLAIN = 'plain-svg';

/**
 * Budgets are checked on wall time (`render`, `statusChange`) unless `cpu` is set: then on the
 * main thread's CPU time (`renderCpu`, `statusChangeCpu`), for machines busy with other work.
 * @param {{ cases: Record<string, { error?: string, render?: { median: number }, statusChange?: { median: number } | null }>, modelEntry?: { gzip: number } | null }} results
 * @returns {string[]} one line per missed budget; empty when all are met
 */
export function checkBudgets(results, budgets = BUDGETS, { cpu = false } = {}) {
  const misses = [];
  const key = cpu ? 'renderCpu' : 'render';
  const changeKey = cpu ? 'statusChangeCpu' : 'statusChange';
  const cases = Object.fromEntries(
    Object.entries(results.cases).map(([name, entry]) => [
      name,
      { ...entry, render: entry[key], statusChange: entry[changeKey] },
    ]),
  );
  const ours = cases[OURS];
  for (const [name, entry] of Object.entries(cases)) {
    if (entry.error) misses.push(`${name}: ${entry.error}`);
  }
  if (!ours || ours.error || !ours.render) {
    if (!ours) misses.push(`${OURS}: not measured`);
    else if (!ours.error) misses.push(`${OURS}: no ${key} measured`);
    return misses;
  }
  const fmt = (ms) => `${ms.toFixed(2)} ms${cpu ? ' CPU' : ''}`;
  const plain = cases[PLAIN];
  if (plain?.render) {
    const limit = budgets.maxVsPlainSvg * plain.render.median;
    if (ours.render.median > limit) {
      misses.push(
        `first render ${fmt(ours.render.median)} > ${budgets.maxVsPlainSvg}× plain SVG ` +
          `(${fmt(plain.render.median)} → limit ${fmt(limit)}; ` +
          `ratio ${(ours.render.median / plain.render.median).toFixed(2)}×)`,
      );
    }
  } else if (!plain?.error) {
    misses.push(`${PLAIN}: not measured, cannot check the 2× floor budget`);
  }
  for (const [peer, factor] of Object.entries(budgets.minSpeedup)) {
    const other = cases[peer];
    if (!other?.render) {
      if (!other?.error) misses.push(`${peer}: not measured, cannot check the ${factor}× budget`);
      continue;
    }
    const speedup = other.render.median / ours.render.median;
    if (speedup < factor) {
      misses.push(
        `${speedup >= 1 ? `only ${speedup.toFixed(2)}× faster` : `${(1 / speedup).toFixed(2)}× slower`} ` +
          `than ${peer} (needs ≥ ${factor}× faster: ` +
          `${fmt(ours.render.median)} vs ${fmt(other.render.median)})`,
      );
    }
  }
  const change = ours.statusChange?.median;
  if (typeof change !== 'number') {
    misses.push('status change: not measured');
  } else if (change > budgets.maxStatusChangeMs) {
    misses.push(`status change ${fmt(change)} > ${budgets.maxStatusChangeMs} ms`);
  }
  const gzip = results.modelEntry?.gzip;
  if (typeof gzip !== 'number') {
    misses.push('model entry size: not measured');
  } else if (gzip > budgets.maxModelEntryGzip) {
    misses.push(
      `model entry ${(gzip / 1024).toFixed(1)} kB gzip > ${budgets.maxModelEntryGzip / 1024} kB`,
    );
  }
  return misses;
}
