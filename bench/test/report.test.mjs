import { describe, expect, it } from 'vitest';
import {
  END,
  START,
  formatBudgets,
  formatItems,
  formatTable,
  replaceSection,
} from '../lib/report.mjs';

describe('replaceSection', () => {
  it('replaces only the text between the markers', () => {
    const text = `# Title\n\nintro\n\n${START}\nold\n${END}\n\nafter\n`;
    expect(replaceSection(text, 'new')).toBe(
      `# Title\n\nintro\n\n${START}\nnew\n${END}\n\nafter\n`,
    );
  });

  it('appends a marked section when there is none', () => {
    expect(replaceSection('# Title\n', 'table')).toBe(`# Title\n\n${START}\ntable\n${END}\n`);
  });
});

describe('formatTable', () => {
  it('writes one row per case with medians, quartiles, kB and the ratio', () => {
    const s = (median) => ({ median, p25: median - 1, p75: median + 1 });
    const lines = formatTable({
      cases: {
        ours: {
          render: s(10),
          frame: s(20),
          heap: { median: 2048 },
          statusChange: s(1),
          size: { gzip: 10240, brotli: 9216 },
        },
        peer: { error: 'bundle failed' },
        slow: { render: s(40), frame: s(50), heap: { median: 4096 }, size: { gzip: 1024 } },
      },
      ratios: { slow: { render: 0.25 } },
    });
    expect(lines).toHaveLength(5);
    expect(lines[2]).toBe(
      '| ours | 10.00 (9.00–11.00) | 20.00 (19.00–21.00) | 2 | 1.00 (0.00–2.00) | 10.0 | 9.0 | – | – |',
    );
    expect(lines[3]).toMatch(/^\| peer \| failed: bundle failed/);
    expect(lines[4]).toMatch(/\| – \| 1\.0 \| – \| 0\.25× \| 4\.00× \|$/);
  });
});

describe('formatBudgets', () => {
  it('lists every budget, met and missed, with a count of the misses', () => {
    expect(
      formatBudgets({
        metric: 'main-thread CPU',
        checks: [
          { ok: true, text: 'status change 1.00 ms CPU ≤ 2 ms' },
          { ok: false, text: 'model entry 24.0 kB gzip > 16 kB' },
        ],
      }),
    ).toEqual([
      'Budgets (main-thread CPU time): 1 of 2 missed.',
      '',
      '- ✓ status change 1.00 ms CPU ≤ 2 ms',
      '- ✗ model entry 24.0 kB gzip > 16 kB',
    ]);
    expect(formatBudgets({ metric: 'wall', checks: [{ ok: true, text: 'x' }] })[0]).toBe(
      'Budgets (wall time): all met.',
    );
  });
});

describe('formatItems', () => {
  it('lists the cases that counted what they left in the DOM, and nothing when none did', () => {
    expect(
      formatItems({
        cases: { ours: { items: 1000 }, grid: { items: 60 }, other: { items: null } },
      }),
    ).toEqual(['Items in the DOM after the first render: ours 1000, grid 60.']);
    expect(formatItems({ cases: { ours: {} } })).toEqual([]);
  });
});
