// Labels of the wheel's activities, placed outside the wheel so that none overlaps another, the
// wheel, a leader line or the drawing's edge. Each label is tried at its activity's angle, a step
// further out each time; one that finds no place gets a number instead (tried the same way), and
// every activity without its full label is listed in a numbered legend.

/** One label to place: the text and the angle (0 at the top, clockwise) it belongs at. */
export interface LabelInput {
  readonly id: string;
  readonly text: string;
  readonly angle: number;
}

/** A box in SVG user units (y down). */
export interface LabelBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A placed label: its text (shortened to fit), box, anchor and the leader to its activity. */
export interface PlacedLabel {
  readonly id: string;
  /** The full title, or the activity's number in the legend. */
  readonly text: string;
  readonly numbered: boolean;
  readonly box: LabelBox;
  /** Where the text starts (`start`, right half) or ends (`end`, left half), at its baseline. */
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'end';
  /** From the wheel's edge to the label. */
  readonly leader: {
    readonly x1: number;
    readonly y1: number;
    readonly x2: number;
    readonly y2: number;
  };
}

export interface LabelOptions {
  /** The radius labels start at (the wheel's outer edge and a gap). */
  readonly radius: number;
  readonly halfWidth: number;
  readonly halfHeight: number;
  readonly fontSize?: number;
  readonly lineHeight?: number;
  /** How many steps out a label is tried. */
  readonly steps?: number;
  /** Width of a text in user units; default: 0.62 × font size per character (generous). */
  readonly measure?: (text: string) => number;
  /** Longest label in characters, default 26 (longer titles are cut with «…»; the list has the whole). */
  readonly maxChars?: number;
}

/** @internal */
export const LABEL_FONT_SIZE = 12;

/** A title cut to `max` characters with «…». @internal */
export function shortLabel(text: string, max: number): string {
  const chars = [...text.trim()];
  return chars.length <= max
    ? chars.join('')
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

const round = (n: number): number => Math.round(n * 100) / 100;

/** Boxes overlap (touching edges do not). @internal */
export function boxesOverlap(a: LabelBox, b: LabelBox): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The box comes nearer the centre than `radius`. @internal */
export function boxInsideCircle(box: LabelBox, radius: number): boolean {
  const nx = Math.max(box.x, Math.min(0, box.x + box.width));
  const ny = Math.max(box.y, Math.min(0, box.y + box.height));
  return nx * nx + ny * ny < radius * radius;
}

/** The segment crosses the box (Liang–Barsky clipping). @internal */
export function segmentCrossesBox(
  s: { x1: number; y1: number; x2: number; y2: number },
  box: LabelBox,
): boolean {
  // Quick rejection: the segment's own box misses the box.
  if (Math.max(s.x1, s.x2) <= box.x || Math.min(s.x1, s.x2) >= box.x + box.width) return false;
  if (Math.max(s.y1, s.y2) <= box.y || Math.min(s.y1, s.y2) >= box.y + box.height) return false;
  let t0 = 0;
  let t1 = 1;
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  const edges: [number, number][] = [
    [-dx, s.x1 - box.x],
    [dx, box.x + box.width - s.x1],
    [-dy, s.y1 - box.y],
    [dy, box.y + box.height - s.y1],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q <= 0) return false;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 >= t1) return false;
    }
  }
  return true;
}

/**
 * Places the labels in the given order (time order: the first activities get the first places).
 * Guarantees, for what it returns: no two boxes overlap, no box reaches into the wheel (inside
 * `radius - 2`) or past the drawing's edge, and no leader crosses another label's box. Every
 * input either has its full label or a number in `legend` (numbered 1, 2, … in input order).
 */
export function placeLabels(
  inputs: readonly LabelInput[],
  options: LabelOptions,
): { labels: PlacedLabel[]; legend: { id: string; number: number }[] } {
  const fontSize = options.fontSize ?? LABEL_FONT_SIZE;
  const lineHeight = options.lineHeight ?? Math.round(fontSize * 1.35);
  const steps = options.steps ?? 5;
  const maxChars = options.maxChars ?? 26;
  const measure = options.measure ?? ((text: string) => [...text].length * fontSize * 0.62);
  const edge = options.radius - 2;
  const placed: PlacedLabel[] = [];
  const legend: { id: string; number: number }[] = [];

  const fits = (label: PlacedLabel): boolean => {
    const { box } = label;
    if (box.x < -options.halfWidth || box.x + box.width > options.halfWidth) return false;
    if (box.y < -options.halfHeight || box.y + box.height > options.halfHeight) return false;
    if (boxInsideCircle(box, edge)) return false;
    for (const other of placed) {
      if (boxesOverlap(box, other.box)) return false;
      if (segmentCrossesBox(label.leader, other.box)) return false;
      if (segmentCrossesBox(other.leader, box)) return false;
    }
    return true;
  };

  const attempt = (input: LabelInput, text: string, numbered: boolean): PlacedLabel | undefined => {
    const width = measure(text) + 4;
    const sin = Math.sin(input.angle);
    const cos = Math.cos(input.angle);
    const anchor = sin >= -1e-9 ? 'start' : 'end';
    for (let step = 0; step < steps; step++) {
      const r = options.radius + step * lineHeight;
      const ax = sin * r;
      const ay = -cos * r;
      const box: LabelBox = {
        x: round(anchor === 'start' ? ax : ax - width),
        y: round(ay - lineHeight / 2),
        width: round(width),
        height: lineHeight,
      };
      const label: PlacedLabel = {
        id: input.id,
        text,
        numbered,
        box,
        x: round(anchor === 'start' ? ax + 2 : ax - 2),
        y: round(ay + fontSize * 0.35),
        anchor,
        leader: {
          x1: round(sin * (options.radius - 8)),
          y1: round(-cos * (options.radius - 8)),
          x2: round(ax),
          y2: round(ay),
        },
      };
      if (fits(label)) return label;
    }
    return undefined;
  };

  for (const input of inputs) {
    const full = attempt(input, shortLabel(input.text, maxChars), false);
    if (full) {
      placed.push(full);
      continue;
    }
    const number = legend.length + 1;
    legend.push({ id: input.id, number });
    const short = attempt(input, String(number), true);
    if (short) placed.push(short);
  }
  return { labels: placed, legend };
}
