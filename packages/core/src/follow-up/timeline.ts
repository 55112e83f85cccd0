// The timeline view's geometry: one bar per row with dates on a time axis (d3-scale's time
// scale in UTC, so a calendar day never moves with the time zone; ticks from d3-time), today's
// line, and the rows whose «når» is free text only, listed beside it.
import { scaleUtc } from 'd3-scale';
import { utcMonth, utcWeek, utcYear } from 'd3-time';
import type { Lang } from '../types.js';
import type { FollowUpRow } from './types.js';

const DAY_MS = 86_400_000;
const dayIso = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/**
 * One row as the timeline needs it (followUpTimelineItems() in plan.ts makes these): its dates
 * as day numbers (days since 1970-01-01) and its state. This module imports nothing of the
 * table's, so a widget can load it (and d3) only when the timeline is shown.
 */
export interface TimelineItem {
  readonly row: FollowUpRow;
  readonly start?: number;
  readonly end?: number;
  readonly overdue: boolean;
  readonly done: boolean;
  readonly endBeforeStart: boolean;
}
export interface TimelineBar {
  readonly row: FollowUpRow;
  /** Start and end as ISO dates (a row with one date is a one-day bar). */
  readonly start: string;
  readonly end: string;
  readonly x: number;
  readonly width: number;
  readonly overdue: boolean;
  readonly done: boolean;
  /** The end comes before the start (the bar spans the two, flagged). */
  readonly endBeforeStart: boolean;
}

export interface TimelineTick {
  readonly x: number;
  readonly date: string;
  readonly label: string;
}

export interface FollowUpTimeline {
  readonly bars: readonly TimelineBar[];
  /** Rows without a valid date (free-text «når», or none). */
  readonly undated: readonly FollowUpRow[];
  readonly ticks: readonly TimelineTick[];
  /** x of today, when today lies on the axis. */
  readonly today: number | undefined;
  readonly width: number;
}

const LOCALES: Readonly<Record<Lang, string>> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

/**
 * Lays out the items on `width` units: the axis runs from the earliest date to the day after
 * the latest (today included), bars at least `minWidth` wide. Ticks are months (quarters past
 * 18 months, weeks under two months), labelled in `lang`.
 */
export function followUpTimeline(
  items: readonly TimelineItem[],
  today: number | undefined,
  width: number,
  lang: Lang,
  minWidth = 4,
): FollowUpTimeline {
  const dated: { item: TimelineItem; from: number; to: number }[] = [];
  const undated: FollowUpRow[] = [];
  for (const item of items) {
    const { start, end } = item;
    if (start === undefined && end === undefined) undated.push(item.row);
    else {
      const a = start ?? end!;
      const b = end ?? start!;
      dated.push({ item, from: Math.min(a, b), to: Math.max(a, b) });
    }
  }
  const now = today;
  if (dated.length === 0) return { bars: [], undated, ticks: [], today: undefined, width };
  let lo = Math.min(...dated.map((d) => d.from));
  let hi = Math.max(...dated.map((d) => d.to)) + 1;
  if (now !== undefined) {
    lo = Math.min(lo, now);
    hi = Math.max(hi, now + 1);
  }
  const scale = scaleUtc()
    .domain([new Date(lo * DAY_MS), new Date(hi * DAY_MS)])
    .range([0, width]);
  const x = (day: number): number => scale(new Date(day * DAY_MS));
  const span = hi - lo;
  const interval = span > 550 ? utcMonth.every(3)! : span < 60 ? utcWeek : utcMonth;
  const label = new Intl.DateTimeFormat(LOCALES[lang], {
    month: 'short',
    ...(span < 60 ? { day: 'numeric' } : {}),
    timeZone: 'UTC',
  });
  const year = new Intl.DateTimeFormat(LOCALES[lang], { year: 'numeric', timeZone: 'UTC' });
  const ticks = scale.ticks(interval).map((date, i) => {
    const first = i === 0 || utcYear.floor(date).getTime() === date.getTime();
    return {
      x: scale(date),
      date: date.toISOString().slice(0, 10),
      label: first ? `${label.format(date)} ${year.format(date)}` : label.format(date),
    };
  });
  const bars = dated.map(({ item, from, to }) => {
    const left = x(from);
    return {
      row: item.row,
      start: dayIso(from),
      end: dayIso(to),
      x: left,
      width: Math.max(minWidth, x(to + 1) - left),
      overdue: item.overdue,
      done: item.done,
      endBeforeStart: item.endBeforeStart,
    };
  });
  return { bars, undated, ticks, today: now === undefined ? undefined : x(now), width };
}
