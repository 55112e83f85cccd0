// The wheel's activities as an iCalendar file (RFC 5545) that Outlook and Google Calendar
// import: all-day events (DTSTART;VALUE=DATE, DTEND the day after the last, exclusive), a UID
// each, DTSTAMP from the given clock, CRLF line ends, lines folded at 75 octets, and text with
// `\`, `;`, `,` and newlines escaped.
import { wheelMessages } from '../i18n/wheel.js';
import type { Lang } from '../types.js';
import { addDays } from './dates.js';
import type { WheelDocument } from './types.js';

export interface WheelIcsOptions {
  /** The clock for DTSTAMP (default: now). */
  readonly now?: Date;
  /** The language of the texts the file adds (the checklist line). */
  readonly lang?: Lang;
  /** The domain part of every UID (default `mulighetsrom.annual-wheel`). */
  readonly uidDomain?: string;
}

/** A TEXT value escaped (RFC 5545 §3.3.11). @internal */
export const escapeIcsText = (text: string): string =>
  text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');

const encoder = new TextEncoder();

/**
 * One content line folded at 75 octets (§3.1): continuation lines start with a space, and no
 * UTF-8 character is split. @internal
 */
export function foldIcsLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74; // a continuation's leading space is one octet
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compactDate = (iso: string): string => iso.replace(/-/g, '');

const stamp = (date: Date): string =>
  date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** The activities of `doc` as an iCalendar file (text with CRLF line ends). */
export function wheelToIcs(doc: WheelDocument, options: WheelIcsOptions = {}): string {
  const now = stamp(options.now ?? new Date());
  const m = wheelMessages[options.lang ?? 'nb'];
  const domain = options.uidDomain ?? 'mulighetsrom.annual-wheel';
  const rings = new Map(doc.rings.map((ring) => [ring.id, ring.label]));
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Mulighetsrom//Annual wheel//NO',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  if (doc.title) lines.push(`X-WR-CALNAME:${escapeIcsText(doc.title)}`);
  for (const activity of doc.activities) {
    const last = activity.end ?? activity.start;
    const description = [
      activity.checklist === 'model' ? m.icsChecklist : '',
      activity.note ?? '',
      activity.link ?? '',
    ]
      .filter((part) => part.trim() !== '')
      .join('\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeIcsText(`${activity.id}-${compactDate(activity.start)}@${domain}`)}`,
      `DTSTAMP:${now}`,
      `DTSTART;VALUE=DATE:${compactDate(activity.start)}`,
      `DTEND;VALUE=DATE:${compactDate(addDays(last, 1))}`,
      `SUMMARY:${escapeIcsText(activity.title)}`,
    );
    if (description) lines.push(`DESCRIPTION:${escapeIcsText(description)}`);
    const ring = rings.get(activity.ring);
    if (ring) lines.push(`CATEGORIES:${escapeIcsText(ring)}`);
    if (activity.link && /^https?:\/\/\S+$/i.test(activity.link))
      lines.push(`URL:${activity.link}`);
    lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldIcsLine).join('\r\n')}\r\n`;
}
