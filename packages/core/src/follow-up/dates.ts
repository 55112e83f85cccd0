// Dates of the follow-up plan: ISO `YYYY-MM-DD` read as calendar days (UTC midnight, so no time
// zone moves a day), today from an injectable clock, and «når» as text both ways.
import { format } from '../i18n/format.js';
import { followUpMessages } from '../i18n/follow-up.js';
import type { Lang } from '../types.js';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const NORWEGIAN = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const DAY_MS = 86_400_000;

/** The day number (days since 1970-01-01) of a calendar date, or undefined for no such date. */
function dayOf(year: number, month: number, day: number): number | undefined {
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1) return undefined;
  if (date.getUTCDate() !== day) return undefined;
  return time / DAY_MS;
}

/** The day number of an ISO date `YYYY-MM-DD`; undefined for anything else (2026-02-30 too). */
export function isoDay(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const m = ISO.exec(value);
  return m ? dayOf(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

/** The ISO date of a day number. @internal */
export function dayIso(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Today's ISO date where the user is (local calendar date of `now`). */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A date as shown: 10.01.2026 in nb and nn, ISO in en. Text that is no date is shown as is. @internal */
export function showDate(value: string, lang: Lang): string {
  const m = ISO.exec(value);
  if (!m || isoDay(value) === undefined || lang === 'en') return value;
  return `${m[3]}.${m[2]}.${m[1]}`;
}

/** A date typed by a person: ISO or d.m.yyyy; the ISO date, or undefined. @internal */
export function readDate(text: string): string | undefined {
  const t = text.trim();
  if (isoDay(t) !== undefined) return t;
  const m = NORWEGIAN.exec(t);
  if (!m) return undefined;
  const day = dayOf(Number(m[3]), Number(m[2]), Number(m[1]));
  return day === undefined ? undefined : dayIso(day);
}

/** The «når» of a row: start and end (kept as given) and the free text. */
export interface FollowUpWhen {
  readonly start?: string;
  readonly end?: string;
  readonly when?: string;
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined;

/** «10.01.2026–01.03.2026», «fra 10.01.2026», the free text, or both: «… (fortløpende)». */
export function formatWhen(row: Readonly<Record<string, unknown>>, lang: Lang): string {
  const m = followUpMessages[lang];
  const start = text(row.start);
  const end = text(row.end);
  const free = text(row.when);
  let dates = '';
  if (start && end)
    dates = format(m.whenRange, { start: showDate(start, lang), end: showDate(end, lang) });
  else if (start) dates = format(m.whenFrom, { start: showDate(start, lang) });
  else if (end) dates = format(m.whenUntil, { end: showDate(end, lang) });
  if (dates && free) return `${dates} (${free})`;
  return dates || free || '';
}

// A plain string, not String.raw: minified, a tagged template can take the name Lit's css has
// elsewhere in the bundle, and the CDN build's css-literal check would read it as CSS.
const DATE = '(\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\.\\d{1,2}\\.\\d{4})';
const RANGE = new RegExp(String.raw`^${DATE}\s*(?:[–—-]|\s(?:til|to|until)\s)\s*${DATE}$`, 'i');
const FROM = new RegExp(String.raw`^(?:fra|frå|from)\s+${DATE}$`, 'i');
const UNTIL = new RegExp(String.raw`^(?:til|to|until)\s+${DATE}$`, 'i');
const SINGLE = new RegExp(String.raw`^${DATE}$`);
const WITH_FREE = /^(.*?)\s*\(([^()]*)\)$/;

function readDates(part: string): FollowUpWhen | undefined {
  const t = part.trim();
  let m = RANGE.exec(t);
  if (m) {
    const start = readDate(m[1]!);
    const end = readDate(m[2]!);
    return start && end ? { start, end } : undefined;
  }
  m = FROM.exec(t);
  if (m) {
    const start = readDate(m[1]!);
    return start ? { start } : undefined;
  }
  m = UNTIL.exec(t) ?? SINGLE.exec(t);
  if (m) {
    const end = readDate(m[1]!);
    return end ? { end } : undefined;
  }
  return undefined;
}

/**
 * «Når» typed or pasted as one text, read back into start, end and free text: what
 * formatWhen() writes (in any language), ISO or d.m.yyyy dates joined by a dash or «til», one
 * date (the end), and anything else as free text. Empty text gives nothing.
 */
export function readWhen(input: string): FollowUpWhen {
  const t = input.trim();
  if (t === '') return {};
  const dates = readDates(t);
  if (dates) return dates;
  const m = WITH_FREE.exec(t);
  if (m) {
    const inner = readDates(m[1]!);
    if (inner) return m[2]!.trim() ? { ...inner, when: m[2]!.trim() } : inner;
  }
  return { when: t };
}
