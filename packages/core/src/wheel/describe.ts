// Activities in words: dates in the widget's language, one activity as one sentence, each edit
// as an undo step.
import { format } from '../i18n/format.js';
import { memoize } from '../memo.js';
import { wheelMessages, type WheelMessages } from '../i18n/wheel.js';
import type { Lang } from '../types.js';
import { dateOfDay, dayNumber } from './dates.js';
import type { WheelActivity } from './types.js';

/** The month names' keys in the catalog, January first. @internal */
export const MONTH_KEYS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const satisfies readonly (keyof WheelMessages)[];

/** The name of month `month` (0–11). */
export const monthName = (month: number, lang: Lang): string =>
  wheelMessages[lang][MONTH_KEYS[((month % 12) + 12) % 12]!];

/** «16. mars», or «16. mars 2028» when the date is not in `year`. Memoized (the list, labels and
 * names ask for each date on every render). */
export const formatWheelDate: (iso: string, lang: Lang, year?: number) => string = memoize(
  (iso, lang, year) => `${iso}|${lang}|${year}`,
  writeWheelDate,
);

function writeWheelDate(iso: string, lang: Lang, year?: number): string {
  const day = dayNumber(iso);
  if (day === undefined) return iso;
  const date = dateOfDay(day);
  const m = wheelMessages[lang];
  const params = {
    day: date.getUTCDate(),
    month: monthName(date.getUTCMonth(), lang),
    year: date.getUTCFullYear(),
  };
  return format(params.year === year ? m.date : m.dateWithYear, params);
}

/** «16. mars» for one day, «1. februar–28. februar» for a range (years as formatWheelDate). */
export function formatActivityDates(activity: WheelActivity, lang: Lang, year?: number): string {
  const start = formatWheelDate(activity.start, lang, year);
  if (!activity.end || activity.end === activity.start) return start;
  return format(wheelMessages[lang].dateRange, {
    start,
    end: formatWheelDate(activity.end, lang, year),
  });
}

/** An edit in words: the undo step's name and what the announcer says. */
export type WheelEdit =
  | {
      readonly kind: 'activityAdded' | 'activityChanged' | 'activityDeleted';
      readonly title: string;
    }
  | {
      readonly kind: 'activityMoved';
      readonly title: string;
      readonly dates: string;
      readonly ring: string;
    }
  | {
      readonly kind: 'ringAdded' | 'ringRenamed' | 'ringMoved' | 'ringRemoved';
      readonly label: string;
    };

const EDIT_KEYS = {
  activityAdded: 'editActivityAdded',
  activityChanged: 'editActivityChanged',
  activityMoved: 'editActivityMoved',
  activityDeleted: 'editActivityDeleted',
  ringAdded: 'editRingAdded',
  ringRenamed: 'editRingRenamed',
  ringMoved: 'editRingMoved',
  ringRemoved: 'editRingRemoved',
} as const satisfies Record<WheelEdit['kind'], keyof WheelMessages>;

/** «Aktivitet flyttet: Partnerskapsmøte (vår), 23. mars, Partnerskapet». */
export function describeWheelEdit(edit: WheelEdit, lang: Lang): string {
  const { kind, ...params } = edit;
  return format(wheelMessages[lang][EDIT_KEYS[kind]], params);
}
