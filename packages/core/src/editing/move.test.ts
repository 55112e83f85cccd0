import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { availableMoves, moveItem } from './move.js';

const sizes = (entries: [string, number][]) => new Map(entries);

describe('availableMoves', () => {
  it('offers only the moves that change something, then the other containers', () => {
    const moves = availableMoves(
      sizes([
        ['a', 4],
        ['b', 2],
        ['c', 0],
      ]),
      'a',
      1,
    );
    expect(moves.map((m) => [m.kind, m.target.container, m.target.index])).toEqual([
      ['up', 'a', 0],
      ['down', 'a', 2],
      ['last', 'a', 3],
      ['to', 'b', 2],
      ['to', 'c', 0],
    ]);
  });

  it('has no up or first for the first item and no down or last for the last', () => {
    const first = availableMoves(sizes([['a', 3]]), 'a', 0).map((m) => m.kind);
    expect(first).toEqual(['down', 'last']);
    const last = availableMoves(sizes([['a', 3]]), 'a', 2).map((m) => m.kind);
    expect(last).toEqual(['up', 'first']);
    expect(availableMoves(sizes([['a', 1]]), 'a', 0)).toEqual([]);
  });

  it('offers nothing for an item that does not exist', () => {
    expect(availableMoves(sizes([['a', 1]]), 'a', 1)).toEqual([]);
    expect(availableMoves(sizes([['a', 1]]), 'x', 0)).toEqual([]);
  });
});

describe('moveItem', () => {
  it('reorders within a container and leaves the others untouched', () => {
    const b = ['z'];
    const result = moveItem(
      { a: ['p', 'q', 'r'], b },
      { container: 'a', index: 0 },
      { container: 'a', index: 2 },
    );
    expect(result).toEqual({ a: ['q', 'r', 'p'], b: ['z'] });
    expect(result?.b).toBe(b);
  });

  it('moves into another container at the index, clamped to its length', () => {
    const result = moveItem(
      { a: ['p', 'q'], b: ['z'] },
      { container: 'a', index: 1 },
      { container: 'b', index: 9 },
    );
    expect(result).toEqual({ a: ['p'], b: ['z', 'q'] });
  });

  it('does not change its input', () => {
    const a = ['p', 'q'];
    moveItem({ a }, { container: 'a', index: 0 }, { container: 'a', index: 1 });
    expect(a).toEqual(['p', 'q']);
  });

  it('refuses an unknown item or container', () => {
    expect(
      moveItem({ a: ['p'] }, { container: 'a', index: 1 }, { container: 'a', index: 0 }),
    ).toBeUndefined();
    expect(
      moveItem({ a: ['p'] }, { container: 'a', index: 0 }, { container: 'x', index: 0 }),
    ).toBeUndefined();
  });

  it('keeps every item exactly once and puts the moved one where every offered move says', () => {
    const board = fc.dictionary(
      fc.constantFrom('a', 'b', 'c'),
      fc.array(fc.integer(), { maxLength: 6 }),
      { minKeys: 1 },
    );
    fc.assert(
      fc.property(board, fc.nat(), (containers, pick) => {
        const filled = Object.entries(containers).filter(([, items]) => items.length > 0);
        if (filled.length === 0) return;
        const [container, items] = filled[pick % filled.length]!;
        const index = pick % items.length;
        const moveSizes = new Map(Object.entries(containers).map(([k, v]) => [k, v.length]));
        for (const move of availableMoves(moveSizes, container, index)) {
          const result = moveItem(containers, { container, index }, move.target)!;
          const before = Object.values(containers).flat().sort();
          const after = Object.values(result).flat().sort();
          expect(after).toEqual(before);
          expect(result[move.target.container]![move.target.index]).toBe(items[index]);
        }
      }),
    );
  });
});
