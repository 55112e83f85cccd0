/**
 * WCAG 2.1 colour maths and the list of colour pairs the themes must keep readable: the one
 * source for the token tests and the Storybook page (not shipped).
 * Colours are `#rgb`, `#rrggbb` or `#rrggbbaa` strings, the only forms the tokens use.
 */
import type { ThemeName } from '../scripts/lib.mjs';

export interface Rgba {
  /** 0–255 */
  r: number;
  g: number;
  b: number;
  /** 0–1 */
  a: number;
}

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i;

export function parseHex(color: string): Rgba {
  if (!HEX.test(color)) throw new Error(`Not a hex colour: ${color}`);
  let hex = color.slice(1);
  if (hex.length === 3) hex = [...hex].map((c) => c + c).join('');
  const byte = (i: number): number => Number.parseInt(hex.slice(i, i + 2), 16);
  return { r: byte(0), g: byte(2), b: byte(4), a: hex.length === 8 ? byte(6) / 255 : 1 };
}

export function toHex({ r, g, b }: Rgba): string {
  const part = (v: number): string => Math.round(v).toString(16).padStart(2, '0');
  return `#${part(r)}${part(g)}${part(b)}`;
}

/** Source-over compositing of `top` on `bottom`; the result is opaque when `bottom` is. */
export function composite(top: string | Rgba, bottom: string | Rgba): Rgba {
  const t = typeof top === 'string' ? parseHex(top) : top;
  const b = typeof bottom === 'string' ? parseHex(bottom) : bottom;
  const a = t.a + b.a * (1 - t.a);
  if (a === 0) return { r: 0, g: 0, b: 0, a: 0 };
  const mix = (x: number, y: number): number => (x * t.a + y * b.a * (1 - t.a)) / a;
  return { r: mix(t.r, b.r), g: mix(t.g, b.g), b: mix(t.b, b.b), a };
}

/** Relative luminance (WCAG 2.1, sRGB). Translucent colours must be composited first. */
export function relativeLuminance(color: string | Rgba): number {
  const c = typeof color === 'string' ? parseHex(color) : color;
  if (c.a < 1) throw new Error('Composite a translucent colour before measuring it');
  const channel = (v: number): number => {
    const s = v / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
}

/** WCAG contrast ratio, 1–21. A translucent foreground is composited on the background. */
export function contrastRatio(foreground: string | Rgba, background: string | Rgba): number {
  const bg = typeof background === 'string' ? parseHex(background) : background;
  const fg = composite(foreground, bg);
  const [hi, lo] = [relativeLuminance(fg), relativeLuminance(bg)].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (hi + 0.05) / (lo + 0.05);
}

// ---------------------------------------------------------------------------------------------
// The pairs: every foreground/background combination the widgets paint.

/** `color.*` of one theme, nested (`nestTokens(theme).color`): the roles the pairs read. */
export interface ThemeColors {
  surface: { default: string; raised: string };
  text: { default: string; subtle: string };
  border: { default: string };
  focus: { ring: string };
  accent: { default: string; hover: string; subtle: string; contrast: string };
  danger: { background: string; border: string; text: string };
  /** In token order, which is the paint order: each circle lies over the ones before it. */
  level: Readonly<Record<string, { fill: string; stroke: string; text: string }>>;
  status: Readonly<Record<string, { background: string; text: string; border: string }>>;
}

/** WCAG 2.1 1.4.3 (text) or 1.4.11 (borders, strokes, focus ring). */
export type ContrastKind = 'text' | 'graphic';

export interface ContrastPair {
  /** What is measured, e.g. `level.eier.text on surface-raised`. */
  label: string;
  fg: string;
  /** Opaque: translucent fills are composited on the surface (and on each other) first. */
  bg: string;
  kind: ContrastKind;
}

/** WCAG 2.1 AA (1.4.3 text, 1.4.11 graphics); the high-contrast theme aims at AAA text. */
export const CONTRAST_MINIMUM: Readonly<Record<ThemeName, Readonly<Record<ContrastKind, number>>>> =
  {
    light: { text: 4.5, graphic: 3 },
    dark: { text: 4.5, graphic: 3 },
    'high-contrast': { text: 7, graphic: 4.5 },
  };

/** Every foreground/background pair the widgets use, in one theme. */
export function contrastPairs(c: ThemeColors): ContrastPair[] {
  const pairs: ContrastPair[] = [];
  const text = (label: string, fg: string, bg: string): void => {
    pairs.push({ label, fg, bg, kind: 'text' });
  };
  const graphic = (label: string, fg: string, bg: string): void => {
    pairs.push({ label, fg, bg, kind: 'graphic' });
  };
  const levels = Object.entries(c.level);
  const statuses = Object.entries(c.status);
  const surface = c.surface.default;
  const surfaces = { surface: surface, 'surface-raised': c.surface.raised };
  const onSurface = (color: string): string => toHex(composite(color, surface));

  for (const [name, bg] of Object.entries(surfaces)) {
    text(`text.default on ${name}`, c.text.default, bg);
    text(`text.subtle on ${name}`, c.text.subtle, bg);
    text(`accent.default (link) on ${name}`, c.accent.default, bg);
    graphic(`border.default on ${name}`, c.border.default, bg);
    graphic(`focus.ring on ${name}`, c.focus.ring, bg);
    graphic(`danger.border on ${name}`, c.danger.border, bg);
    for (const [level, colors] of levels) {
      text(`level.${level}.text on ${name}`, colors.text, bg);
      graphic(`level.${level}.stroke on ${name}`, colors.stroke, bg);
    }
    for (const [status, colors] of statuses) {
      graphic(`status.${status}.border on ${name}`, colors.border, bg);
    }
  }
  text('text.default on accent.subtle', c.text.default, onSurface(c.accent.subtle));
  text('accent.contrast on accent.default', c.accent.contrast, c.accent.default);
  text('accent.contrast on accent.hover', c.accent.contrast, c.accent.hover);
  text('danger.text on danger.background', c.danger.text, onSurface(c.danger.background));
  text('text.default on danger.background', c.text.default, onSurface(c.danger.background));
  graphic('danger.border on danger.background', c.danger.border, onSurface(c.danger.background));

  // The circles are translucent: measure on the composited colour, alone and where they overlap.
  const regions: [string, string][] = [];
  for (const [i, [a, colorsA]] of levels.entries()) {
    regions.push([a, onSurface(colorsA.fill)]);
    for (const [b, colorsB] of levels.slice(i + 1)) {
      regions.push([`${a}+${b}`, toHex(composite(colorsB.fill, onSurface(colorsA.fill)))]);
    }
  }
  if (levels.length > 2) {
    const all = levels.reduce((bg, [, colors]) => toHex(composite(colors.fill, bg)), surface);
    regions.push([levels.map(([level]) => level).join('+'), all]);
  }
  for (const [region, bg] of regions) {
    text(`text.default on fill ${region}`, c.text.default, bg);
    graphic(`focus.ring on fill ${region}`, c.focus.ring, bg);
  }
  for (const [level, colors] of levels) {
    text(`level.${level}.text on its fill`, colors.text, onSurface(colors.fill));
    graphic(`level.${level}.stroke on its fill`, colors.stroke, onSurface(colors.fill));
  }

  for (const [status, colors] of statuses) {
    text(`status.${status}.text on its background`, colors.text, onSurface(colors.background));
  }
  return pairs;
}
