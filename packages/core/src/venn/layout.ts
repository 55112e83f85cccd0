import type { LevelId } from '../types.js';
import {
  boundaryDistance,
  boxDistance,
  DEFAULT_HEIGHT,
  DEFAULT_WIDTH,
  levelMask,
  pointMask,
  vennFrame,
  type VennFrame,
} from './frame.js';
import { PRECOMPUTED } from './precomputed.js';

/** An area to place: its id and its levels (which decide the region). */
export interface VennAreaInput {
  readonly id: number;
  readonly levels: readonly LevelId[];
}

/** A placed marker in viewBox units. `region` is the level mask (1–7). */
export interface VennMarker {
  readonly id: number;
  readonly x: number;
  readonly y: number;
  readonly r: number;
  readonly region: number;
}

export interface VennLayout extends VennFrame {
  /** One marker per input area with a valid level set, in input order. */
  readonly markers: readonly VennMarker[];
  /** The marker radius used (the same for every marker). */
  readonly markerRadius: number;
  /** The least free space kept between a marker and a boundary, another marker or the label. */
  readonly gap: number;
}

export interface VennLayoutOptions {
  readonly width?: number;
  readonly height?: number;
}

/** Largest marker radius as a share of the circle radius, and the smallest before we give up
 *  shrinking (a marker must still hold a two-digit number). */
const MAX_MARKER = 0.085;
const MIN_MARKER = 0.028;
const SHRINK = 0.92;
/** Free space kept around a marker, as a share of its radius (shrinks with it). */
const GAP = 0.2;
/** Grid step as a share of the circle radius: fine enough for ~40 markers in one region. */
const STEP = 0.03;
const LLOYD_ROUNDS = 8;

interface Candidate {
  readonly x: number;
  readonly y: number;
  /** Free space around the point: to circle boundaries and, in the centre, the label box. */
  readonly clearance: number;
}

/** Grid points per region with their clearance. Depends only on the frame, so it is cached. */
function sampleRegions(frame: VennFrame): Map<number, Candidate[]> {
  const r = frame.circles[0].r;
  const step = r * STEP;
  const xs = frame.circles.map((c) => c.cx);
  const ys = frame.circles.map((c) => c.cy);
  // The grid is aligned on the centre so the layout stays mirror-symmetric.
  const { x: gx, y: gy } = frame.centre;
  const x0 = gx - Math.ceil((gx - Math.min(...xs) + r) / step) * step;
  const x1 = Math.max(...xs) + r;
  const y0 = gy - Math.ceil((gy - Math.min(...ys) + r) / step) * step;
  const y1 = Math.max(...ys) + r;
  const byRegion = new Map<number, Candidate[]>();
  for (let mask = 1; mask <= 7; mask++) byRegion.set(mask, []);
  for (let y = y0; y < y1; y += step) {
    for (let x = x0; x < x1; x += step) {
      const mask = pointMask(frame, x, y);
      if (mask === 0) continue;
      let clearance = boundaryDistance(frame, x, y);
      if (mask === 7) clearance = Math.min(clearance, boxDistance(frame.centreBox, x, y));
      byRegion.get(mask)!.push({ x, y, clearance });
    }
  }
  return byRegion;
}

function minPairDistance(points: readonly { x: number; y: number }[]): number {
  let min = Infinity;
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      min = Math.min(min, Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y));
    }
  }
  return min;
}

/** Farthest-point sampling: start at the roomiest point, then always add the candidate
 *  farthest from those chosen. Deterministic (ties go to the first candidate). Plain loops and
 *  typed arrays: this runs on the first render, so it must not churn the garbage collector. */
function farthestPoints(candidates: readonly Candidate[], count: number): Candidate[] {
  const total = candidates.length;
  let first = 0;
  for (let i = 1; i < total; i++) {
    if (candidates[i]!.clearance > candidates[first]!.clearance) first = i;
  }
  const chosen = [candidates[first]!];
  const nearest = new Float64Array(total).fill(Infinity);
  let next = first;
  while (chosen.length < count) {
    const { x: nx, y: ny } = candidates[next]!;
    let best = 0;
    for (let i = 0; i < total; i++) {
      const c = candidates[i]!;
      const d = (c.x - nx) * (c.x - nx) + (c.y - ny) * (c.y - ny);
      if (d < nearest[i]!) nearest[i] = d;
      if (nearest[i]! > nearest[best]!) best = i;
    }
    next = best;
    chosen.push(candidates[best]!);
  }
  return chosen;
}

/** A few Lloyd rounds spread the points evenly over the region (centroidal Voronoi); each
 *  result is snapped to the nearest candidate so it keeps the candidates' margins. */
function relax(candidates: readonly Candidate[], seeds: readonly Candidate[]): Candidate[] {
  const k = seeds.length;
  const cx = Float64Array.from(seeds, (s) => s.x);
  const cy = Float64Array.from(seeds, (s) => s.y);
  const sx = new Float64Array(k);
  const sy = new Float64Array(k);
  const n = new Float64Array(k);
  const nearestCentre = (x: number, y: number): number => {
    let best = 0;
    let bestD = Infinity;
    for (let j = 0; j < k; j++) {
      const d = (cx[j]! - x) * (cx[j]! - x) + (cy[j]! - y) * (cy[j]! - y);
      if (d < bestD) {
        best = j;
        bestD = d;
      }
    }
    return best;
  };
  for (let round = 0; round < LLOYD_ROUNDS; round++) {
    sx.fill(0);
    sy.fill(0);
    n.fill(0);
    for (let i = 0; i < candidates.length; i++) {
      const c = candidates[i]!;
      const j = nearestCentre(c.x, c.y);
      sx[j]! += c.x;
      sy[j]! += c.y;
      n[j]! += 1;
    }
    for (let j = 0; j < k; j++) {
      if (n[j]! > 0) {
        cx[j] = sx[j]! / n[j]!;
        cy[j] = sy[j]! / n[j]!;
      }
    }
  }
  const snapped: Candidate[] = [];
  for (let j = 0; j < k; j++) {
    let best = 0;
    let bestD = Infinity;
    for (let i = 0; i < candidates.length; i++) {
      const c = candidates[i]!;
      const d = (cx[j]! - c.x) * (cx[j]! - c.x) + (cy[j]! - c.y) * (cy[j]! - c.y);
      if (d < bestD) {
        best = i;
        bestD = d;
      }
    }
    snapped.push(candidates[best]!);
  }
  return snapped;
}

/** `count` well-spread slots in a region with the given margin and spacing, or undefined. */
function regionSlots(
  all: readonly Candidate[],
  count: number,
  margin: number,
  spacing: number,
): Candidate[] | undefined {
  const candidates = all.filter((c) => c.clearance >= margin);
  if (candidates.length < count) return undefined;
  const seeds = farthestPoints(candidates, count);
  if (count === 1) return seeds;
  const relaxed = relax(candidates, seeds);
  if (minPairDistance(relaxed) >= spacing) return relaxed;
  return minPairDistance(seeds) >= spacing ? seeds : undefined;
}

/** Reading order (rows top to bottom, then left to right), so numbers run naturally. */
function readingOrder(slots: Candidate[], rowHeight: number): Candidate[] {
  return [...slots].sort(
    (a, b) => Math.round(a.y / rowHeight) - Math.round(b.y / rowHeight) || a.x - b.x,
  );
}

/** Marker slots of one size and one count per region: the costly part, computed once. */
export interface SlotTable {
  readonly radius: number;
  /** Slots per region mask, in reading order. */
  readonly slots: ReadonlyMap<number, readonly { readonly x: number; readonly y: number }[]>;
}

const sampleCache = new Map<string, Map<number, Candidate[]>>();
const slotCache = new Map<string, SlotTable>();
const CACHE_LIMIT = 32;

function remember<V>(cache: Map<string, V>, key: string, value: V): V {
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(key, value);
  return value;
}

/** The key of a slot table: size and the number of areas in regions 1–7. @internal */
export function slotKey(width: number, height: number, counts: readonly number[]): string {
  return `${width}x${height}|${counts.join(',')}`;
}

/**
 * Compute the slots for `counts[mask - 1]` areas in each region: the largest marker radius (in
 * steps) at which every region fits its areas with margins, well spread by farthest-point
 * sampling and Lloyd relaxation. Deterministic.
 * @internal
 */
export function computeSlots(frame: VennFrame, counts: readonly number[]): SlotTable {
  const R = frame.circles[0].r;
  const frameKey = `${frame.width}x${frame.height}`;
  const samples =
    sampleCache.get(frameKey) ?? remember(sampleCache, frameKey, sampleRegions(frame));
  let radius = R * MAX_MARKER;
  for (;;) {
    const gap = radius * GAP;
    const slots = new Map<number, Candidate[]>();
    let fits = true;
    for (let mask = 1; mask <= 7 && fits; mask++) {
      const count = counts[mask - 1]!;
      if (count === 0) continue;
      const found = regionSlots(samples.get(mask)!, count, radius + gap, 2 * radius + gap);
      if (found) slots.set(mask, readingOrder(found, radius));
      else fits = false;
    }
    if (fits) return { radius, slots };
    if (radius * SHRINK < R * MIN_MARKER) {
      // Beyond capacity (far more areas than any catalog has): spread them anyway and let
      // them touch rather than fail to draw.
      for (let mask = 1; mask <= 7; mask++) {
        const count = counts[mask - 1]!;
        if (count === 0) continue;
        const region = samples.get(mask)!;
        const roomy = region.filter((c) => c.clearance >= radius);
        slots.set(mask, readingOrder(farthestPoints(roomy.length ? roomy : region, count), radius));
      }
      return { radius, slots };
    }
    radius *= SHRINK;
  }
}

/** The table for the built-in catalog at the default size ships precomputed (see
 *  precomputed.ts; a unit test checks it against computeSlots), so a first render of the
 *  usual model does no geometry search at all. */
function precomputed(key: string): SlotTable | undefined {
  const table = PRECOMPUTED[key];
  if (!table) return undefined;
  const slots = new Map<number, { x: number; y: number }[]>();
  for (const [mask, points] of Object.entries(table.slots)) {
    slots.set(
      Number(mask),
      points.map(([x, y]) => ({ x, y })),
    );
  }
  return { radius: table.radius, slots };
}

/**
 * Place every area inside exactly the region of its levels, clear of the other regions by at
 * least the marker radius plus a gap, with no two markers overlapping. The slots depend only
 * on the size and on how many areas each region holds, so they are cached; ids are given to
 * slots in ascending order, in reading order. All markers share one radius, shrunk step by
 * step only when a region holds more areas than fit. Areas without a valid level are skipped.
 */
export function layoutVenn(
  areas: readonly VennAreaInput[],
  options: VennLayoutOptions = {},
): VennLayout {
  const width = options.width ?? DEFAULT_WIDTH;
  const height = options.height ?? DEFAULT_HEIGHT;
  const frame = vennFrame(width, height);

  const idsByRegion = new Map<number, number[]>();
  const seen = new Set<number>();
  for (const area of areas) {
    const mask = levelMask(area.levels);
    if (mask === 0 || seen.has(area.id)) continue;
    seen.add(area.id);
    const ids = idsByRegion.get(mask) ?? [];
    ids.push(area.id);
    idsByRegion.set(mask, ids);
  }
  const counts = [1, 2, 3, 4, 5, 6, 7].map((mask) => idsByRegion.get(mask)?.length ?? 0);
  const key = slotKey(width, height, counts);
  const placed =
    slotCache.get(key) ?? remember(slotCache, key, precomputed(key) ?? computeSlots(frame, counts));

  const slotOf = new Map<number, { x: number; y: number; region: number }>();
  for (const [mask, ids] of idsByRegion) {
    const slots = placed.slots.get(mask)!;
    [...ids]
      .sort((a, b) => a - b)
      .forEach((id, i) => slotOf.set(id, { x: slots[i]!.x, y: slots[i]!.y, region: mask }));
  }
  const markers: VennMarker[] = [];
  for (const area of areas) {
    const slot = slotOf.get(area.id);
    if (slot && levelMask(area.levels) === slot.region) {
      markers.push({ id: area.id, x: slot.x, y: slot.y, r: placed.radius, region: slot.region });
    }
  }
  return {
    ...frame,
    markers,
    markerRadius: placed.radius,
    gap: placed.radius * GAP,
  };
}
