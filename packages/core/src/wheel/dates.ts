// ISO calendar dates (`YYYY-MM-DD`) as whole days, without time zones: a date is read as UTC
// midnight, so no local offset moves it to the day before.
import { memoize } from '../memo.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY = 86_400_000;

/** True for a real calendar date in `YYYY-MM-DD` (2027-02-29 is not one). @internal */
export function isIsoDate(text: unknown): text is string {
  return typeof text === 'string' && dayNumber(text) !== undefined;
}

/**
 * Days since 1970-01-01 of an ISO date, or undefined for anything else. Memoized: every parse,
 * layout and list of a wheel reads the same few dates again.
 * @internal
 */
export const dayNumber: (text: string) => number | undefined = memoize(
  (text) => text,
  readDayNumber,
);

function readDayNumber(text: string): number | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(y, m - 1, d);
  const date = new Date(time);
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return undefined;
  return time / DAY;
}

/** The ISO date of a day number. @internal */
export function isoOfDay(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

/** The UTC Date at midnight of a day number. @internal */
export const dateOfDay = (day: number): Date => new Date(day * DAY);

/** The day number of a Date's own calendar day in local time (today on the user's clock). @internal */
export const localDay = (date: Date): number =>
  Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / DAY;

/** The day number of 1 January of `year`. @internal */
export const yearStart = (year: number): number => Date.UTC(year, 0, 1) / DAY;

/** 365, or 366 in a leap year. @internal */
export const daysInYear = (year: number): number => yearStart(year + 1) - yearStart(year);

/** The year of a day number. @internal */
export const yearOfDay = (day: number): number => dateOfDay(day).getUTCFullYear();

/** The month (0–11) of a day number. @internal */
export const monthOfDay = (day: number): number => dateOfDay(day).getUTCMonth();

/** `iso` moved by `days` days. @internal */
export function addDays(iso: string, days: number): string {
  const day = dayNumber(iso);
  return day === undefined ? iso : isoOfDay(day + days);
}

/** The day one calendar year after `day` (29 February → 1 March). @internal */
export function dayNextYear(day: number): number {
  const date = dateOfDay(day);
  return Date.UTC(date.getUTCFullYear() + 1, date.getUTCMonth(), date.getUTCDate()) / DAY;
}
