import { describe, expect, it } from 'vitest';
import { aroundMessages } from './around.js';

/** Every string of a catalog by its path, e.g. `print.posters.model`. */
function strings(value: unknown, path = ''): Map<string, string> {
  if (typeof value === 'string') return new Map([[path, value]]);
  return new Map(
    Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) => [
      ...strings(inner, path ? `${path}.${key}` : key),
    ]),
  );
}

const slots = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the catalog of the views around the workspace', () => {
  const nb = strings(aroundMessages.nb);

  it('nn and en have every string of nb, none empty, with the same {slots}', () => {
    for (const lang of ['nn', 'en'] as const) {
      const other = strings(aroundMessages[lang]);
      expect([...other.keys()]).toEqual([...nb.keys()]);
      for (const [path, text] of other) {
        expect(text.trim(), `${lang} ${path}`).not.toBe('');
        expect(slots(text), `${lang} ${path}`).toEqual(slots(nb.get(path)!));
      }
    }
  });
});
