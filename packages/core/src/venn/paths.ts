import { pointMask, type VennFrame } from './frame.js';

interface Point {
  readonly x: number;
  readonly y: number;
}

const round = (n: number): number => Math.round(n * 100) / 100;

/** The two intersection points of circles i and j. */
function intersections(frame: VennFrame, i: number, j: number): [Point, Point] {
  const a = frame.circles[i]!;
  const b = frame.circles[j]!;
  const dx = b.cx - a.cx;
  const dy = b.cy - a.cy;
  const d = Math.hypot(dx, dy);
  const along = (d * d + a.r * a.r - b.r * b.r) / (2 * d);
  const h = Math.sqrt(Math.max(a.r * a.r - along * along, 0));
  const mx = a.cx + (dx * along) / d;
  const my = a.cy + (dy * along) / d;
  return [
    { x: mx + (h * -dy) / d, y: my + (h * dx) / d },
    { x: mx - (h * -dy) / d, y: my - (h * dx) / d },
  ];
}

/**
 * The arc on circle `c` from `from` to `to` that borders the region `mask`: of the two arcs,
 * the one whose midpoint, nudged to the region's side, lies in the region.
 */
function arc(frame: VennFrame, c: number, from: Point, to: Point, mask: number): string {
  const circle = frame.circles[c]!;
  const a0 = Math.atan2(from.y - circle.cy, from.x - circle.cx);
  const a1 = Math.atan2(to.y - circle.cy, to.x - circle.cx);
  let delta = a1 - a0;
  while (delta <= -Math.PI) delta += 2 * Math.PI;
  while (delta > Math.PI) delta -= 2 * Math.PI;
  const inside = (mask >> c) & 1 ? 0.98 : 1.02;
  const probe = (angle: number): boolean =>
    pointMask(
      frame,
      circle.cx + Math.cos(angle) * circle.r * inside,
      circle.cy + Math.sin(angle) * circle.r * inside,
    ) === mask;
  const short = probe(a0 + delta / 2);
  const sweep = short ? delta > 0 : delta <= 0;
  const r = round(circle.r);
  return `A${r} ${r} 0 ${short ? 0 : 1} ${sweep ? 1 : 0} ${round(to.x)} ${round(to.y)}`;
}

/**
 * SVG path data for the seven regions, keyed by level mask (1 eier, 2 kontor, 4 tjeneste).
 * For three circles that pairwise overlap, each region is bounded by three arcs between the
 * six intersection points; `inner` points lie inside the third circle, `outer` ones outside.
 */
export function regionPaths(frame: VennFrame): Record<number, string> {
  const pairs: [number, number, number][] = [
    [0, 1, 2],
    [0, 2, 1],
    [1, 2, 0],
  ];
  const inner = new Map<string, Point>();
  const outer = new Map<string, Point>();
  for (const [i, j, k] of pairs) {
    const [p, q] = intersections(frame, i, j);
    const third = frame.circles[k]!;
    const pIn = Math.hypot(p.x - third.cx, p.y - third.cy) < third.r;
    inner.set(`${i}${j}`, pIn ? p : q);
    outer.set(`${i}${j}`, pIn ? q : p);
  }
  const I = (i: number, j: number): Point => inner.get(i < j ? `${i}${j}` : `${j}${i}`)!;
  const O = (i: number, j: number): Point => outer.get(i < j ? `${i}${j}` : `${j}${i}`)!;
  // Each region as three (vertex, circle of the arc leaving it) steps.
  const shapes: Record<number, [Point, number][]> = {};
  for (const [i, j, k] of pairs) {
    // Only circle i: outer(i,j) → outer(i,k) along i, → inner(j,k) along k, back along j.
    shapes[1 << i] = [
      [O(i, j), i],
      [O(i, k), k],
      [I(j, k), j],
    ];
    shapes[1 << j] = [
      [O(i, j), j],
      [O(j, k), k],
      [I(i, k), i],
    ];
    shapes[1 << k] = [
      [O(i, k), k],
      [O(j, k), j],
      [I(i, j), i],
    ];
    // Circles i and j without k: outer(i,j) → inner(i,k) along i, → inner(j,k) along k, back along j.
    shapes[(1 << i) | (1 << j)] = [
      [O(i, j), i],
      [I(i, k), k],
      [I(j, k), j],
    ];
  }
  shapes[7] = [
    [I(0, 1), 0],
    [I(0, 2), 2],
    [I(1, 2), 1],
  ];
  const paths: Record<number, string> = {};
  for (const [key, steps] of Object.entries(shapes)) {
    const mask = Number(key);
    const start = steps[0]![0];
    let d = `M${round(start.x)} ${round(start.y)}`;
    steps.forEach(([from, circle], n) => {
      const to = steps[(n + 1) % steps.length]![0];
      d += arc(frame, circle, from, to, mask);
    });
    paths[mask] = `${d}Z`;
  }
  return paths;
}
