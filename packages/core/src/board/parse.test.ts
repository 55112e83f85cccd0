import { describe, expect, it } from 'vitest';
import { quickParseBoard } from './board-schema.js';
import { parseBoard } from './parse.js';
import type { SituationBoardDocument, SwotDocument } from './types.js';

const SWOT = {
  title: 'Flyktningtjenesten',
  subject: 'Flyktningtjenesten',
  strengths: [{ id: 'n1', text: 'Kort vei til bolig', votes: 2, author: 'Kari', color: 'yellow' }],
  weaknesses: [{ text: 'Uten id' }],
  opportunities: [],
  threats: [{ id: 'n3', text: 'Kutt', extra: { kept: true } }],
  ownField: 42,
};

describe('parseBoard', () => {
  it('accepts a SWOT, keeps unknown fields and gives missing ids', () => {
    const result = parseBoard(SWOT, 'swot');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const value = result.value as SwotDocument;
    expect(value.ownField).toBe(42);
    expect(value.threats?.[0]?.extra).toEqual({ kept: true });
    expect(value.weaknesses?.[0]?.id).toBe('n2');
    expect(value).not.toBe(SWOT);
    expect(SWOT.weaknesses[0]).not.toHaveProperty('id');
  });

  it('agrees with the quick check on good data', () => {
    const quick = quickParseBoard(SWOT, 'swot');
    const full = parseBoard(SWOT, 'swot');
    expect(full.ok && full.value).toEqual(quick);
  });

  it('accepts a portfolio array of SWOTs and rejects an empty one', () => {
    const result = parseBoard([SWOT, { subject: 'Rus' }], 'swot');
    expect(result.ok).toBe(true);
    expect(quickParseBoard([], 'swot')).toBeUndefined();
    const empty = parseBoard([], 'swot');
    expect(empty.ok).toBe(false);
  });

  it('rejects an array for the cross and the situation board', () => {
    expect(parseBoard([{}], 'cross').ok).toBe(false);
    expect(quickParseBoard([{}], 'situation')).toBeUndefined();
  });

  it('names each problem with a path, in every language', () => {
    const result = parseBoard(
      {
        strengths: [
          { id: 'a', text: 5 },
          { id: 'a', text: 'x', votes: -1, color: 'red' },
        ],
      },
      'swot',
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.errors.map((e) => e.path);
    expect(paths).toContain('$.strengths[0].text');
    expect(paths).toContain('$.strengths[1].votes');
    expect(paths).toContain('$.strengths[1].color');
    expect(paths).toContain('$.strengths[1].id');
    const duplicate = result.errors.find((e) => e.path === '$.strengths[1].id')!;
    expect(duplicate.message.nb).toContain('«a»');
    expect(duplicate.message.nn).toContain('meir enn');
    expect(duplicate.message.en).toContain('more than once');
  });

  it('finds duplicate ids across columns and prefixes portfolio paths', () => {
    const result = parseBoard(
      [{}, { strengths: [{ id: 'x', text: 'a' }], threats: [{ id: 'x', text: 'b' }] }],
      'swot',
    );
    expect(!result.ok && result.errors.map((e) => e.path)).toEqual(['$[1].threats[0].id']);
  });

  it('checks the situation board area: 1–20 or { name }', () => {
    for (const area of [16, 1, 20, { name: 'Eget', extra: 1 }]) {
      const doc = { area, desired: [{ text: 'x' }] };
      expect(parseBoard(doc, 'situation').ok, JSON.stringify(area)).toBe(true);
      expect(quickParseBoard(doc, 'situation')).toBeDefined();
    }
    for (const area of [0, 21, 2.5, '16', { name: ' ' }, {}]) {
      const result = parseBoard({ area }, 'situation');
      expect(result.ok, JSON.stringify(area)).toBe(false);
      expect(quickParseBoard({ area }, 'situation')).toBeUndefined();
      if (!result.ok) {
        expect(result.errors[0]!.path).toBe('$.area');
        expect(result.errors[0]!.message.nb).toContain('1 til 20');
      }
    }
    const ok = parseBoard({ area: { name: 'Eget', x: 1 } }, 'situation');
    expect(ok.ok && (ok.value as SituationBoardDocument).area).toEqual({ name: 'Eget', x: 1 });
  });

  it('never throws on exotic input', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(parseBoard(cyclic, 'cross').ok).toBe(false);
    expect(quickParseBoard(cyclic, 'cross')).toBeUndefined();
    for (const input of [null, 3, 'x', undefined]) {
      expect(parseBoard(input, 'cross').ok).toBe(false);
      expect(quickParseBoard(input, 'cross')).toBeUndefined();
    }
  });
});

// boardErrorMessages is not in i18n/index.ts (only the error path loads it), so
// messages.test.ts does not see it: the same checks here.
import { boardErrorMessages } from './error-messages.js';

describe('boardErrorMessages', () => {
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  for (const lang of ['nn', 'en'] as const) {
    it(`${lang}: the keys and placeholders of nb, every text non-empty`, () => {
      const nb = boardErrorMessages.nb as Record<string, string>;
      const other = boardErrorMessages[lang] as Record<string, string>;
      expect(Object.keys(other).sort()).toEqual(Object.keys(nb).sort());
      for (const [key, text] of Object.entries(nb)) {
        expect(other[key]!.trim()).not.toBe('');
        expect(placeholders(other[key]!)).toEqual(placeholders(text));
      }
    });
  }
});
