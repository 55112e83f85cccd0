import { describe, expect, it } from 'vitest';
import { mad, median, quantile, ratio, roundOrder, schedule, summarize } from '../lib/stats.mjs';

describe('median and quantile', () => {
  it('takes the middle value of an odd count and the mean of the middle pair of an even one', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('interpolates linearly between closest ranks', () => {
    const values = [10, 20, 30, 40, 50];
    expect(quantile(values, 0)).toBe(10);
    expect(quantile(values, 1)).toBe(50);
    expect(quantile(values, 0.25)).toBe(20);
    expect(quantile([1, 2], 0.25)).toBeCloseTo(1.25);
  });

  it('does not reorder the caller’s array', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });

  it('rejects empty input, non-finite values and q outside [0, 1]', () => {
    expect(() => median([])).toThrow(RangeError);
    expect(() => median([1, Number.NaN])).toThrow(TypeError);
    expect(() => quantile([1], 1.5)).toThrow(RangeError);
  });
});

describe('mad and summarize', () => {
  it('ignores a single outlier', () => {
    // deviations from the median 3: 2,1,0,1,97 → median 1
    expect(mad([1, 2, 3, 4, 100])).toBe(1);
  });

  it('summarizes a series', () => {
    expect(summarize([4, 2, 8, 6])).toEqual({
      n: 4,
      median: 5,
      p25: 3.5,
      p75: 6.5,
      mad: 2,
      min: 2,
      max: 8,
    });
  });
});

describe('ratio', () => {
  it('divides, and refuses a zero or missing denominator', () => {
    expect(ratio(6, 2)).toBe(3);
    expect(ratio(1, 0)).toBeNull();
    expect(ratio(1, undefined)).toBeNull();
  });
});

describe('interleaving', () => {
  const cases = ['a', 'b', 'c'];

  it('rotates the start of each round', () => {
    expect(roundOrder(cases, 0)).toEqual(['a', 'b', 'c']);
    expect(roundOrder(cases, 1)).toEqual(['b', 'c', 'a']);
    expect(roundOrder(cases, 3)).toEqual(['a', 'b', 'c']);
  });

  it('runs every case once per round and lets each case start a round equally often', () => {
    const plan = schedule(cases, 6);
    expect(plan).toHaveLength(18);
    for (let round = 0; round < 6; round += 1) {
      const names = plan.filter((step) => step.round === round).map((step) => step.name);
      expect([...names].sort()).toEqual(cases);
    }
    const firsts = plan.filter((_, i) => i % 3 === 0).map((step) => step.name);
    expect(firsts.filter((name) => name === 'a')).toHaveLength(2);
    expect(firsts.filter((name) => name === 'c')).toHaveLength(2);
  });
});
