import { describe, expect, it } from 'vitest';
import { matrixErrorMessages } from '../matrix/error-messages.js';
import { LANGS } from './lang.js';
import { matrixMessages } from './matrix.js';

// The matrix catalogs are not (yet) re-exported by i18n/index.ts, so messages.test.ts does not
// see them: the same checks here.
const placeholders = (text: string): string[] =>
  [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string))].sort();

const catalogs = { matrixMessages, matrixErrorMessages } as Record<
  string,
  Readonly<Record<string, Readonly<Record<string, string>>>>
>;

for (const [name, catalog] of Object.entries(catalogs)) {
  describe(name, () => {
    it('has exactly the languages nb, nn, en', () => {
      expect(Object.keys(catalog).sort()).toEqual([...LANGS].sort());
    });

    const reference = catalog.nb ?? {};

    for (const lang of LANGS) {
      it(`${lang}: the keys of nb, each a non-empty text with the same placeholders`, () => {
        const messages = catalog[lang] ?? {};
        expect(Object.keys(messages).sort()).toEqual(Object.keys(reference).sort());
        for (const [key, text] of Object.entries(messages)) {
          expect(typeof text, `${name}.${lang}.${key}`).toBe('string');
          expect(text.trim(), `${name}.${lang}.${key}`).not.toBe('');
          expect(placeholders(text), `${name}.${lang}.${key}`).toEqual(
            placeholders(reference[key] ?? ''),
          );
        }
      });
    }
  });
}

describe('matrixMessages', () => {
  it('has the undo steps the issue names', () => {
    expect(matrixMessages.nb.editCell.startsWith('Celle endret')).toBe(true);
    expect(matrixMessages.nb.editRowAdded.startsWith('Rad lagt til')).toBe(true);
  });

  it('nn is Nynorsk, not a copy of nb', () => {
    const same = Object.keys(matrixMessages.nb).filter(
      (key) =>
        matrixMessages.nb[key as keyof typeof matrixMessages.nb] ===
        matrixMessages.nn[key as keyof typeof matrixMessages.nn],
    );
    expect(same.length).toBeLessThan(Object.keys(matrixMessages.nb).length / 2);
  });
});
