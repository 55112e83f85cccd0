/**
 * WCAG 2.1 colour maths for the token tests and the Storybook page (not shipped).
 * Colours are `#rgb`, `#rrggbb` or `#rrggbbaa` strings, the only forms the tokens use.
 */

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
