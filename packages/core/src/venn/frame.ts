import { LEVEL_IDS } from '../catalog/levels.js';
import type { LevelId } from '../types.js';

/** One level's circle in viewBox units, with where its name goes (outside the circle). */
export interface VennCircle {
  readonly level: LevelId;
  readonly cx: number;
  readonly cy: number;
  readonly r: number;
  readonly labelX: number;
  readonly labelY: number;
}

/** A rectangle kept free of markers (the centre label). */
export interface VennBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The fixed part of the diagram: three circles, the centre label and its reserved box. */
export interface VennFrame {
  readonly width: number;
  readonly height: number;
  readonly circles: readonly [VennCircle, VennCircle, VennCircle];
  /** Where the users / social-mission label is centred. */
  readonly centre: { readonly x: number; readonly y: number };
  /** The box around the centre label; markers stay clear of it. */
  readonly centreBox: VennBox;
}

/** Circle order everywhere: bit 0 eier, bit 1 kontor, bit 2 tjeneste (the catalog's order). @internal */
export const VENN_LEVELS: readonly LevelId[] = LEVEL_IDS;

/** Default viewBox: about square, the size the component draws in. @internal */
export const DEFAULT_WIDTH = 600;
/** @internal */
export const DEFAULT_HEIGHT = 600;

/** Distance between circle centres as a share of the radius: the owner-only crescent must
 *  hold seven markers, so the circles overlap a little less than the classic d = r. */
const SPREAD = 1.08;
/** Space above and below the circles for the level names, as a share of the radius. */
const LABEL_SPACE = 0.16;
const PADDING = 4;

/**
 * Three circles (eier top-left, kontor top-right, tjeneste bottom) scaled and centred to fit
 * `width` × `height`. Pure and deterministic.
 * @internal
 */
export function vennFrame(width = DEFAULT_WIDTH, height = DEFAULT_HEIGHT): VennFrame {
  const rowGap = (SPREAD * Math.sqrt(3)) / 2;
  // Horizontal extent 2r + d; vertical extent 2r + row gap + label space top and bottom.
  const r = Math.min(
    (width - 2 * PADDING) / (2 + SPREAD),
    (height - 2 * PADDING) / (2 + rowGap + 2 * LABEL_SPACE),
  );
  const d = SPREAD * r;
  const cx = width / 2;
  const totalHeight = r * (2 + rowGap + 2 * LABEL_SPACE);
  const top = (height - totalHeight) / 2 + r * LABEL_SPACE + r;
  const bottom = top + d * (Math.sqrt(3) / 2);
  const labelGap = r * LABEL_SPACE * 0.45;
  const circles: [VennCircle, VennCircle, VennCircle] = [
    { level: 'eier', cx: cx - d / 2, cy: top, r, labelX: cx - d / 2, labelY: top - r - labelGap },
    { level: 'kontor', cx: cx + d / 2, cy: top, r, labelX: cx + d / 2, labelY: top - r - labelGap },
    {
      level: 'tjeneste',
      cx,
      cy: bottom,
      r,
      labelX: cx,
      labelY: bottom + r + labelGap + r * 0.08,
    },
  ];
  // The centroid of the three centres is the middle of the centre region, a triangle pointing
  // down: the label goes in its wide upper part and marker 1 below it.
  const gy = (2 * top + bottom) / 3;
  const centre = { x: cx, y: gy - r * 0.1 };
  const boxWidth = r * 0.62;
  const boxHeight = r * 0.22;
  return {
    width,
    height,
    circles,
    centre,
    centreBox: {
      x: centre.x - boxWidth / 2,
      y: centre.y - boxHeight / 2,
      width: boxWidth,
      height: boxHeight,
    },
  };
}

/** Bit mask of a level set: eier 1, kontor 2, tjeneste 4. The seven regions are masks 1–7. */
export function levelMask(levels: readonly LevelId[]): number {
  let mask = 0;
  for (const level of levels) {
    const index = VENN_LEVELS.indexOf(level);
    if (index >= 0) mask |= 1 << index;
  }
  return mask;
}

/** Which circles contain the point, as a mask (0 = outside all). @internal */
export function pointMask(frame: VennFrame, x: number, y: number): number {
  let mask = 0;
  for (let i = 0; i < 3; i++) {
    const c = frame.circles[i]!;
    const dx = x - c.cx;
    const dy = y - c.cy;
    if (dx * dx + dy * dy < c.r * c.r) mask |= 1 << i;
  }
  return mask;
}

/** Distance from the point to the nearest circle boundary. @internal */
export function boundaryDistance(frame: VennFrame, x: number, y: number): number {
  let min = Infinity;
  for (const c of frame.circles) {
    const dx = x - c.cx;
    const dy = y - c.cy;
    min = Math.min(min, Math.abs(Math.sqrt(dx * dx + dy * dy) - c.r));
  }
  return min;
}

/** Distance from a point to a box (0 inside). @internal */
export function boxDistance(box: VennBox, x: number, y: number): number {
  const dx = Math.max(box.x - x, 0, x - (box.x + box.width));
  const dy = Math.max(box.y - y, 0, y - (box.y + box.height));
  return Math.hypot(dx, dy);
}
