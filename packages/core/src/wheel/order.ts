// Activities in time order and by month: the list beside the wheel, the keyboard's order, and
// which activities a year shows.
import { dayNumber, monthOfDay, yearStart } from './dates.js';
import type { WheelActivity, WheelDocument } from './types.js';

/** An activity with its days worked out (both ends included). */
export interface DatedActivity {
  readonly activity: WheelActivity;
  /** Day numbers (days since 1970-01-01) of the first and the last day. */
  readonly first: number;
  readonly last: number;
  /** Index of its ring in the document. */
  readonly ringIndex: number;
}

/** The first and last day of an activity (a missing or earlier `end` is the start day). @internal */
export function activityDays(activity: WheelActivity): { first: number; last: number } {
  const first = dayNumber(activity.start) ?? 0;
  const end = activity.end === undefined ? undefined : dayNumber(activity.end);
  return { first, last: end === undefined || end < first ? first : end };
}

/**
 * The activities `year` shows (every one with a day in it, also one that began the year before
 * or ends the year after), in time order: first day, then last day, ring, title and id.
 */
export function activitiesInYear(doc: WheelDocument, year: number): DatedActivity[] {
  const from = yearStart(year);
  const to = yearStart(year + 1) - 1;
  const rings = new Map(doc.rings.map((ring, i) => [ring.id, i]));
  return doc.activities
    .map((activity) => ({
      activity,
      ...activityDays(activity),
      ringIndex: rings.get(activity.ring) ?? 0,
    }))
    .filter((a) => a.last >= from && a.first <= to)
    .sort(
      (a, b) =>
        a.first - b.first ||
        a.last - b.last ||
        a.ringIndex - b.ringIndex ||
        compareText(a.activity.title, b.activity.title) ||
        compareText(a.activity.id, b.activity.id),
    );
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** One month of the list: its activities in time order. */
export interface WheelMonth {
  /** 0 (January) to 11. */
  readonly month: number;
  readonly activities: readonly DatedActivity[];
}

/**
 * The activities of `year` by the month they start in, all twelve months in order (a month may
 * be empty). An activity that began the year before is listed in January.
 */
export function activitiesByMonth(ordered: readonly DatedActivity[], year: number): WheelMonth[] {
  const from = yearStart(year);
  const months: DatedActivity[][] = Array.from({ length: 12 }, () => []);
  for (const a of ordered) months[a.first < from ? 0 : monthOfDay(a.first)]!.push(a);
  return months.map((activities, month) => ({ month, activities }));
}

/** The month (0–11) an activity is listed under in `year`. @internal */
export const listedMonth = (a: DatedActivity, year: number): number =>
  a.first < yearStart(year) ? 0 : monthOfDay(a.first);

/**
 * Where Page Down (+1) or Page Up (−1) goes from activity `id`: the first activity of the next
 * (or previous) month that has any, in the list's order. Undefined at the ends.
 */
export function activityByMonth(
  ordered: readonly DatedActivity[],
  year: number,
  id: string,
  step: 1 | -1,
): string | undefined {
  const at = ordered.findIndex((a) => a.activity.id === id);
  if (at < 0) return undefined;
  const month = listedMonth(ordered[at]!, year);
  if (step > 0) return ordered.find((a) => listedMonth(a, year) > month)?.activity.id;
  let target: number | undefined;
  for (const a of ordered) {
    const m = listedMonth(a, year);
    if (m < month) target = m;
  }
  if (target === undefined) return undefined;
  return ordered.find((a) => listedMonth(a, year) === target)?.activity.id;
}
