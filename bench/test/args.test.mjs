import { describe, expect, it } from 'vitest';
import { benchArgs, floorArgs } from '../lib/args.mjs';

describe('benchArgs', () => {
  it('has the defaults: 15 samples, 20 updates, build, CPU budgets', () => {
    expect(benchArgs([])).toEqual({
      samples: 15,
      updates: 20,
      check: false,
      build: true,
      wall: false,
    });
  });

  it('reads every option', () => {
    expect(
      benchArgs(['--check', '--no-build', '--wall', '--updates', '3', '--only', 'a,b c']),
    ).toEqual({
      samples: 15,
      updates: 3,
      check: true,
      build: false,
      wall: true,
      only: ['a', 'b c'],
    });
    expect(benchArgs(['--samples=7']).samples).toBe(7);
    // --cpu is the default now; still accepted.
    expect(benchArgs(['--cpu']).wall).toBe(false);
  });

  it('lets the later of --quick and --samples count', () => {
    expect(benchArgs(['--quick']).samples).toBe(5);
    expect(benchArgs(['--samples', '9', '--quick']).samples).toBe(5);
    expect(benchArgs(['--quick', '--samples', '9']).samples).toBe(9);
  });

  it('rejects unknown options, stray words, bad numbers and --cpu with --wall', () => {
    expect(() => benchArgs(['--fast'])).toThrow(/Unknown option '--fast'/);
    expect(() => benchArgs(['quick'])).toThrow(/positional/);
    expect(() => benchArgs(['--samples', '0'])).toThrow('--samples needs a positive integer');
    expect(() => benchArgs(['--updates', '2.5'])).toThrow('--updates needs a positive integer');
    expect(() => benchArgs(['--samples'])).toThrow(/argument missing/);
    expect(() => benchArgs(['--cpu', '--wall'])).toThrow('--cpu and --wall exclude each other');
  });
});

describe('floorArgs', () => {
  it('reads --samples (15 by default) and nothing else', () => {
    expect(floorArgs([])).toEqual({ samples: 15 });
    expect(floorArgs(['--samples', '4'])).toEqual({ samples: 4 });
    expect(() => floorArgs(['--samples', 'x'])).toThrow('--samples needs a positive integer');
    expect(() => floorArgs(['--quick'])).toThrow(/Unknown option/);
  });
});
