import { describe, expect, it } from 'vitest';
import { deepCopy } from '../copy.js';
import { isPlainObject } from './util.js';

describe('isPlainObject', () => {
  it('accepts objects and rejects arrays, null and primitives', () => {
    expect(isPlainObject({})).toBe(true);
    expect(isPlainObject(Object.create(null))).toBe(true);
    expect([[], null, undefined, 1, 'x', true].some(isPlainObject)).toBe(false);
  });
});

describe('deepCopy', () => {
  it('copies arrays and objects at every level', () => {
    const input = { a: [1, { b: 'ø' }], c: { d: null } };
    const copy = deepCopy(input) as typeof input;
    expect(copy).toStrictEqual(input);
    expect(copy).not.toBe(input);
    expect(copy.a).not.toBe(input.a);
    expect(copy.a[1]).not.toBe(input.a[1]);
    expect(copy.c).not.toBe(input.c);
  });

  it('keeps own __proto__ keys as data and null prototypes', () => {
    const input = JSON.parse('{"__proto__": {"polluted": true}}') as Record<string, unknown>;
    const copy = deepCopy(input) as Record<string, unknown>;
    expect(Object.keys(copy)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    const bare = Object.assign(Object.create(null), { x: 1 }) as object;
    expect(Object.getPrototypeOf(deepCopy(bare))).toBeNull();
  });

  it('shares non-plain objects and throws on cycles', () => {
    const date = new Date(0);
    expect((deepCopy({ date }) as { date: Date }).date).toBe(date);
    const cyclic: unknown[] = [];
    cyclic.push(cyclic);
    expect(() => deepCopy(cyclic)).toThrow();
    const shared = { x: 1 };
    expect(deepCopy([shared, shared])).toEqual([{ x: 1 }, { x: 1 }]);
  });
});
