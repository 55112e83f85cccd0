import { describe, expect, it } from 'vitest';
import { BUDGETS, checkBudgets, evaluateBudgets } from '../lib/budgets.mjs';

const stat = (median) => ({ median });
const NPM = 'mulighetsrom-model';
const CDN = 'mulighetsrom-model (CDN)';

/**
 * A run on main-thread CPU (the default metric), met by default with room to spare: ours 30,
 * the CDN 28, plain DOM 25 (limit 37.5), venn.js + legend 45, Highcharts 120 (4×).
 */
function results({
  ours = 30,
  cdn = 28,
  plainDom = 25,
  vennLegend = 45,
  highcharts = 120,
  change = 1,
  cdnChange = 1.2,
  gzip = 12_000,
  matrix = 60,
  plainTable = 50,
  cellToggle = 1.5,
  followUp = 40,
  plainFollowUp = 30,
  tabulator = 90,
  agGrid = 140,
  followUp10k = 400,
  edit = 1,
  edit10k = 0.9,
  board = 20,
  plainList = 15,
  move = 1,
  wheel = 20,
  plainWheel = 15,
  wheelMove = 1,
} = {}) {
  const entry = (cpu, statusChangeCpu) => ({
    renderCpu: stat(cpu),
    // Wall time: twice the CPU time, unless a test sets it.
    render: stat(cpu * 2),
    ...(statusChangeCpu === undefined
      ? {}
      : { statusChangeCpu: stat(statusChangeCpu), statusChange: stat(statusChangeCpu * 2) }),
  });
  return {
    cases: {
      [NPM]: entry(ours, change),
      [CDN]: entry(cdn, cdnChange),
      'plain-dom': entry(plainDom, 0.5),
      'plain-svg': entry(10, 0.1),
      'lit-svg': entry(20, 0.2),
      'venn.js + legend': entry(vennLegend),
      '@upsetjs/venn.js': entry(40),
      'venn.js': entry(40),
      'highcharts-venn': entry(highcharts),
      'mulighetsrom-expectation-matrix': entry(matrix, cellToggle),
      'mulighetsrom-expectation-matrix (CDN)': entry(matrix, cellToggle),
      'plain-table': entry(plainTable, 0.3),
      'mulighetsrom-follow-up-table': entry(followUp, edit),
      'mulighetsrom-follow-up-table (CDN)': entry(followUp, edit),
      'plain-follow-up': entry(plainFollowUp, 0.5),
      tabulator: entry(tabulator),
      'ag-grid': entry(agGrid),
      'mulighetsrom-follow-up-table 10k': entry(followUp10k, edit10k),
      'tabulator 10k': entry(100),
      'ag-grid 10k': entry(150),
      'mulighetsrom-situation-board': entry(board, move),
      'mulighetsrom-situation-board (CDN)': entry(board, move),
      'plain-list': entry(plainList, 0.3),
      'mulighetsrom-annual-wheel': entry(wheel, wheelMove),
      'mulighetsrom-annual-wheel (CDN)': entry(wheel, wheelMove),
      'plain-wheel': entry(plainWheel, 0.3),
    },
    modelEntry: { gzip },
  };
}

describe('the matrix suite (issue 10)', () => {
  it('is 50 × 40 against plain-table ≤ 1.5×, one cell toggle ≤ 2 ms, npm and CDN', () => {
    expect(BUDGETS.suites[0]).toEqual({
      ours: ['mulighetsrom-expectation-matrix', 'mulighetsrom-expectation-matrix (CDN)'],
      maxRatio: { 'plain-table': 1.5 },
      minSlowdown: {},
      maxStatusChangeMs: 2,
    });
  });

  it('passes at exactly 1.5× and fails above, for both entries', () => {
    expect(checkBudgets(results({ matrix: 75, plainTable: 50 }))).toEqual([]);
    const misses = checkBudgets(results({ matrix: 76, plainTable: 50 }));
    expect(misses).toHaveLength(2);
    expect(misses[0]).toContain(
      'mulighetsrom-expectation-matrix: first render 76.00 ms CPU > 1.5× plain-table',
    );
  });

  it('fails a cell toggle above 2 ms, and a matrix case not measured', () => {
    expect(checkBudgets(results({ cellToggle: 2.1 }))).toHaveLength(2);
    const run = results();
    delete run.cases['plain-table'];
    expect(checkBudgets(run).join('\n')).toContain('plain-table: not measured');
  });
});

describe('the budgets', () => {
  it('are those of issue 9 §1', () => {
    expect(BUDGETS.ours).toEqual([NPM, CDN]);
    expect(BUDGETS.maxRatio).toEqual({ 'plain-dom': 1.5, 'venn.js + legend': 1 });
    expect(BUDGETS.minSlowdown).toEqual({ 'highcharts-venn': 2 });
    expect(BUDGETS.maxStatusChangeMs).toBe(2);
    // Issue 9 §2: what a page with only a model downloads before its first render.
    expect(BUDGETS.maxModelEntryGzip).toBe(28 * 1024);
  });

  it('all pass on a run that meets them, each listed as met with its numbers', () => {
    expect(checkBudgets(results())).toEqual([]);
    const checks = evaluateBudgets(results());
    // 2 model entries × (2 ratios + Highcharts + status change) + 2 matrix entries × (ratio +
    // cell toggle) + 2 follow-up entries × (3 ratios + edit) + the 10k case × (ratio + edit) +
    // 2 board and 2 wheel entries × (ratio + move) + the gzip size.
    expect(checks).toHaveLength(31);
    expect(checks.every((c) => c.ok)).toBe(true);
    expect(checks.map((c) => c.text)).toContain(
      'mulighetsrom-model: first render 30.00 ms CPU ≤ 1.5× plain-dom (25.00 ms CPU → limit 37.50 ms CPU; ratio 1.20×)',
    );
  });
});

describe('first render ≤ 1.5× plain-dom', () => {
  it('passes at exactly 1.5×', () => {
    expect(checkBudgets(results({ ours: 37.5, cdn: 37.5 }))).toEqual([]);
  });

  it('fails above, for the npm entry and for the CDN bundle alike', () => {
    expect(checkBudgets(results({ ours: 40 }))).toEqual([
      'mulighetsrom-model: first render 40.00 ms CPU > 1.5× plain-dom (25.00 ms CPU → limit 37.50 ms CPU; ratio 1.60×)',
    ]);
    expect(checkBudgets(results({ cdn: 40 }))).toEqual([
      'mulighetsrom-model (CDN): first render 40.00 ms CPU > 1.5× plain-dom (25.00 ms CPU → limit 37.50 ms CPU; ratio 1.60×)',
    ]);
  });
});

describe('first render ≤ 1× venn.js + legend', () => {
  it('passes when as fast', () => {
    expect(checkBudgets(results({ ours: 30, vennLegend: 30 }))).toEqual([]);
  });

  it('fails when slower', () => {
    expect(checkBudgets(results({ ours: 30, cdn: 20, vennLegend: 24 }))).toEqual([
      'mulighetsrom-model: first render 30.00 ms CPU > 1× venn.js + legend (24.00 ms CPU → limit 24.00 ms CPU; ratio 1.25×)',
    ]);
  });
});

describe('highcharts-venn ≥ 2× slower than ours', () => {
  it('passes at exactly 2×', () => {
    expect(checkBudgets(results({ ours: 30, cdn: 30, highcharts: 60 }))).toEqual([]);
  });

  it('fails below 2×, and says "faster" when Highcharts beats us', () => {
    expect(checkBudgets(results({ ours: 30, cdn: 20, highcharts: 45 }))).toEqual([
      'mulighetsrom-model: highcharts-venn 1.50× slower (needs ≥ 2× slower: 45.00 ms CPU vs ours 30.00 ms CPU)',
    ]);
    const misses = checkBudgets(results({ ours: 30, cdn: 20, highcharts: 15 }));
    expect(misses).toContain(
      'mulighetsrom-model: highcharts-venn 2.00× faster (needs ≥ 2× slower: 15.00 ms CPU vs ours 30.00 ms CPU)',
    );
  });
});

describe('one status change ≤ 2 ms', () => {
  it('passes at exactly 2 ms', () => {
    expect(checkBudgets(results({ change: 2, cdnChange: 2 }))).toEqual([]);
  });

  it('fails above, per entry, and when not measured', () => {
    expect(checkBudgets(results({ change: 2.5 }))).toEqual([
      'mulighetsrom-model: status change 2.50 ms CPU > 2 ms',
    ]);
    expect(checkBudgets(results({ cdnChange: 3 }))).toEqual([
      'mulighetsrom-model (CDN): status change 3.00 ms CPU > 2 ms',
    ]);
    const run = results();
    delete run.cases[CDN].statusChangeCpu;
    expect(checkBudgets(run)).toEqual(['mulighetsrom-model (CDN): status change not measured']);
  });
});

describe('the model entry ≤ 28 kB gzip', () => {
  it('passes at exactly 28 kB', () => {
    expect(checkBudgets(results({ gzip: 28 * 1024 }))).toEqual([]);
  });

  it('fails above, and when not measured', () => {
    expect(checkBudgets(results({ gzip: 29_000 }))).toEqual(['model entry 28.3 kB gzip > 28 kB']);
    const run = results();
    run.modelEntry = null;
    expect(checkBudgets(run)).toEqual(['model entry size: not measured']);
  });
});

describe('the metric', () => {
  it('is main-thread CPU by default; wall time when asked', () => {
    // Wall time is twice CPU here: our status change is 1.5 ms CPU, 3 ms wall.
    const run = results({ change: 1.5, cdnChange: 0.5, cellToggle: 0.9 });
    expect(checkBudgets(run)).toEqual([]);
    expect(checkBudgets(run, undefined, { wall: true })).toEqual([
      'mulighetsrom-model: status change 3.00 ms > 2 ms',
    ]);
    run.cases['plain-dom'].render = stat(10);
    expect(checkBudgets(run, undefined, { wall: true })).toContain(
      'mulighetsrom-model: first render 60.00 ms > 1.5× plain-dom (10.00 ms → limit 15.00 ms; ratio 6.00×)',
    );
  });

  it('says when a case has no figure on the metric', () => {
    const run = results();
    delete run.cases['venn.js + legend'].renderCpu;
    expect(checkBudgets(run)).toEqual([
      'venn.js + legend: no renderCpu measured, cannot check first render ≤ 1× venn.js + legend',
      'venn.js + legend: no renderCpu measured, cannot check first render ≤ 1× venn.js + legend',
    ]);
  });
});

describe('failed and missing cases', () => {
  it('lists a failed case once, and the budgets it blocks are not checked', () => {
    const run = results();
    run.cases[NPM] = { error: 'bundle failed' };
    expect(checkBudgets(run)).toEqual(['mulighetsrom-model: bundle failed']);
  });

  it('lists a failed reference case too', () => {
    const run = results();
    run.cases['lit-svg'] = { error: 'sample failed: timeout' };
    expect(checkBudgets(run)).toEqual(['lit-svg: sample failed: timeout']);
  });

  it('says which budget a missing case leaves unchecked', () => {
    const run = results();
    delete run.cases['highcharts-venn'];
    expect(checkBudgets(run)).toEqual([
      'highcharts-venn: not measured, cannot check highcharts-venn ≥ 2× slower',
      'highcharts-venn: not measured, cannot check highcharts-venn ≥ 2× slower',
    ]);
  });

  it('has no way to mark a miss as expected', () => {
    expect(Object.keys(BUDGETS)).not.toContain('knownMisses');
    const checks = evaluateBudgets(results({ ours: 100 }));
    expect(checks.filter((c) => !c.ok).length).toBeGreaterThan(0);
  });
});

describe('the follow-up, board and wheel suites (issues 11–13)', () => {
  it('are the issues’ budgets, each for the npm entry and the CDN module', () => {
    expect(BUDGETS.suites.slice(1)).toEqual([
      {
        ours: ['mulighetsrom-follow-up-table', 'mulighetsrom-follow-up-table (CDN)'],
        maxRatio: { 'plain-follow-up': 1.5, tabulator: 0.8, 'ag-grid': 0.5 },
        minSlowdown: {},
        maxStatusChangeMs: 2,
      },
      {
        ours: ['mulighetsrom-follow-up-table 10k'],
        maxRatio: { 'mulighetsrom-follow-up-table': 12 },
        minSlowdown: {},
        maxStatusChangeMs: 2,
      },
      {
        ours: ['mulighetsrom-situation-board', 'mulighetsrom-situation-board (CDN)'],
        maxRatio: { 'plain-list': 1.5 },
        minSlowdown: {},
        maxStatusChangeMs: 2,
      },
      {
        ours: ['mulighetsrom-annual-wheel', 'mulighetsrom-annual-wheel (CDN)'],
        maxRatio: { 'plain-wheel': 1.5 },
        minSlowdown: {},
        maxStatusChangeMs: 2,
      },
    ]);
  });

  it('the follow-up table: above 0.8× Tabulator or 0.5× AG Grid is a miss, at it is not', () => {
    expect(checkBudgets(results({ followUp: 40, tabulator: 50, agGrid: 80 }))).toEqual([]);
    const misses = checkBudgets(results({ followUp: 41, tabulator: 50, agGrid: 80 }));
    expect(misses).toHaveLength(4);
    expect(misses[0]).toContain(
      'mulighetsrom-follow-up-table: first render 41.00 ms CPU > 0.8× tabulator',
    );
    expect(misses[1]).toContain('> 0.5× ag-grid');
  });

  it('10,000 rows: above 12× our 1,000-row render, or an edit above 2 ms, is a miss', () => {
    expect(checkBudgets(results({ followUp: 40, followUp10k: 480 }))).toEqual([]);
    expect(checkBudgets(results({ followUp: 40, followUp10k: 481, edit10k: 2.5 }))).toEqual([
      'mulighetsrom-follow-up-table 10k: first render 481.00 ms CPU > 12× mulighetsrom-follow-up-table (40.00 ms CPU → limit 480.00 ms CPU; ratio 12.03×)',
      'mulighetsrom-follow-up-table 10k: status change 2.50 ms CPU > 2 ms',
    ]);
  });

  it('the board and the wheel: ≤ 1.5× their plain cases, a move ≤ 2 ms', () => {
    expect(checkBudgets(results({ board: 22.5, plainList: 15, wheel: 22.5 }))).toEqual([]);
    const misses = checkBudgets(results({ board: 23, plainList: 15, wheelMove: 2.1 }));
    expect(misses).toEqual([
      'mulighetsrom-situation-board: first render 23.00 ms CPU > 1.5× plain-list (15.00 ms CPU → limit 22.50 ms CPU; ratio 1.53×)',
      'mulighetsrom-situation-board (CDN): first render 23.00 ms CPU > 1.5× plain-list (15.00 ms CPU → limit 22.50 ms CPU; ratio 1.53×)',
      'mulighetsrom-annual-wheel: status change 2.10 ms CPU > 2 ms',
      'mulighetsrom-annual-wheel (CDN): status change 2.10 ms CPU > 2 ms',
    ]);
  });
});
