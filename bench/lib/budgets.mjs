// The performance budgets (issue 9 §1) and the pure check against a run's results. Every budget
// is a ratio of medians within one run (or a fixed limit), on main-thread CPU time by default.
// A miss is reported with its numbers; nothing here can mark a miss as expected.
import { budgets } from '../../packages/elements/scripts/size.mjs';

export const BUDGETS = {
  /** Our entries: every budget below holds for each (the npm entry and the CDN bundle). */
  ours: ['mulighetsrom-model', 'mulighetsrom-model (CDN)'],
  /** Our first render ≤ this × the case's (ratio ours / case). */
  maxRatio: { 'plain-dom': 1.5, 'venn.js + legend': 1 },
  /** The case's first render ≥ this × ours (ratio case / ours): at least this much slower. */
  minSlowdown: { 'highcharts-venn': 2 },
  /** One status change (new data → updateComplete → forced layout), median ms. */
  maxStatusChangeMs: 2,
  /** The `model` entry, minified + gzip, bytes: the package size check's budget. */
  maxModelEntryGzip: budgets.model,
  /** Other widgets' suites: the same kinds of budget, each against its own cases. */
  suites: [
    {
      // Issue 10: 50 × 40, first render ≤ 1.5× a hand-written table; one cell toggle ≤ 2 ms.
      ours: ['mulighetsrom-expectation-matrix', 'mulighetsrom-expectation-matrix (CDN)'],
      maxRatio: { 'plain-table': 1.5 },
      minSlowdown: {},
      maxStatusChangeMs: 2,
    },
    {
      // Issue 11: 1,000 rows, editable; ≤ 1.5× the same markup and CSS by hand, ≤ 0.8×
      // Tabulator, ≤ 0.5× AG Grid; one cell edit (Enter, type, Enter) ≤ 2 ms.
      ours: ['mulighetsrom-follow-up-table', 'mulighetsrom-follow-up-table (CDN)'],
      maxRatio: { 'plain-follow-up': 1.5, tabulator: 0.8, 'ag-grid': 0.5 },
      minSlowdown: {},
      maxStatusChangeMs: 2,
    },
    {
      // Issue 11: 10,000 rows ≤ 12× our 1,000-row first render (no worse than linear); an edit
      // still ≤ 2 ms.
      ours: ['mulighetsrom-follow-up-table 10k'],
      maxRatio: { 'mulighetsrom-follow-up-table': 12 },
      minSlowdown: {},
      maxStatusChangeMs: 2,
    },
    {
      // Issue 12: a situation board of 200 notes ≤ 1.5× plain lists; one move (Alt+Arrow) ≤ 2 ms.
      ours: ['mulighetsrom-situation-board', 'mulighetsrom-situation-board (CDN)'],
      maxRatio: { 'plain-list': 1.5 },
      minSlowdown: {},
      maxStatusChangeMs: 2,
    },
    {
      // Issue 13: 40 activities on 4 rings ≤ 1.5× a plain SVG and list; one move ≤ 2 ms.
      ours: ['mulighetsrom-annual-wheel', 'mulighetsrom-annual-wheel (CDN)'],
      maxRatio: { 'plain-wheel': 1.5 },
      minSlowdown: {},
      maxStatusChangeMs: 2,
    },
  ],
};

/**
 * Every budget checked against a run: one line each, met or not, with the numbers. Checked on
 * main-thread CPU time (`renderCpu`, `statusChangeCpu`) unless `wall` is set: then on wall time
 * (`render`, `statusChange`).
 * @param {{ cases: Record<string, { error?: string, render?: { median: number }, renderCpu?: { median: number } | null, statusChange?: { median: number } | null, statusChangeCpu?: { median: number } | null }>, modelEntry?: { gzip: number } | null }} results
 * @returns {{ ok: boolean, text: string }[]}
 */
export function evaluateBudgets(results, limits = BUDGETS, { wall = false } = {}) {
  const key = wall ? 'render' : 'renderCpu';
  const changeKey = wall ? 'statusChange' : 'statusChangeCpu';
  const unit = wall ? 'ms' : 'ms CPU';
  const fmt = (ms) => `${ms.toFixed(2)} ${unit}`;
  const times = (value) => `${value.toFixed(2)}×`;
  const checks = [];
  const miss = (text) => checks.push({ ok: false, text });
  const check = (ok, text) => checks.push({ ok, text });

  for (const [name, entry] of Object.entries(results.cases)) {
    if (entry.error) miss(`${name}: ${entry.error}`);
  }
  /** The first-render median of a case, or null (a line says why unless the case failed). */
  const renderOf = (name, budget) => {
    const entry = results.cases[name];
    const median = entry?.[key]?.median;
    if (typeof median === 'number' && !entry.error) return median;
    if (!entry) miss(`${name}: not measured, cannot check ${budget}`);
    else if (!entry.error) miss(`${name}: no ${key} measured, cannot check ${budget}`);
    return null;
  };

  for (const group of [limits, ...(limits.suites ?? [])]) checkSuite(group);

  function checkSuite(limits) {
    for (const ours of limits.ours) {
      for (const [peer, max] of Object.entries(limits.maxRatio)) {
        const budget = `first render ≤ ${max}× ${peer}`;
        const mine = renderOf(ours, budget);
        const other = renderOf(peer, budget);
        if (mine === null || other === null) continue;
        const limit = max * other;
        check(
          mine <= limit,
          `${ours}: first render ${fmt(mine)} ${mine <= limit ? '≤' : '>'} ${max}× ${peer} ` +
            `(${fmt(other)} → limit ${fmt(limit)}; ratio ${times(mine / other)})`,
        );
      }
      for (const [peer, min] of Object.entries(limits.minSlowdown)) {
        const budget = `${peer} ≥ ${min}× slower`;
        const mine = renderOf(ours, budget);
        const other = renderOf(peer, budget);
        if (mine === null || other === null) continue;
        const slowdown = other / mine;
        check(
          slowdown >= min,
          `${ours}: ${peer} ${slowdown >= 1 ? `${times(slowdown)} slower` : `${times(1 / slowdown)} faster`} ` +
            `(needs ≥ ${min}× slower: ${fmt(other)} vs ours ${fmt(mine)})`,
        );
      }
      const entry = results.cases[ours];
      if (entry && !entry.error) {
        const change = entry[changeKey]?.median;
        if (typeof change !== 'number') miss(`${ours}: status change not measured`);
        else {
          const ok = change <= limits.maxStatusChangeMs;
          check(
            ok,
            `${ours}: status change ${fmt(change)} ${ok ? '≤' : '>'} ${limits.maxStatusChangeMs} ms`,
          );
        }
      }
    }
  }

  const gzip = results.modelEntry?.gzip;
  if (typeof gzip !== 'number') miss('model entry size: not measured');
  else {
    const ok = gzip <= limits.maxModelEntryGzip;
    check(
      ok,
      `model entry ${(gzip / 1024).toFixed(1)} kB gzip ${ok ? '≤' : '>'} ${limits.maxModelEntryGzip / 1024} kB`,
    );
  }
  return checks;
}

/**
 * The missed budgets of a run, one line each with the numbers; empty when all are met.
 * @param {Parameters<typeof evaluateBudgets>[0]} results
 * @returns {string[]}
 */
export function checkBudgets(results, limits = BUDGETS, options = {}) {
  return evaluateBudgets(results, limits, options)
    .filter((c) => !c.ok)
    .map((c) => c.text);
}
