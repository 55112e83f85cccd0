import { describe, expect, it } from 'vitest';
import { THEMES, buildThemes, cssVarName } from '../scripts/lib.mjs';
import { readSources } from '../scripts/sources.mjs';
import { parseHex } from '../src/contrast.js';
import { LEVELS, STATUSES } from './roles.js';

const themes = buildThemes(readSources());
const names = (theme: (typeof THEMES)[number]) => themes[theme].map((t) => t.path.join('.'));

describe('the token sources', () => {
  it('give every theme the same names in the same order', () => {
    for (const theme of THEMES) expect(names(theme)).toEqual(names('light'));
  });

  it('describe every colour token', () => {
    for (const theme of THEMES) {
      const missing = themes[theme].filter((t) => t.type === 'color' && !t.description);
      expect(missing.map((t) => t.path.join('.'))).toEqual([]);
    }
  });

  it('use hex colours only (so contrast can be measured)', () => {
    for (const theme of THEMES) {
      for (const t of themes[theme].filter((x) => x.type === 'color')) {
        expect(() => parseHex(String(t.value)), t.path.join('.')).not.toThrow();
      }
    }
  });

  it('have the roles the widgets use', () => {
    const vars = new Set(themes.light.map((t) => cssVarName(t.path)));
    const required = [
      'color-surface-default',
      'color-surface-raised',
      'color-text-default',
      'color-text-subtle',
      'color-border-default',
      'color-focus-ring',
      'color-accent-default',
      'color-danger-background',
      'color-danger-border',
      'color-danger-text',
      ...LEVELS.flatMap((l) => ['fill', 'stroke', 'text'].map((p) => `color-level-${l}-${p}`)),
      ...STATUSES.flatMap((s) =>
        ['background', 'text', 'border'].map((p) => `color-status-${s}-${p}`),
      ),
      'font-family',
      'focus-ring-width',
      'focus-ring-offset',
      'motion-duration-normal',
    ];
    expect(required.filter((name) => !vars.has(`--mulighetsrom-${name}`))).toEqual([]);
  });

  it('inherit the font from the host page', () => {
    expect(themes.light.find((t) => t.path.join('.') === 'font.family')?.value).toBe('inherit');
  });

  it('make the level fills translucent and everything else opaque', () => {
    for (const theme of THEMES) {
      for (const t of themes[theme].filter((x) => x.type === 'color')) {
        const translucent = parseHex(String(t.value)).a < 1;
        expect(translucent, `${theme} ${t.path.join('.')}`).toBe(
          t.path[1] === 'level' && t.path[3] === 'fill',
        );
      }
    }
  });
});
