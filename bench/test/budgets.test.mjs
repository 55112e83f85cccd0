import { describe, expect, it } from 'vitest';
import { checkBudgets } from '../lib/budgets.mjs';

const stat = (median) => ({ median });

function results({
  ours = 10,
  plain = 6,
  upset = 40,
  venn = 40,
  highcharts = 90,
  change = 1,
  gzip = 12_000,
} = {}) {
  return {
    cases: {
      'mulighetsrom-model': { render: stat(ours), statusChange: stat(change) },
      'plain-svg': { render: stat(plain) },
      '@upsetjs/venn.js': { render: stat(upset) },
      'venn.js': { render: stat(venn) },
      'highcharts-venn': { render: stat(highcharts) },
    },
    modelEntry: { gzip },
  };
}

describe('checkBudgets', () => {
  it('passes a run that meets every budget', () => {
    expect(checkBudgets(results())).toEqual([]);
  });

  it('names each missed budget with the numbers', () => {
    const misses = checkBudgets(
      results({ ours: 20, plain: 6, upset: 50, highcharts: 100, change: 3, gzip: 17_000 }),
    );
    expect(misses).toHaveLength(6);
    expect(misses[0]).toMatch(/first render 20\.00 ms > 2× plain SVG/);
    expect(misses.some((m) => /@upsetjs\/venn\.js/.test(m) && /2\.50×/.test(m))).toBe(true);
    expect(misses.some((m) => /^only 2\.00× faster than venn\.js/.test(m))).toBe(true);
    expect(misses.some((m) => /highcharts-venn/.test(m) && /≥ 6×/.test(m))).toBe(true);
    expect(misses).toContain('status change 3.00 ms > 2 ms');
    expect(misses).toContain('model entry 16.6 kB gzip > 16 kB');
  });

  it('says "slower" when a peer beats us', () => {
    const misses = checkBudgets(results({ ours: 20, venn: 10, plain: 10 }));
    expect(misses.some((m) => /^2\.00× slower than venn\.js/.test(m))).toBe(true);
  });

  it('checks CPU time instead of wall time when asked', () => {
    const run = results({ ours: 20, plain: 5 });
    for (const [name, entry] of Object.entries(run.cases)) {
      entry.renderCpu = { median: entry.render.median / 4 };
      if (name === 'mulighetsrom-model') entry.statusChangeCpu = { median: 0.5 };
    }
    run.cases['mulighetsrom-model'].renderCpu = { median: 2 };
    expect(checkBudgets(run).length).toBeGreaterThan(0);
    expect(checkBudgets(run, undefined, { cpu: true })).toEqual([]);
    delete run.cases['venn.js'].renderCpu;
    expect(checkBudgets(run, undefined, { cpu: true })).toEqual([
      'venn.js: not measured, cannot check the 3× budget',
    ]);
  });

  it('holds exactly at the limits', () => {
    expect(
      checkBudgets(
        results({
          ours: 12,
          plain: 6,
          upset: 36,
          venn: 36,
          highcharts: 72,
          change: 2,
          gzip: 16_384,
        }),
      ),
    ).toEqual([]);
  });

  it('fails when our case did not run or a measure is missing', () => {
    const broken = results();
    broken.cases['mulighetsrom-model'] = { error: 'bundle failed' };
    expect(checkBudgets(broken)).toEqual(['mulighetsrom-model: bundle failed']);
    const noSize = results();
    noSize.modelEntry = null;
    expect(checkBudgets(noSize)).toEqual(['model entry size: not measured']);
  });
});
