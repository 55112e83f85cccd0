import { describe, expect, it } from 'vitest';
import { THEMES, buildThemes, nestTokens } from '../scripts/lib.mjs';
import { readSources } from '../scripts/sources.mjs';
import { composite, contrastRatio, parseHex, relativeLuminance, toHex } from '../src/contrast.js';
import { LEVELS, STATUSES } from './roles.js';

describe('colour maths', () => {
  it('parses hex forms', () => {
    expect(parseHex('#fff')).toEqual({ r: 255, g: 255, b: 255, a: 1 });
    expect(parseHex('#0a56b0')).toEqual({ r: 10, g: 86, b: 176, a: 1 });
    expect(parseHex('#00000080').a).toBeCloseTo(128 / 255);
    expect(() => parseHex('rgb(0 0 0)')).toThrow(/hex/);
    expect(() => parseHex('#12345')).toThrow(/hex/);
  });

  it('computes WCAG luminance and ratios', () => {
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1);
    expect(relativeLuminance('#000000')).toBe(0);
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21);
    // Known reference values: #767676 is the lightest grey that passes 4.5:1 on white.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
  });

  it('composites translucent colours before measuring', () => {
    expect(toHex(composite('#00000080', '#ffffff'))).toBe('#7f7f7f');
    expect(composite('#0000ff00', '#ff0000')).toMatchObject({ r: 255, g: 0, b: 0, a: 1 });
    expect(() => relativeLuminance('#00000080')).toThrow(/Composite/);
    // Half-transparent black on white is mid grey, far below black's 21:1.
    expect(contrastRatio('#00000080', '#ffffff')).toBeCloseTo(
      contrastRatio('#7f7f7f', '#ffffff'),
      1,
    );
  });
});

// ---------------------------------------------------------------------------------------------
// The token colours themselves, in every theme.

type Colors = {
  surface: { default: string; raised: string };
  text: { default: string; subtle: string };
  border: { default: string };
  focus: { ring: string };
  accent: { default: string; hover: string; subtle: string; contrast: string };
  danger: { background: string; border: string; text: string };
  level: Record<string, { fill: string; stroke: string; text: string }>;
  status: Record<string, { background: string; text: string; border: string }>;
};

/** WCAG 2.1 AA (1.4.3 text, 1.4.11 graphics); the high-contrast theme aims at AAA text. */
const MINIMUM = {
  light: { text: 4.5, graphic: 3 },
  dark: { text: 4.5, graphic: 3 },
  'high-contrast': { text: 7, graphic: 4.5 },
} as const;

interface Check {
  label: string;
  fg: string;
  bg: string;
  kind: 'text' | 'graphic';
}

/** Every foreground/background pair the widgets use. */
function contrastChecks(c: Colors): Check[] {
  const checks: Check[] = [];
  const text = (label: string, fg: string, bg: string): void => {
    checks.push({ label, fg, bg, kind: 'text' });
  };
  const graphic = (label: string, fg: string, bg: string): void => {
    checks.push({ label, fg, bg, kind: 'graphic' });
  };
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
    for (const level of LEVELS) {
      text(`level.${level}.text on ${name}`, c.level[level]!.text, bg);
      graphic(`level.${level}.stroke on ${name}`, c.level[level]!.stroke, bg);
    }
    for (const status of STATUSES) {
      graphic(`status.${status}.border on ${name}`, c.status[status]!.border, bg);
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
  for (const [i, a] of LEVELS.entries()) {
    regions.push([a, onSurface(c.level[a]!.fill)]);
    for (const b of LEVELS.slice(i + 1)) {
      regions.push([`${a}+${b}`, toHex(composite(c.level[b]!.fill, onSurface(c.level[a]!.fill)))]);
    }
  }
  const all = LEVELS.reduce((bg, level) => toHex(composite(c.level[level]!.fill, bg)), surface);
  regions.push(['eier+kontor+tjeneste', all]);
  for (const [region, bg] of regions) {
    text(`text.default on fill ${region}`, c.text.default, bg);
    graphic(`focus.ring on fill ${region}`, c.focus.ring, bg);
  }
  for (const level of LEVELS) {
    text(`level.${level}.text on its fill`, c.level[level]!.text, onSurface(c.level[level]!.fill));
    graphic(
      `level.${level}.stroke on its fill`,
      c.level[level]!.stroke,
      onSurface(c.level[level]!.fill),
    );
  }

  for (const status of STATUSES) {
    const s = c.status[status]!;
    text(`status.${status}.text on its background`, s.text, onSurface(s.background));
  }
  return checks;
}

const themes = buildThemes(readSources());
const colorsOf = (theme: (typeof THEMES)[number]): Colors =>
  nestTokens(themes[theme]).color as Colors;

describe.each(THEMES)('contrast in the %s theme', (theme) => {
  const colors = colorsOf(theme);
  const checks = contrastChecks(colors);

  it('covers every level and status', () => {
    expect(Object.keys(colors.level).sort()).toEqual([...LEVELS].sort());
    expect(Object.keys(colors.status).sort()).toEqual([...STATUSES].sort());
    expect(checks.length).toBe(77);
  });

  it(`text ≥ ${MINIMUM[theme].text}:1 and graphics ≥ ${MINIMUM[theme].graphic}:1`, () => {
    const failures = checks
      .map((check) => ({ ...check, ratio: contrastRatio(check.fg, check.bg) }))
      .filter(({ kind, ratio }) => ratio < MINIMUM[theme][kind])
      .map(({ label, fg, bg, ratio }) => `${label}: ${fg} on ${bg} = ${ratio.toFixed(2)}`);
    expect(failures).toEqual([]);
  });
});
