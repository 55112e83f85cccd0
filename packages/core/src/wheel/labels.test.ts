import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoOfDay, yearStart } from './dates.js';
import { DEFAULT_SIZES, layoutWheel } from './geometry.js';
import {
  boxesOverlap,
  boxInsideCircle,
  placeLabels,
  segmentCrossesBox,
  shortLabel,
  type LabelInput,
} from './labels.js';
import { activitiesInYear } from './order.js';
import type { WheelDocument } from './types.js';

const OPTIONS = { radius: 240, halfWidth: 460, halfHeight: 310 };

describe('label helpers', () => {
  it('shortens long titles with an ellipsis', () => {
    expect(shortLabel('Kort', 10)).toBe('Kort');
    expect(shortLabel('Analyse av kontorets utfordringer', 12)).toBe('Analyse av…');
  });

  it('tells overlapping boxes, boxes in the wheel and crossing segments apart', () => {
    const a = { x: 0, y: 0, width: 10, height: 10 };
    expect(boxesOverlap(a, { x: 5, y: 5, width: 10, height: 10 })).toBe(true);
    expect(boxesOverlap(a, { x: 10, y: 0, width: 10, height: 10 })).toBe(false);
    expect(boxInsideCircle({ x: 100, y: -5, width: 50, height: 10 }, 120)).toBe(true);
    expect(boxInsideCircle({ x: 130, y: -5, width: 50, height: 10 }, 120)).toBe(false);
    expect(segmentCrossesBox({ x1: -5, y1: 5, x2: 15, y2: 5 }, a)).toBe(true);
    expect(segmentCrossesBox({ x1: -5, y1: 20, x2: 15, y2: 20 }, a)).toBe(false);
  });
});

describe('placeLabels', () => {
  it('places a lone label outside the wheel, on the side of its angle', () => {
    const right = placeLabels([{ id: 'a', text: 'Møte', angle: Math.PI / 2 }], OPTIONS);
    expect(right.legend).toEqual([]);
    expect(right.labels[0]!.anchor).toBe('start');
    expect(right.labels[0]!.box.x).toBeGreaterThanOrEqual(238);
    const left = placeLabels([{ id: 'a', text: 'Møte', angle: (3 * Math.PI) / 2 }], OPTIONS);
    expect(left.labels[0]!.anchor).toBe('end');
    expect(left.labels[0]!.box.x + left.labels[0]!.box.width).toBeLessThanOrEqual(-238);
  });

  it('numbers labels that find no place, in order, and lists them in the legend', () => {
    const crowd: LabelInput[] = Array.from({ length: 30 }, (_, i) => ({
      id: `a${i}`,
      text: 'Partnerskapsmøte med lang tittel',
      angle: 1 + i * 0.001,
    }));
    const { labels, legend } = placeLabels(crowd, OPTIONS);
    expect(legend.length).toBeGreaterThan(0);
    expect(legend.map((l) => l.number)).toEqual(legend.map((_, i) => i + 1));
    const full = labels.filter((l) => !l.numbered).map((l) => l.id);
    for (const input of crowd)
      expect(full.includes(input.id) !== legend.some((l) => l.id === input.id)).toBe(true);
    for (const l of labels.filter((l) => l.numbered))
      expect(l.text).toBe(String(legend.find((e) => e.id === l.id)!.number));
  });
});

// The property the issue asks for: over many random years of activities, labels never overlap
// one another, the wheel or a leader line, stay in the drawing, and every activity has its
// label or a number in the legend.
describe('labels of random years (property)', () => {
  const activity = fc.record({
    ring: fc.constantFrom('a', 'b', 'c', 'd'),
    offset: fc.integer({ min: -30, max: 395 }),
    length: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 90 })),
    title: fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== ''),
  });

  it('never overlaps and leaves no activity without a label or a legend number', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1990, max: 2060 }),
        fc.array(activity, { maxLength: 60 }),
        (year, list) => {
          const start0 = yearStart(year);
          const doc: WheelDocument = {
            rings: ['a', 'b', 'c', 'd'].map((id) => ({ id, label: id })),
            activities: list.map((a, i) => ({
              id: `x${i}`,
              ring: a.ring,
              title: a.title,
              start: isoOfDay(start0 + a.offset),
              ...(a.length ? { end: isoOfDay(start0 + a.offset + a.length) } : {}),
            })),
          };
          const activities = activitiesInYear(doc, year);
          const { labels, legend, sizes } = layoutWheel({ year, rings: doc.rings, activities });
          const wheelEdge = sizes.rings + sizes.monthBand;
          for (let i = 0; i < labels.length; i++) {
            const a = labels[i]!;
            expect(boxInsideCircle(a.box, wheelEdge)).toBe(false);
            expect(a.box.x).toBeGreaterThanOrEqual(-sizes.halfWidth);
            expect(a.box.x + a.box.width).toBeLessThanOrEqual(sizes.halfWidth);
            expect(a.box.y).toBeGreaterThanOrEqual(-sizes.halfHeight);
            expect(a.box.y + a.box.height).toBeLessThanOrEqual(sizes.halfHeight);
            for (let j = 0; j < labels.length; j++) {
              if (i === j) continue;
              const b = labels[j]!;
              expect(boxesOverlap(a.box, b.box), `${a.id} over ${b.id}`).toBe(false);
              expect(segmentCrossesBox(a.leader, b.box), `${a.id}'s leader over ${b.id}`).toBe(
                false,
              );
            }
          }
          const full = new Set(labels.filter((l) => !l.numbered).map((l) => l.id));
          const numbered = new Set(legend.map((l) => l.id));
          for (const a of activities) {
            const id = a.activity.id;
            expect(full.has(id) !== numbered.has(id), id).toBe(true);
          }
          expect(new Set(labels.map((l) => l.id)).size).toBe(labels.length);
        },
      ),
      { numRuns: 250 },
    );
  });

  it('gives a quiet year (the example’s nine activities on four rings) every label in full', () => {
    const doc: WheelDocument = {
      rings: ['a', 'b', 'c', 'd'].map((id) => ({ id, label: id })),
      activities: [1, 2, 3, 4, 6, 8, 9, 10, 11].map((month, i) => ({
        id: `m${i}`,
        ring: ['a', 'b', 'c', 'd'][i % 4]!,
        title: 'Analyse av kontorets utfordringer',
        start: `2027-${String(month).padStart(2, '0')}-05`,
      })),
    };
    const out = layoutWheel({
      year: 2027,
      rings: doc.rings,
      activities: activitiesInYear(doc, 2027),
    });
    expect(out.legend).toEqual([]);
    expect(out.labels).toHaveLength(9);
    expect(DEFAULT_SIZES.halfWidth).toBeGreaterThan(DEFAULT_SIZES.rings);
  });
});
