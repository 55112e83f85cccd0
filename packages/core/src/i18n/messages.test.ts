import { describe, expect, it } from 'vitest';
import * as i18n from './index.js';
import { LANGS } from './lang.js';

// Every `*Messages` export of the i18n index, including sections other modules add later.
const sections = Object.entries(i18n).filter(([name]) => name.endsWith('Messages')) as [
  string,
  Record<string, unknown>,
][];

/** Flatten a catalog into 'a.b' → string (nested groups allowed; anything else is reported). */
function flatten(value: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value)) {
      for (const [k, v] of flatten(inner, prefix ? `${prefix}.${key}` : key)) out.set(k, v);
    }
  } else out.set(prefix, value);
  return out;
}

const placeholders = (text: string): string[] =>
  [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string))].sort();

describe('message catalogs', () => {
  it('finds the built-in sections', () => {
    const names = sections.map(([name]) => name);
    expect(names).toContain('commonMessages');
    expect(names).toContain('errorMessages');
  });

  for (const [name, catalog] of sections) {
    describe(name, () => {
      it('has exactly the languages nb, nn, en', () => {
        expect(Object.keys(catalog).sort()).toEqual([...LANGS].sort());
      });

      const reference = flatten(catalog.nb);

      it('has at least one message', () => {
        expect(reference.size).toBeGreaterThan(0);
      });

      for (const lang of LANGS) {
        it(`${lang}: same keys as nb, every value a non-empty string`, () => {
          const messages = flatten(catalog[lang]);
          expect([...messages.keys()].sort()).toEqual([...reference.keys()].sort());
          for (const [key, text] of messages) {
            expect(typeof text, `${name}.${lang}.${key}`).toBe('string');
            expect((text as string).trim(), `${name}.${lang}.${key}`).not.toBe('');
          }
        });

        it(`${lang}: same placeholders as nb`, () => {
          const messages = flatten(catalog[lang]);
          for (const [key, text] of reference) {
            const other = messages.get(key);
            if (typeof text !== 'string' || typeof other !== 'string') continue;
            expect(placeholders(other), `${name}.${lang}.${key}`).toEqual(placeholders(text));
          }
        });
      }
    });
  }
});
