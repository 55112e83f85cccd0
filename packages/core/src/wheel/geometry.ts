// The wheel's geometry (issue 13): a year as a circle, January at the top and clockwise, with
// a linear map of days to angles (a leap year has 366 days on the same circle), d3-time giving
// the months and d3-shape's arc() drawing rings, month sectors and activities. An activity that
// crosses New Year is one arc through the top; a one-day activity is a marker. Activities of one
// ring that overlap in time get tracks of their own, so no two shapes overlap. Angles follow
// d3-shape: 0 at 12 o'clock, clockwise, in radians; the centre is (0, 0).
import { arc } from 'd3-shape';
import { utcMonth } from 'd3-time';
import { memoize } from '../memo.js';
import { dateOfDay, daysInYear, localDay, monthOfDay, yearOfDay, yearStart } from './dates.js';
import { placeLabels, type LabelInput, type PlacedLabel } from './labels.js';
import type { DatedActivity } from './order.js';
import type { WheelRing } from './types.js';

const TAU = 2 * Math.PI;

/** Sizes of the drawing, in SVG user units. */
export interface WheelSizes {
  /** The hole in the middle (the year is written there). */
  readonly hole: number;
  /** The outer edge of the rings. */
  readonly rings: number;
  /** The width of the month band outside the rings. */
  readonly monthBand: number;
  /** Half the width and height of the drawing (labels go between the wheel and its edge). */
  readonly halfWidth: number;
  readonly halfHeight: number;
  /** Radius of a one-day marker. */
  readonly marker: number;
}

/** @internal */
export const DEFAULT_SIZES: WheelSizes = {
  hole: 46,
  rings: 200,
  monthBand: 26,
  halfWidth: 440,
  halfHeight: 300,
  marker: 6,
};

/**
 * The angle (radians, 0 at the top, clockwise) of the start of day `day` within its own year:
 * linear in time, so a leap year's 366 days share the circle. (d3-scale's scaleUtc did this
 * same map and cost the widget 12.9 kB gzip; day numbers make it one division.)
 */
export function dayAngle(day: number): number {
  const year = yearOfDay(day);
  return ((day - yearStart(year)) / daysInYear(year)) * TAU;
}

/**
 * The angles an activity spans (from the start of its first day to the end of its last day):
 * `end` is greater than `start`, by at most a full turn; past 2π when it crosses New Year.
 */
export function activityAngles(first: number, last: number): { start: number; end: number } {
  const start = dayAngle(first);
  const turns = yearOfDay(last + 1) - yearOfDay(first);
  const end = dayAngle(last + 1) + turns * TAU;
  return { start, end: Math.min(end, start + TAU) };
}

/** One month's sector of the month band. */
export interface WheelMonthSector {
  readonly month: number;
  readonly startAngle: number;
  readonly endAngle: number;
  /** The sector of the month band (d3 arc path). */
  readonly path: string;
  /** Where the month's name goes (centre of the band). */
  readonly labelX: number;
  readonly labelY: number;
  /** The spoke at the month's start, from the hole to the band's outer edge. */
  readonly spoke: {
    readonly x1: number;
    readonly y1: number;
    readonly x2: number;
    readonly y2: number;
  };
  /** Today is in this month of this year. */
  readonly current: boolean;
}

/** One ring: its band and the tracks overlapping activities are spread over. */
export interface WheelRingBand {
  readonly id: string;
  readonly label: string;
  readonly inner: number;
  readonly outer: number;
  readonly tracks: number;
  /** The whole annulus (d3 arc path). */
  readonly path: string;
  /** Where the ring's name goes: on the band at the top, just right of 12 o'clock. */
  readonly labelY: number;
}

/** One activity's shape. */
export interface WheelShape {
  readonly id: string;
  readonly ring: string;
  /** Its place in time order (0-based), the keyboard's order. */
  readonly order: number;
  readonly kind: 'arc' | 'marker';
  readonly startAngle: number;
  readonly endAngle: number;
  readonly inner: number;
  readonly outer: number;
  /** The arc (d3 arc path); for a marker the circle's centre and radius. */
  readonly path?: string;
  readonly cx: number;
  readonly cy: number;
  readonly r: number;
  /** Crosses New Year (the arc goes through the top). */
  readonly wraps: boolean;
}

export interface WheelLayout {
  readonly year: number;
  readonly sizes: WheelSizes;
  readonly months: readonly WheelMonthSector[];
  readonly rings: readonly WheelRingBand[];
  readonly shapes: readonly WheelShape[];
  /** Labels placed outside the wheel, none overlapping. */
  readonly labels: readonly PlacedLabel[];
  /** Activities whose label did not fit: a number each, listed in the legend (time order). */
  readonly legend: readonly { readonly id: string; readonly number: number }[];
  /** The line at today's angle, when today is in the year. */
  readonly today?: {
    readonly angle: number;
    readonly x1: number;
    readonly y1: number;
    readonly x2: number;
    readonly y2: number;
  };
}

export interface WheelLayoutOptions {
  readonly year: number;
  readonly rings: readonly WheelRing[];
  /** The year's activities in time order (`activitiesInYear()`). */
  readonly activities: readonly DatedActivity[];
  /** The clock: today's date decides the today line and the current month. */
  readonly now?: Date;
  readonly sizes?: WheelSizes;
  /** Width of a label's text in user units (default: an estimate from its length). */
  readonly measure?: (text: string) => number;
}

const point = (angle: number, radius: number): [number, number] => [
  Math.sin(angle) * radius,
  -Math.cos(angle) * radius,
];

const round = (n: number): number => Math.round(n * 100) / 100;

/** True when the angle intervals [a1, b1] and [a2, b2] overlap on the circle. */
function overlaps(a1: number, b1: number, a2: number, b2: number): boolean {
  for (const shift of [-TAU, 0, TAU]) if (a1 < b2 + shift && a2 + shift < b1) return true;
  return false;
}

/**
 * The track (0 = outermost) of each activity of one ring: the first track where it overlaps
 * nothing, taking the activities by start angle. Returns the tracks and how many there are.
 */
function assignTracks(spans: readonly { start: number; end: number }[]): {
  track: number[];
  count: number;
} {
  const order = spans.map((_, i) => i).sort((a, b) => spans[a]!.start - spans[b]!.start);
  const tracks: { start: number; end: number }[][] = [];
  const track: number[] = new Array<number>(spans.length).fill(0);
  for (const i of order) {
    const span = spans[i]!;
    let t = tracks.findIndex((list) =>
      list.every((o) => !overlaps(span.start, span.end, o.start, o.end)),
    );
    if (t < 0) t = tracks.push([]) - 1;
    tracks[t]!.push(span);
    track[i] = t;
  }
  return { track, count: Math.max(1, tracks.length) };
}

/** Month sectors, spokes and name positions of a year (the same for every render of it). */
function monthSectors(year: number, currentMonth: number, sizes: WheelSizes): WheelMonthSector[] {
  const outer = sizes.rings + sizes.monthBand;
  const starts = utcMonth.range(dateOfDay(yearStart(year)), dateOfDay(yearStart(year + 1)));
  return starts.map((date, month) => {
    const startAngle = dayAngle(date.getTime() / 86_400_000);
    const endAngle = month === 11 ? TAU : dayAngle(starts[month + 1]!.getTime() / 86_400_000);
    const [labelX, labelY] = point((startAngle + endAngle) / 2, sizes.rings + sizes.monthBand / 2);
    const [x1, y1] = point(startAngle, sizes.hole);
    const [x2, y2] = point(startAngle, outer);
    return {
      month,
      startAngle,
      endAngle,
      path: arcPath(sizes.rings, outer, startAngle, endAngle),
      labelX: round(labelX),
      labelY: round(labelY),
      spoke: { x1: round(x1), y1: round(y1), x2: round(x2), y2: round(y2) },
      current: month === currentMonth,
    };
  });
}

type ArcDatum = { innerRadius: number; outerRadius: number; startAngle: number; endAngle: number };

/** Month sectors of a year (the same for every render of it). */
const monthsOf = memoize(
  (year: number, currentMonth: number, sizes: WheelSizes) =>
    `${year}/${currentMonth}/${sizes.hole}/${sizes.rings}/${sizes.monthBand}`,
  monthSectors,
  64,
);

const roundedArc = arc<ArcDatum>().cornerRadius(2);

/**
 * A d3 arc path, memoized: an edit moves one activity, and the other shapes (and the rings)
 * keep their paths.
 */
const arcPath = memoize(
  (innerRadius: number, outerRadius: number, startAngle: number, endAngle: number) =>
    `${innerRadius}/${outerRadius}/${startAngle}/${endAngle}`,
  (innerRadius: number, outerRadius: number, startAngle: number, endAngle: number) =>
    roundedArc({ innerRadius, outerRadius, startAngle, endAngle }) ?? '',
);

/** The wheel of `year`: months, rings, each activity's shape and label. Pure; no DOM. */
export function layoutWheel(options: WheelLayoutOptions): WheelLayout {
  const { year, rings, activities } = options;
  const sizes = options.sizes ?? DEFAULT_SIZES;
  const ringCount = Math.max(1, rings.length);
  const band = (sizes.rings - sizes.hole) / ringCount;
  const ringIndex = new Map(rings.map((ring, i) => [ring.id, i]));

  // Months (d3-time), their angles (dayAngle) and sectors (d3-shape).
  const today = options.now ? localDay(options.now) : undefined;
  const currentMonth = today !== undefined && yearOfDay(today) === year ? monthOfDay(today) : -1;
  const outer = sizes.rings + sizes.monthBand;
  const months = monthsOf(year, currentMonth, sizes);

  // Activities: spans per ring, tracks, shapes. The first ring is the outermost.
  const spans = activities.map((a) => {
    const { start, end } = activityAngles(a.first, a.last);
    const one = a.first === a.last;
    const ring = ringIndex.get(a.activity.ring) ?? 0;
    const ringInner = sizes.rings - band * (ring + 1);
    // A marker takes the angle its circle covers at the ring's inner edge.
    const half = one ? Math.max((end - start) / 2, (sizes.marker + 1) / Math.max(ringInner, 1)) : 0;
    const mid = (start + end) / 2;
    return one ? { start: mid - half, end: mid + half, ring, one } : { start, end, ring, one };
  });
  const byRing = new Map<number, number[]>();
  spans.forEach((s, i) => byRing.set(s.ring, [...(byRing.get(s.ring) ?? []), i]));
  const trackOf = new Array<number>(spans.length).fill(0);
  const trackCount = new Map<number, number>();
  for (const [ring, members] of byRing) {
    const { track, count } = assignTracks(members.map((i) => spans[i]!));
    members.forEach((i, k) => (trackOf[i] = track[k]!));
    trackCount.set(ring, count);
  }

  const ringBands: WheelRingBand[] = rings.map((ring, i) => {
    const ringOuter = sizes.rings - band * i;
    const ringInner = ringOuter - band;
    return {
      id: ring.id,
      label: ring.label,
      inner: ringInner,
      outer: ringOuter,
      tracks: trackCount.get(i) ?? 1,
      path: arcPath(ringInner, ringOuter, 0, TAU),
      labelY: round(-(ringInner + ringOuter) / 2),
    };
  });

  const shapes: WheelShape[] = activities.map((a, order) => {
    const span = spans[order]!;
    const ring = ringBands[span.ring];
    const ringOuter = ring?.outer ?? sizes.rings;
    const count = trackCount.get(span.ring) ?? 1;
    const thickness = band / count;
    const shapeOuter = ringOuter - thickness * trackOf[order]!;
    const shapeInner = shapeOuter - thickness;
    const mid = (span.start + span.end) / 2;
    const [cx, cy] = point(mid, (shapeInner + shapeOuter) / 2);
    const common = {
      id: a.activity.id,
      ring: a.activity.ring,
      order,
      startAngle: span.start,
      endAngle: span.end,
      inner: round(shapeInner),
      outer: round(shapeOuter),
      cx: round(cx),
      cy: round(cy),
      wraps: span.end > TAU,
    };
    if (span.one)
      return { ...common, kind: 'marker', r: round(Math.min(sizes.marker, thickness / 2 - 0.5)) };
    const gap = Math.min(0.004, (span.end - span.start) / 4);
    return {
      ...common,
      kind: 'arc',
      r: 0,
      path: arcPath(shapeInner + 0.75, shapeOuter - 0.75, span.start + gap, span.end - gap),
    };
  });

  // Labels outside the wheel, at each activity's middle; a number in the legend for the rest.
  const inputs: LabelInput[] = shapes.map((shape, i) => ({
    id: shape.id,
    text: activities[i]!.activity.title,
    angle: ((((shape.startAngle + shape.endAngle) / 2) % TAU) + TAU) % TAU,
  }));
  const placed = placeLabels(inputs, {
    radius: outer + 8,
    halfWidth: sizes.halfWidth,
    halfHeight: sizes.halfHeight,
    ...(options.measure ? { measure: options.measure } : {}),
  });

  let todayLine: WheelLayout['today'];
  if (today !== undefined && yearOfDay(today) === year) {
    const angle =
      (dayAngle(today) +
        dayAngle(today + 1) +
        (monthOfDay(today + 1) === 0 && monthOfDay(today) === 11 ? TAU : 0)) /
      2;
    const [x1, y1] = point(angle, sizes.hole - 6);
    const [x2, y2] = point(angle, outer + 4);
    todayLine = { angle, x1: round(x1), y1: round(y1), x2: round(x2), y2: round(y2) };
  }

  return {
    year,
    sizes,
    months,
    rings: ringBands,
    shapes,
    labels: placed.labels,
    legend: placed.legend,
    ...(todayLine ? { today: todayLine } : {}),
  };
}
