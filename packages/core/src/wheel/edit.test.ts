import { describe, expect, it } from 'vitest';
import {
  addWheelActivity,
  addWheelRing,
  deleteWheelActivity,
  moveWheelActivity,
  moveWheelRing,
  removeWheelRing,
  renameWheelRing,
  shiftWheelActivity,
  updateWheelActivity,
} from './edit.js';
import { quickParseWheel } from './wheel-schema.js';
import type { WheelDocument } from './types.js';

const base = (): WheelDocument => ({
  title: 'T',
  custom: 1,
  rings: [
    { id: 'p', label: 'Partnerskapet', colour: 'x' },
    { id: 'k', label: 'Kommunen' },
  ],
  activities: [
    { id: 'a1', ring: 'p', title: 'Møte', start: '2027-03-16', checklist: 'model', extra: true },
    { id: 'a2', ring: 'k', title: 'Budsjett', start: '2027-09-01', end: '2027-12-15', note: 'n' },
  ],
});

/** Every edit leaves a document the quick check accepts, and the input untouched. */
function check(before: WheelDocument, after: WheelDocument): void {
  expect(before).toEqual(base());
  expect(quickParseWheel(after)).toEqual(after);
}

describe('activity edits', () => {
  it('adds an activity with a free id from its title', () => {
    const doc = base();
    const next = addWheelActivity(doc, {
      ring: 'k',
      title: ' Møte ',
      start: '2027-05-01',
      end: '2027-05-01',
    });
    check(doc, next);
    expect(next.activities[2]).toEqual({
      id: 'mote',
      ring: 'k',
      title: 'Møte',
      start: '2027-05-01',
    });
    expect(
      addWheelActivity(next, { ring: 'k', title: 'Møte', start: '2027-05-02' }).activities[3]!.id,
    ).toBe('mote-2');
  });

  it('refuses an activity without a title, in an unknown ring or with dates out of order', () => {
    const doc = base();
    expect(addWheelActivity(doc, { ring: 'k', title: ' ', start: '2027-05-01' })).toBe(doc);
    expect(addWheelActivity(doc, { ring: 'z', title: 'A', start: '2027-05-01' })).toBe(doc);
    expect(
      addWheelActivity(doc, { ring: 'k', title: 'A', start: '2027-05-01', end: '2027-04-01' }),
    ).toBe(doc);
    expect(addWheelActivity(doc, { ring: 'k', title: 'A', start: '2027-02-30' })).toBe(doc);
  });

  it('updates fields, removes emptied optional ones, keeps unknown fields', () => {
    const doc = base();
    const next = updateWheelActivity(doc, 'a1', {
      title: 'Vårmøte',
      end: '2027-03-17',
      checklist: undefined,
    });
    check(doc, next);
    expect(next.activities[0]).toEqual({
      id: 'a1',
      ring: 'p',
      title: 'Vårmøte',
      start: '2027-03-16',
      end: '2027-03-17',
      extra: true,
    });
    const cleared = updateWheelActivity(next, 'a1', { end: '2027-03-16' });
    expect(cleared.activities[0]!.end).toBeUndefined();
    expect(updateWheelActivity(doc, 'a2', { note: '' }).activities[1]).not.toHaveProperty('note');
  });

  it('returns the input when nothing changes or the change is unsound', () => {
    const doc = base();
    expect(updateWheelActivity(doc, 'a1', { title: 'Møte' })).toBe(doc);
    expect(updateWheelActivity(doc, 'nope', { title: 'X' })).toBe(doc);
    expect(updateWheelActivity(doc, 'a2', { end: '2027-01-01' })).toBe(doc);
    expect(updateWheelActivity(doc, 'a2', { ring: 'zz' })).toBe(doc);
    expect(updateWheelActivity(doc, 'a2', { title: '' })).toBe(doc);
  });

  it('moves an activity by dates (its length kept) and ring, also across New Year', () => {
    const doc = base();
    const next = moveWheelActivity(doc, 'a2', { start: '2027-11-01', ring: 'p' });
    check(doc, next);
    expect(next.activities[1]).toMatchObject({ ring: 'p', start: '2027-11-01', end: '2028-02-14' });
    expect(moveWheelActivity(doc, 'a1', { start: '2027-03-23' }).activities[0]).toMatchObject({
      start: '2027-03-23',
    });
    expect(moveWheelActivity(doc, 'a1', { start: 'soon' })).toBe(doc);
    expect(moveWheelActivity(doc, 'a1', { start: '2027-03-16' })).toBe(doc);
  });

  it('shifts an activity by days, across New Year, and not by nothing', () => {
    const doc = base();
    const next = shiftWheelActivity(doc, 'a2', 21);
    check(doc, next);
    expect(next.activities[1]).toMatchObject({ start: '2027-09-22', end: '2028-01-05' });
    expect(shiftWheelActivity(doc, 'a1', -7).activities[0]!.start).toBe('2027-03-09');
    expect(shiftWheelActivity(doc, 'a1', 0)).toBe(doc);
    expect(shiftWheelActivity(doc, 'nope', 7)).toBe(doc);
  });

  it('deletes an activity', () => {
    const doc = base();
    const next = deleteWheelActivity(doc, 'a1');
    check(doc, next);
    expect(next.activities.map((a) => a.id)).toEqual(['a2']);
    expect(deleteWheelActivity(doc, 'nope')).toBe(doc);
  });
});

describe('ring edits', () => {
  it('adds, renames and reorders rings', () => {
    const doc = base();
    const added = addWheelRing(doc, 'NAV og staten');
    check(doc, added);
    expect(added.rings[2]).toEqual({ id: 'nav-og-staten', label: 'NAV og staten' });
    expect(addWheelRing(doc, '  ')).toBe(doc);
    const renamed = renameWheelRing(doc, 'p', 'Partnerskap');
    check(doc, renamed);
    expect(renamed.rings[0]).toEqual({ id: 'p', label: 'Partnerskap', colour: 'x' });
    expect(renameWheelRing(doc, 'p', 'Partnerskapet')).toBe(doc);
    expect(renameWheelRing(doc, 'p', '')).toBe(doc);
    const moved = moveWheelRing(doc, 0, 1);
    check(doc, moved);
    expect(moved.rings.map((r) => r.id)).toEqual(['k', 'p']);
    expect(moveWheelRing(doc, 0, 0)).toBe(doc);
    expect(moveWheelRing(doc, 5, 0)).toBe(doc);
  });

  it('removes a ring with its activities, never the last one', () => {
    const doc = base();
    const next = removeWheelRing(doc, 'p');
    check(doc, next);
    expect(next.rings.map((r) => r.id)).toEqual(['k']);
    expect(next.activities.map((a) => a.id)).toEqual(['a2']);
    expect(removeWheelRing(next, 'k')).toBe(next);
    expect(removeWheelRing(doc, 'nope')).toBe(doc);
  });
});
