import { describe, expect, it } from 'vitest';
import { activitiesByMonth, activitiesInYear, activityByMonth } from './order.js';
import type { WheelDocument } from './types.js';

const doc: WheelDocument = {
  rings: [
    { id: 'a', label: 'A' },
    { id: 'b', label: 'B' },
  ],
  activities: [
    { id: 'mar-b', ring: 'b', title: 'Mars B', start: '2027-03-16' },
    { id: 'mar-a', ring: 'a', title: 'Mars A', start: '2027-03-16' },
    { id: 'mar-long', ring: 'a', title: 'Mars lang', start: '2027-03-16', end: '2027-04-02' },
    { id: 'last-year', ring: 'a', title: 'I fjor', start: '2026-12-01', end: '2027-01-05' },
    { id: 'old', ring: 'a', title: 'Gammel', start: '2026-06-01' },
    { id: 'oct', ring: 'b', title: 'Oktober', start: '2027-10-05' },
    { id: 'dec', ring: 'b', title: 'Desember', start: '2027-12-20', end: '2028-01-10' },
  ],
};

describe('activitiesInYear', () => {
  it('orders by first day, last day, ring, title, and leaves out other years', () => {
    expect(activitiesInYear(doc, 2027).map((a) => a.activity.id)).toEqual([
      'last-year',
      'mar-a',
      'mar-b',
      'mar-long',
      'oct',
      'dec',
    ]);
    expect(activitiesInYear(doc, 2028).map((a) => a.activity.id)).toEqual(['dec']);
    expect(activitiesInYear(doc, 2026).map((a) => a.activity.id)).toEqual(['old', 'last-year']);
  });
});

describe('activitiesByMonth', () => {
  it('lists all twelve months, an activity under its start month, last year’s in January', () => {
    const months = activitiesByMonth(activitiesInYear(doc, 2027), 2027);
    expect(months.map((m) => m.month)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(months[0]!.activities.map((a) => a.activity.id)).toEqual(['last-year']);
    expect(months[2]!.activities.map((a) => a.activity.id)).toEqual(['mar-a', 'mar-b', 'mar-long']);
    expect(months[3]!.activities).toEqual([]);
    expect(months[11]!.activities.map((a) => a.activity.id)).toEqual(['dec']);
  });
});

describe('activityByMonth (Page Up / Page Down)', () => {
  const ordered = activitiesInYear(doc, 2027);
  it('goes to the first activity of the next or previous month that has any', () => {
    expect(activityByMonth(ordered, 2027, 'last-year', 1)).toBe('mar-a');
    expect(activityByMonth(ordered, 2027, 'mar-long', 1)).toBe('oct');
    expect(activityByMonth(ordered, 2027, 'oct', 1)).toBe('dec');
    expect(activityByMonth(ordered, 2027, 'dec', 1)).toBeUndefined();
    expect(activityByMonth(ordered, 2027, 'dec', -1)).toBe('oct');
    expect(activityByMonth(ordered, 2027, 'mar-b', -1)).toBe('last-year');
    expect(activityByMonth(ordered, 2027, 'last-year', -1)).toBeUndefined();
    expect(activityByMonth(ordered, 2027, 'nope', 1)).toBeUndefined();
  });
});
