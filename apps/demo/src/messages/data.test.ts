import { describe, expect, it } from 'vitest';
import { dataErrorMessages, dataMessages } from './data.js';

/** Every leaf string of a catalog, by its path. */
function leaves(value: unknown, path = ''): Map<string, string> {
  const found = new Map<string, string>();
  if (typeof value === 'string') found.set(path, value);
  else if (value && typeof value === 'object')
    for (const [key, inner] of Object.entries(value))
      for (const [p, text] of leaves(inner, `${path}.${key}`)) found.set(p, text);
  return found;
}

describe('data catalog', () => {
  it('has every text in nb, nn and en, none empty, placeholders alike', () => {
    for (const catalog of [dataMessages, dataErrorMessages]) {
      const nb = leaves(catalog.nb);
      for (const lang of ['nn', 'en'] as const) {
        const other = leaves(catalog[lang]);
        expect([...other.keys()]).toEqual([...nb.keys()]);
        for (const [path, text] of other) {
          expect(text.trim(), `${lang}${path}`).not.toBe('');
          const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
          expect(holes(text), `${lang}${path}`).toEqual(holes(nb.get(path)!));
        }
      }
    }
  });

  it('asks the two-tab question in the words of the issue', () => {
    expect(dataMessages.nb.conflictNotice).toBe(
      'Endret i en annen fane — last inn på nytt eller ta over?',
    );
  });
});
