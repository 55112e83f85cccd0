import { describe, expect, it } from 'vitest';
import { THEMES, buildThemes, nestTokens } from '../scripts/lib.mjs';
import { readSources } from '../scripts/sources.mjs';
import {
  CONTRAST_MINIMUM as MINIMUM,
  composite,
  contrastPairs,
  contrastRatio,
  parseHex,
  relativeLuminance,
  toHex,
  type ThemeColors,
} from '../src/contrast.js';
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
// The token colours themselves, in every theme: the pairs of contrastPairs(), which the
// Storybook page shows with their ratios.

const themes = buildThemes(readSources());
const colorsOf = (theme: (typeof THEMES)[number]): ThemeColors =>
  nestTokens(themes[theme]).color as ThemeColors;

describe.each(THEMES)('contrast in the %s theme', (theme) => {
  const colors = colorsOf(theme);
  const checks = contrastPairs(colors);

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
