import { describe, expect, it } from 'vitest';
import { dayIso, formatWhen, isoDay, readDate, readWhen, showDate, todayIso } from './dates.js';

describe('dates', () => {
  it('reads ISO calendar days without time zone drift', () => {
    expect(isoDay('1970-01-02')).toBe(1);
    expect(dayIso(isoDay('2026-01-10')!)).toBe('2026-01-10');
    expect(isoDay('2026-02-30')).toBeUndefined();
    expect(isoDay('2026-1-10')).toBeUndefined();
    expect(isoDay(20260110)).toBeUndefined();
    expect(isoDay('2028-02-29')).toBeDefined();
  });

  it('takes today from the clock, as the local calendar date', () => {
    expect(todayIso(new Date(2026, 0, 10, 23, 59))).toBe('2026-01-10');
    expect(todayIso(new Date(2026, 11, 31, 0, 1))).toBe('2026-12-31');
  });

  it('shows dates per language and reads them back', () => {
    expect(showDate('2026-01-10', 'nb')).toBe('10.01.2026');
    expect(showDate('2026-01-10', 'en')).toBe('2026-01-10');
    expect(showDate('snart', 'nb')).toBe('snart');
    expect(readDate('1.3.2026')).toBe('2026-03-01');
    expect(readDate('31.2.2026')).toBeUndefined();
  });

  it('writes «når» and reads what it wrote, in every language', () => {
    const rows = [
      { start: '2026-01-10', end: '2026-03-01' },
      { start: '2026-01-10' },
      { end: '2026-03-01' },
      { when: 'fortløpende' },
      { start: '2026-01-10', end: '2026-03-01', when: 'hver 14. dag' },
      {},
    ];
    for (const lang of ['nb', 'nn', 'en'] as const)
      for (const row of rows) expect(readWhen(formatWhen(row, lang))).toEqual(row);
    expect(formatWhen(rows[0]!, 'nb')).toBe('10.01.2026–01.03.2026');
    expect(formatWhen(rows[4]!, 'nb')).toBe('10.01.2026–01.03.2026 (hver 14. dag)');
  });

  it('reads free text as free text', () => {
    expect(readWhen('2. halvår')).toEqual({ when: '2. halvår' });
    expect(readWhen('2026-01-10 til 2026-02-01')).toEqual({
      start: '2026-01-10',
      end: '2026-02-01',
    });
    expect(readWhen('2026-13-10 - 2026-02-01')).toEqual({ when: '2026-13-10 - 2026-02-01' });
  });
});
