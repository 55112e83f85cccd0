import { describe, expect, it } from 'vitest';
import { isoDay } from './dates.js';
import { followUpTimelineItems } from './plan.js';
import { followUpTimeline as layout } from './timeline.js';
import type { FollowUpRow } from './types.js';

const followUpTimeline = (list: FollowUpRow[], today: string, width: number, lang: 'nb' | 'en') =>
  layout(followUpTimelineItems(list, today), isoDay(today), width, lang);

const rows: FollowUpRow[] = [
  { id: 'a', start: '2026-01-01', end: '2026-01-31' },
  { id: 'b', start: '2026-03-01', end: '2026-03-31', status: 'done' },
  { id: 'c', when: 'fortløpende' },
  { id: 'd', end: '2026-02-01' },
  { id: 'e', start: '2026-03-10', end: '2026-03-05' },
];

describe('timeline', () => {
  it('places bars on a UTC time scale with today marked', () => {
    const t = followUpTimeline(rows, '2026-02-15', 900, 'nb');
    expect(t.undated.map((r) => r.id)).toEqual(['c']);
    const [a, b, d, e] = t.bars;
    expect(a!.x).toBe(0);
    expect(a!.overdue).toBe(true);
    expect(b!.done).toBe(true);
    expect(b!.overdue).toBe(false);
    expect(b!.x + b!.width).toBeCloseTo(900);
    expect(d!.start).toBe('2026-02-01');
    expect(d!.width).toBeGreaterThanOrEqual(4);
    expect(e!.endBeforeStart).toBe(true);
    expect(e!.start).toBe('2026-03-05');
    // 90 days on the axis: today after 45 of them.
    expect(t.today).toBeCloseTo((45 / 90) * 900);
    expect(t.ticks.map((tick) => tick.date)).toEqual([
      '2026-01-01',
      '2026-02-01',
      '2026-03-01',
      '2026-04-01',
    ]);
    expect(t.ticks[0]!.label).toMatch(/jan.*2026/);
  });

  it('stretches the axis to today and has nothing without dates', () => {
    const t = followUpTimeline([rows[0]!], '2026-04-01', 100, 'en');
    expect(t.today).toBeCloseTo(100 - 100 / 91);
    expect(followUpTimeline([rows[2]!], '2026-04-01', 100, 'en')).toMatchObject({
      bars: [],
      ticks: [],
      today: undefined,
    });
  });
});
