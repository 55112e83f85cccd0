import { scaleUtc } from 'd3-scale';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateOfDay, dayNumber, isoOfDay, yearStart } from './dates.js';
import { activityAngles, dayAngle, DEFAULT_SIZES, layoutWheel } from './geometry.js';
import { activitiesInYear } from './order.js';
import type { WheelActivity, WheelDocument } from './types.js';

const TAU = 2 * Math.PI;
const day = (iso: string): number => dayNumber(iso)!;

type Fields = Pick<WheelActivity, 'ring' | 'title' | 'start' | 'end'>;

const wheel = (activities: Fields[], rings = ['a', 'b']): WheelDocument => ({
  rings: rings.map((id) => ({ id, label: id.toUpperCase() })),
  activities: activities.map((a, i): WheelActivity => ({ id: `x${i}`, ...a })),
});

const layout = (doc: WheelDocument, year: number, now?: Date) =>
  layoutWheel({
    year,
    rings: doc.rings,
    activities: activitiesInYear(doc, year),
    ...(now ? { now } : {}),
  });

describe('dayAngle', () => {
  it('is the map d3-scale scaleUtc gave, for any day of 1900–2200', () => {
    fc.assert(
      fc.property(fc.integer({ min: yearStart(1900), max: yearStart(2200) }), (day) => {
        const year = new Date(day * 86_400_000).getUTCFullYear();
        const scale = scaleUtc()
          .domain([dateOfDay(yearStart(year)), dateOfDay(yearStart(year + 1))])
          .range([0, 2 * Math.PI]);
        expect(dayAngle(day)).toBeCloseTo(scale(dateOfDay(day)), 12);
      }),
    );
  });
});

describe('dayAngle (d3-scale: date → angle)', () => {
  it('puts 1 January at the top and goes clockwise through the year', () => {
    expect(dayAngle(day('2027-01-01'))).toBe(0);
    expect(dayAngle(day('2027-07-02'))).toBeCloseTo((182 / 365) * TAU, 10);
    expect(dayAngle(day('2027-12-31'))).toBeCloseTo((364 / 365) * TAU, 10);
    expect(dayAngle(day('2028-01-01'))).toBe(0);
  });

  it('spreads a leap year over the same circle (366 days)', () => {
    expect(dayAngle(day('2028-02-29'))).toBeCloseTo((59 / 366) * TAU, 10);
    expect(dayAngle(day('2028-12-31'))).toBeCloseTo((365 / 366) * TAU, 10);
    expect(dayAngle(day('2028-03-01'))).toBeGreaterThan(dayAngle(day('2027-03-01')) - 1e-12);
  });
});

describe('activityAngles', () => {
  it('spans from the start of the first day to the end of the last', () => {
    const { start, end } = activityAngles(day('2027-03-01'), day('2027-03-31'));
    expect(start).toBeCloseTo((59 / 365) * TAU, 10);
    expect(end).toBeCloseTo((90 / 365) * TAU, 10);
  });

  it('wraps at New Year: the end goes past a full turn, through the top', () => {
    const { start, end } = activityAngles(day('2027-11-15'), day('2028-01-20'));
    expect(start).toBeCloseTo((318 / 365) * TAU, 10);
    expect(end).toBeCloseTo(TAU + (20 / 366) * TAU, 10);
    expect(end - start).toBeLessThan(TAU);
  });

  it('ends exactly at the top for an activity up to 31 December', () => {
    const { end } = activityAngles(day('2027-12-01'), day('2027-12-31'));
    expect(end).toBeCloseTo(TAU, 10);
  });
});

describe('layoutWheel', () => {
  const doc = wheel([
    { ring: 'a', title: 'Møte', start: '2027-03-16' },
    { ring: 'a', title: 'Plan', start: '2027-11-15', end: '2028-01-20' },
    { ring: 'b', title: 'Budsjett', start: '2027-09-01', end: '2027-12-15' },
    { ring: 'b', title: 'Overlapper', start: '2027-10-01', end: '2027-10-31' },
    { ring: 'b', title: 'Fra i fjor', start: '2026-12-01', end: '2027-01-10' },
    { ring: 'b', title: 'Neste år', start: '2028-02-01' },
  ]);

  it('has twelve month sectors from d3-time, covering the circle in order', () => {
    const { months } = layout(doc, 2027);
    expect(months).toHaveLength(12);
    expect(months[0]!.startAngle).toBe(0);
    expect(months[11]!.endAngle).toBeCloseTo(TAU, 10);
    for (let i = 1; i < 12; i++)
      expect(months[i]!.startAngle).toBeCloseTo(months[i - 1]!.endAngle, 10);
    // February is shorter in 2027 than in 2028.
    const feb = (year: number) => {
      const m = layout(doc, year).months[1]!;
      return m.endAngle - m.startAngle;
    };
    expect(feb(2028)).toBeGreaterThan(feb(2027));
    expect(months[0]!.path).toMatch(/^M/);
    // January's name sits right of the top, July's left of the bottom.
    expect(months[0]!.labelX).toBeGreaterThan(0);
    expect(months[0]!.labelY).toBeLessThan(0);
    expect(months[6]!.labelX).toBeLessThan(0);
    expect(months[6]!.labelY).toBeGreaterThan(0);
  });

  it('shows the year’s activities: those that began last year or end next year too', () => {
    const { shapes } = layout(doc, 2027);
    expect(shapes.map((s) => s.id)).toEqual(['x4', 'x0', 'x2', 'x3', 'x1']);
    expect(layout(doc, 2028).shapes.map((s) => s.id)).toEqual(['x1', 'x5']);
  });

  it('draws one-day activities as markers and the rest as arcs (d3-shape paths)', () => {
    const { shapes } = layout(doc, 2027);
    const meeting = shapes.find((s) => s.id === 'x0')!;
    expect(meeting.kind).toBe('marker');
    expect(meeting.path).toBeUndefined();
    expect(meeting.r).toBeGreaterThan(0);
    const plan = shapes.find((s) => s.id === 'x1')!;
    expect(plan.kind).toBe('arc');
    expect(plan.path).toMatch(/^M.*A.*Z$/);
    expect(plan.wraps).toBe(true);
    expect(shapes.find((s) => s.id === 'x4')!.wraps).toBe(true);
  });

  it('puts the first ring outermost and overlapping activities of a ring on tracks of their own', () => {
    const { rings, shapes } = layout(doc, 2027);
    expect(rings[0]!.outer).toBe(DEFAULT_SIZES.rings);
    expect(rings[1]!.outer).toBe(rings[0]!.inner);
    expect(rings[1]!.inner).toBe(DEFAULT_SIZES.hole);
    expect(rings[1]!.tracks).toBe(2);
    const budget = shapes.find((s) => s.id === 'x2')!;
    const overlap = shapes.find((s) => s.id === 'x3')!;
    expect(budget.inner >= overlap.outer || overlap.inner >= budget.outer).toBe(true);
    for (const s of shapes.filter((s) => s.ring === 'b')) {
      expect(s.inner).toBeGreaterThanOrEqual(rings[1]!.inner - 1e-9);
      expect(s.outer).toBeLessThanOrEqual(rings[1]!.outer + 1e-9);
    }
  });

  it('marks today and the current month only in today’s year', () => {
    const now = new Date(2027, 2, 16, 12);
    const here = layout(doc, 2027, now);
    expect(here.months.filter((m) => m.current).map((m) => m.month)).toEqual([2]);
    const angle = here.today!.angle;
    expect(angle).toBeGreaterThan(dayAngle(day('2027-03-16')));
    expect(angle).toBeLessThan(dayAngle(day('2027-03-17')));
    const other = layout(doc, 2028, now);
    expect(other.today).toBeUndefined();
    expect(other.months.some((m) => m.current)).toBe(false);
    expect(layout(doc, 2027, new Date(2027, 11, 31, 23)).today!.angle).toBeLessThan(TAU);
  });

  // Property: over many random years of activities, no two shapes of one ring overlap.
  it('never lets two shapes of a ring overlap (property)', () => {
    const activity = fc.record({
      ring: fc.constantFrom('a', 'b', 'c'),
      offset: fc.integer({ min: -40, max: 400 }),
      length: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 120 })),
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 2024, max: 2032 }),
        fc.array(activity, { maxLength: 25 }),
        (year, list) => {
          const start0 = yearStart(year);
          const doc = wheel(
            list.map((a, i) => ({
              ring: a.ring,
              title: `A${i}`,
              start: isoOfDay(start0 + a.offset),
              ...(a.length ? { end: isoOfDay(start0 + a.offset + a.length) } : {}),
            })),
            ['a', 'b', 'c'],
          );
          const { shapes } = layout(doc, year);
          for (const s of shapes) expect(s.endAngle).toBeGreaterThan(s.startAngle);
          for (let i = 0; i < shapes.length; i++)
            for (let j = i + 1; j < shapes.length; j++) {
              const p = shapes[i]!;
              const q = shapes[j]!;
              if (p.ring !== q.ring) continue;
              const radial = p.inner < q.outer - 1e-9 && q.inner < p.outer - 1e-9;
              const angular = [-TAU, 0, TAU].some(
                (k) => p.startAngle < q.endAngle + k - 1e-9 && q.startAngle + k < p.endAngle - 1e-9,
              );
              expect(radial && angular, `${p.id} and ${q.id}`).toBe(false);
            }
        },
      ),
      { numRuns: 200 },
    );
  });
});
