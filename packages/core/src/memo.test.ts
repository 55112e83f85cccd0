import { describe, expect, it } from 'vitest';
import { memoize } from './memo.js';

describe('memoize', () => {
  it('builds each key once, undefined results included', () => {
    let calls = 0;
    const parse = memoize(
      (text: string) => text,
      (text: string) => {
        calls += 1;
        return text === 'x' ? undefined : text.length;
      },
    );
    expect([parse('ab'), parse('ab'), parse('x'), parse('x')]).toEqual([
      2,
      2,
      undefined,
      undefined,
    ]);
    expect(calls).toBe(2);
  });

  it('lets the oldest key go when full, and keeps the newer ones', () => {
    const built: string[] = [];
    const upper = memoize(
      (text: string) => text,
      (text: string) => (built.push(text), text.toUpperCase()),
      2,
    );
    upper('a');
    upper('b');
    upper('c'); // «a» leaves
    upper('b');
    upper('a');
    expect(built).toEqual(['a', 'b', 'c', 'a']);
  });
});
