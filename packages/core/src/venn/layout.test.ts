import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AREAS } from '../catalog/area-texts.js';
import type { LevelId } from '../types.js';
import {
  boxDistance,
  layoutVenn,
  levelMask,
  pointMask,
  regionPaths,
  vennFrame,
  type VennAreaInput,
  type VennLayout,
} from './index.js';
import { computeSlots, slotKey } from './layout.js';
import { PRECOMPUTED } from './precomputed.js';

const LEVELS: LevelId[] = ['eier', 'kontor', 'tjeneste'];

/** Independent check of every promise the layout makes; returns the problems found. */
function problems(layout: VennLayout, areas: readonly VennAreaInput[]): string[] {
  const found: string[] = [];
  const eps = 1e-9;
  for (const m of layout.markers) {
    const area = areas.find((a) => a.id === m.id)!;
    layout.circles.forEach((c) => {
      const d = Math.hypot(m.x - c.cx, m.y - c.cy);
      const shouldBeInside = area.levels.includes(c.level);
      if (shouldBeInside && d + m.r + layout.gap > c.r + eps)
        found.push(`${m.id} not inside ${c.level}`);
      if (!shouldBeInside && d - m.r - layout.gap < c.r - eps)
        found.push(`${m.id} not outside ${c.level}`);
    });
    if (m.x - m.r < 0 || m.y - m.r < 0 || m.x + m.r > layout.width || m.y + m.r > layout.height)
      found.push(`${m.id} outside the viewBox`);
    if (boxDistance(layout.centreBox, m.x, m.y) < m.r + layout.gap - eps)
      found.push(`${m.id} on the centre label`);
  }
  for (let i = 0; i < layout.markers.length; i++) {
    for (let j = i + 1; j < layout.markers.length; j++) {
      const a = layout.markers[i]!;
      const b = layout.markers[j]!;
      if (Math.hypot(a.x - b.x, a.y - b.y) < a.r + b.r + layout.gap - eps)
        found.push(`${a.id} overlaps ${b.id}`);
    }
  }
  return found;
}

describe('vennFrame', () => {
  it('puts eier top-left, kontor top-right and tjeneste at the bottom, pairwise overlapping', () => {
    const [eier, kontor, tjeneste] = vennFrame().circles;
    expect([eier.level, kontor.level, tjeneste.level]).toEqual(LEVELS);
    expect(eier.cx).toBeLessThan(kontor.cx);
    expect(eier.cy).toBeCloseTo(kontor.cy);
    expect(tjeneste.cy).toBeGreaterThan(eier.cy);
    expect(tjeneste.cx).toBeCloseTo((eier.cx + kontor.cx) / 2);
    for (const [a, b] of [
      [eier, kontor],
      [eier, tjeneste],
      [kontor, tjeneste],
    ] as const) {
      expect(Math.hypot(a.cx - b.cx, a.cy - b.cy)).toBeLessThan(a.r + b.r);
    }
  });

  it('keeps circles and level labels inside the viewBox', () => {
    for (const [w, h] of [
      [600, 600],
      [320, 900],
      [1200, 300],
    ] as const) {
      const frame = vennFrame(w, h);
      for (const c of frame.circles) {
        expect(c.cx - c.r).toBeGreaterThanOrEqual(0);
        expect(c.cx + c.r).toBeLessThanOrEqual(w);
        expect(c.cy - c.r).toBeGreaterThanOrEqual(0);
        expect(c.cy + c.r).toBeLessThanOrEqual(h);
        expect(c.labelY).toBeGreaterThan(0);
        expect(c.labelY).toBeLessThan(h);
        // The label is outside its own circle.
        expect(Math.hypot(c.labelX - c.cx, c.labelY - c.cy)).toBeGreaterThan(c.r);
      }
    }
  });

  it('centres the users label in the region of all three levels', () => {
    const frame = vennFrame();
    expect(pointMask(frame, frame.centre.x, frame.centre.y)).toBe(7);
    const { x, y, width, height } = frame.centreBox;
    for (const [px, py] of [
      [x, y],
      [x + width, y],
      [x, y + height],
      [x + width, y + height],
    ] as const) {
      expect(pointMask(frame, px, py)).toBe(7);
    }
  });
});

describe('levelMask', () => {
  it('maps level sets to the seven regions regardless of order', () => {
    expect(levelMask(['eier'])).toBe(1);
    expect(levelMask(['kontor'])).toBe(2);
    expect(levelMask(['tjeneste'])).toBe(4);
    expect(levelMask(['tjeneste', 'eier'])).toBe(5);
    expect(levelMask(['eier', 'kontor', 'tjeneste'])).toBe(7);
    expect(levelMask([])).toBe(0);
  });
});

describe('layoutVenn with the 20 built-in areas', () => {
  const areas = AREAS.map((a) => ({ id: a.id, levels: a.levels }));
  const layout = layoutVenn(areas);

  it('places one marker per area, in input order', () => {
    expect(layout.markers.map((m) => m.id)).toEqual(areas.map((a) => a.id));
  });

  it('puts every area in exactly its region, with margins, without overlaps', () => {
    expect(problems(layout, areas)).toEqual([]);
    for (const m of layout.markers) {
      const area = AREAS.find((a) => a.id === m.id)!;
      expect(pointMask(layout, m.x, m.y), `area ${m.id}`).toBe(levelMask(area.levels));
    }
  });

  it('matches the report: centre {1}, owner only {2–8}, office only {9–11} …', () => {
    const byRegion = (mask: number) =>
      layout.markers
        .filter((m) => pointMask(layout, m.x, m.y) === mask)
        .map((m) => m.id)
        .sort((a, b) => a - b);
    expect(byRegion(7)).toEqual([1]);
    expect(byRegion(1)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    expect(byRegion(2)).toEqual([9, 10, 11]);
    expect(byRegion(4)).toEqual([12, 13, 14]);
    expect(byRegion(3)).toEqual([15, 16]);
    expect(byRegion(5)).toEqual([17, 18]);
    expect(byRegion(6)).toEqual([19, 20]);
  });

  it('uses the full marker size for the built-in catalog (nothing had to shrink)', () => {
    expect(layout.markerRadius).toBeCloseTo(layout.circles[0].r * 0.085);
    expect(layout.markerRadius).toBeGreaterThan(14);
  });

  it('puts area 1 below the centre label, on the axis of symmetry', () => {
    const one = layout.markers.find((m) => m.id === 1)!;
    expect(one.y).toBeGreaterThan(layout.centre.y);
    expect(one.x).toBeCloseTo(layout.centre.x, 0);
  });

  it('numbers a region in reading order', () => {
    const owner = layout.markers.filter((m) => m.region === 1);
    const first = owner.find((m) => m.id === 2)!;
    const last = owner.find((m) => m.id === 8)!;
    expect(first.y).toBeLessThan(last.y);
  });

  it('is deterministic and independent of input order', () => {
    const again = layoutVenn([...areas].reverse());
    for (const m of layout.markers) {
      const n = again.markers.find((x) => x.id === m.id)!;
      expect([n.x, n.y, n.r]).toEqual([m.x, m.y, m.r]);
    }
    expect(layoutVenn(areas)).toEqual(layout);
  });

  it('gives closed region outlines for all seven regions (regionPaths)', () => {
    const paths = regionPaths(layout);
    for (let mask = 1; mask <= 7; mask++) {
      expect(paths[mask]).toMatch(/^M[\d. ]+(A[\d. ]+){3}Z$/);
    }
  });
});

describe('layoutVenn edge cases', () => {
  it('skips areas without a known level and duplicate ids', () => {
    const layout = layoutVenn([
      { id: 1, levels: [] },
      { id: 2, levels: ['eier'] },
      { id: 2, levels: ['kontor'] },
    ]);
    expect(layout.markers.map((m) => [m.id, m.region])).toEqual([[2, 1]]);
  });

  it('shrinks markers only when a region gets crowded', () => {
    const many = Array.from({ length: 30 }, (_, i) => ({
      id: i + 1,
      levels: ['eier', 'kontor'] as LevelId[],
    }));
    const layout = layoutVenn(many);
    const full = layout.circles[0].r * 0.085;
    expect(layout.markerRadius).toBeLessThan(full);
    expect(problems(layout, many)).toEqual([]);
  });

  it('handles an empty list', () => {
    const layout = layoutVenn([]);
    expect(layout.markers).toEqual([]);
    expect(layout.circles).toHaveLength(3);
  });
});

const levelSet = fc
  .subarray(LEVELS, { minLength: 1 })
  .map((levels) => levels as readonly LevelId[]);

describe('layoutVenn properties', () => {
  it('holds for any container size (built-in catalog)', () => {
    const areas = AREAS.map((a) => ({ id: a.id, levels: a.levels }));
    fc.assert(
      fc.property(
        fc.integer({ min: 200, max: 2000 }),
        fc.integer({ min: 200, max: 2000 }),
        (w, h) => {
          const layout = layoutVenn(areas, { width: w, height: h });
          expect(layout.markers).toHaveLength(20);
          expect(problems(layout, areas)).toEqual([]);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('holds for random custom catalogs of up to 40 areas', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 999 }), { minLength: 0, maxLength: 40 }),
        fc.array(levelSet, { minLength: 40, maxLength: 40 }),
        (ids, levels) => {
          const areas = ids.map((id, i) => ({ id, levels: levels[i]! }));
          const layout = layoutVenn(areas);
          expect(layout.markers).toHaveLength(areas.length);
          expect(problems(layout, areas)).toEqual([]);
          for (const m of layout.markers) {
            const area = areas.find((a) => a.id === m.id)!;
            expect(pointMask(layout, m.x, m.y)).toBe(levelMask(area.levels));
          }
        },
      ),
      { numRuns: Number(process.env.FC_RUNS ?? 60) },
    );
  });

  it('keeps markers legible: at least a third of the full size for 40 areas in any one region', () => {
    for (let mask = 1; mask <= 7; mask++) {
      const levels = LEVELS.filter((_, bit) => (mask >> bit) & 1);
      const areas = Array.from({ length: 40 }, (_, i) => ({ id: i + 1, levels }));
      const layout = layoutVenn(areas);
      expect(problems(layout, areas), `region ${mask}`).toEqual([]);
      expect(layout.markerRadius).toBeGreaterThan((layout.circles[0].r * 0.085) / 3);
    }
  });
});

describe('precomputed slots', () => {
  it('match a fresh computation (else paste the printed table into precomputed.ts)', () => {
    for (const [key, table] of Object.entries(PRECOMPUTED)) {
      const [size, countText] = key.split('|') as [string, string];
      const [w, h] = size.split('x').map(Number) as [number, number];
      const fresh = computeSlots(vennFrame(w, h), countText.split(',').map(Number));
      const slots: Record<number, [number, number][]> = {};
      for (const [mask, points] of fresh.slots) slots[mask] = points.map((p) => [p.x, p.y]);
      const expected = { radius: fresh.radius, slots };
      expect(table, JSON.stringify({ [key]: expected })).toEqual(expected);
    }
  });

  it('cover the built-in catalog at the default size', () => {
    const counts = [1, 2, 3, 4, 5, 6, 7].map(
      (mask) => AREAS.filter((a) => levelMask(a.levels) === mask).length,
    );
    expect(Object.keys(PRECOMPUTED)).toContain(slotKey(600, 600, counts));
  });
});
