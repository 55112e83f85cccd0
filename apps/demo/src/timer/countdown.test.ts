import { describe, expect, it } from 'vitest';
import {
  countdown,
  durationFields,
  formatClock,
  hasEnded,
  isRunning,
  parseDuration,
  pause,
  reset,
  start,
  timeLeft,
} from './countdown.js';

describe('countdown', () => {
  it('counts down from the clock while running and stops at zero', () => {
    const running = start(countdown(60_000), 1000);
    expect(isRunning(running)).toBe(true);
    expect(timeLeft(running, 31_000)).toBe(30_000);
    expect(hasEnded(running, 31_000)).toBe(false);
    expect(timeLeft(running, 90_000)).toBe(0);
    expect(hasEnded(running, 61_000)).toBe(true);
  });

  it('keeps what is left over a pause and resumes from it', () => {
    const paused = pause(start(countdown(60_000), 0), 20_000);
    expect(isRunning(paused)).toBe(false);
    expect(timeLeft(paused, 500_000)).toBe(40_000);
    const resumed = start(paused, 100_000);
    expect(timeLeft(resumed, 110_000)).toBe(30_000);
  });

  it('starts a finished countdown over, and reset goes back to the duration', () => {
    const done = start(countdown(10_000), 0);
    expect(hasEnded(done, 10_000)).toBe(true);
    expect(timeLeft(start(done, 20_000), 20_000)).toBe(10_000);
    expect(reset(pause(done, 5000))).toEqual({ durationMs: 10_000, leftMs: 10_000 });
    expect(pause(countdown(5000), 1)).toEqual(countdown(5000));
  });

  it('a second start while running changes nothing', () => {
    const running = start(countdown(60_000), 0);
    expect(start(running, 5000)).toBe(running);
  });
});

describe('formatClock', () => {
  it('rounds a started second up and shows hours past sixty minutes', () => {
    expect(formatClock(300_000)).toBe('05:00');
    expect(formatClock(4200)).toBe('00:05');
    expect(formatClock(0)).toBe('00:00');
    expect(formatClock(-5)).toBe('00:00');
    expect(formatClock(3_905_000)).toBe('1:05:05');
  });
});

describe('parseDuration', () => {
  it('accepts whole minutes and seconds, an empty field being zero', () => {
    expect(parseDuration('5', '')).toEqual({ ok: true, ms: 300_000 });
    expect(parseDuration('', '45')).toEqual({ ok: true, ms: 45_000 });
    expect(parseDuration(' 2 ', '30')).toEqual({ ok: true, ms: 150_000 });
  });

  it('refuses zero, fractions, negative numbers, 60 seconds and more than three hours', () => {
    for (const [m, s] of [
      ['0', '0'],
      ['', ''],
      ['1.5', '0'],
      ['-1', '0'],
      ['1', '60'],
      ['abc', '1'],
    ])
      expect(parseDuration(m!, s!)).toEqual({ ok: false, error: 'invalid' });
    expect(parseDuration('181', '0')).toEqual({ ok: false, error: 'tooLong' });
    expect(parseDuration('180', '0').ok).toBe(true);
  });

  it('gives the fields back for a duration', () => {
    expect(durationFields(150_000)).toEqual({ minutes: '2', seconds: '30' });
  });
});
