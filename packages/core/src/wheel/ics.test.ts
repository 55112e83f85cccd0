import { describe, expect, it } from 'vitest';
import { escapeIcsText, foldIcsLine, wheelToIcs } from './ics.js';
import { wheelPreset } from './presets.js';
import type { WheelDocument } from './types.js';

/** A small RFC 5545 reader for the test: unfolds, splits properties, unescapes text. */
function readIcs(text: string): { name: string; params: string; value: string }[][] {
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  const physical = text.slice(0, -2).split('\r\n');
  for (const line of physical)
    expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  const lines: string[] = [];
  for (const line of physical) {
    if (line.startsWith(' ')) lines[lines.length - 1] += line.slice(1);
    else lines.push(line);
  }
  expect(lines[0]).toBe('BEGIN:VCALENDAR');
  expect(lines.at(-1)).toBe('END:VCALENDAR');
  const events: { name: string; params: string; value: string }[][] = [];
  let event: { name: string; params: string; value: string }[] | undefined;
  for (const line of lines) {
    const colon = line.indexOf(':');
    const head = line.slice(0, colon);
    const [name = '', ...params] = head.split(';');
    const raw = line.slice(colon + 1);
    const value = raw.replace(/\\([\\;,nN])/g, (_, c: string) =>
      c === 'n' || c === 'N' ? '\n' : c,
    );
    if (line === 'BEGIN:VEVENT') event = [];
    else if (line === 'END:VEVENT') {
      events.push(event!);
      event = undefined;
    } else event?.push({ name, params: params.join(';'), value });
  }
  return events;
}

const prop = (event: { name: string; params: string; value: string }[], name: string) =>
  event.find((p) => p.name === name);

describe('wheelToIcs', () => {
  const now = new Date(Date.UTC(2026, 11, 3, 9, 5, 7));
  const doc: WheelDocument = {
    title: 'Årshjul, NAV Solvik; 2027',
    rings: [{ id: 'p', label: 'Partnerskapet, politisk' }],
    activities: [
      {
        id: 'a1',
        ring: 'p',
        title: 'Møte; vår, med «modellen» \\ sjekkliste',
        start: '2027-03-16',
        checklist: 'model',
        note: 'Linje 1\nLinje 2 med en veldig lang tekst som må brettes over flere linjer fordi den er så lang, æøå æøå æøå æøå',
        link: 'https://example.org/mote?a=1,b=2',
      },
      { id: 'a2', ring: 'p', title: 'Plan', start: '2027-11-15', end: '2028-01-20' },
      { id: 'a3', ring: 'p', title: 'Skuddår', start: '2028-02-28', end: '2028-02-29' },
    ],
  };

  it('writes all-day events that read back to the same activities', () => {
    const text = wheelToIcs(doc, { now, lang: 'nb' });
    const events = readIcs(text);
    expect(text).toContain('VERSION:2.0\r\nPRODID:-//Mulighetsrom//Annual wheel//NO\r\n');
    expect(text).toContain('X-WR-CALNAME:Årshjul\\, NAV Solvik\\; 2027');
    expect(events).toHaveLength(3);
    const [a1, a2, a3] = events as [(typeof events)[0], (typeof events)[0], (typeof events)[0]];
    expect(prop(a1, 'SUMMARY')!.value).toBe(doc.activities[0]!.title);
    expect(prop(a1, 'DTSTART')).toEqual({
      name: 'DTSTART',
      params: 'VALUE=DATE',
      value: '20270316',
    });
    expect(prop(a1, 'DTEND')).toEqual({ name: 'DTEND', params: 'VALUE=DATE', value: '20270317' });
    expect(prop(a1, 'DTSTAMP')!.value).toBe('20261203T090507Z');
    expect(prop(a1, 'UID')!.value).toBe('a1-20270316@mulighetsrom.annual-wheel');
    expect(prop(a1, 'DESCRIPTION')!.value).toBe(
      `Modellen for mulighetsrommet brukes som sjekkliste.\n${doc.activities[0]!.note!}\nhttps://example.org/mote?a=1,b=2`,
    );
    expect(prop(a1, 'CATEGORIES')!.value).toBe('Partnerskapet, politisk');
    expect(prop(a1, 'URL')!.value).toBe('https://example.org/mote?a=1,b=2');
    // DTEND is exclusive: the day after the last, across New Year and a leap day.
    expect(prop(a2, 'DTSTART')!.value).toBe('20271115');
    expect(prop(a2, 'DTEND')!.value).toBe('20280121');
    expect(prop(a3, 'DTEND')!.value).toBe('20280301');
    expect(prop(a2, 'DESCRIPTION')).toBeUndefined();
    const uids = events.map((e) => prop(e, 'UID')!.value);
    expect(new Set(uids).size).toBe(uids.length);
  });

  it('writes the checklist line in the language asked, and the example in full', () => {
    expect(wheelToIcs(doc, { now, lang: 'en' })).toContain(
      'The opportunity-space model is used as a',
    );
    const preset = wheelPreset('partnerskap', 2027, 'nn');
    const events = readIcs(wheelToIcs(preset, { now }));
    expect(events.map((e) => prop(e, 'SUMMARY')!.value)).toEqual(
      preset.activities.map((a) => a.title),
    );
  });
});

describe('escapeIcsText and foldIcsLine', () => {
  it('escapes backslash, semicolon, comma and newlines', () => {
    expect(escapeIcsText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds at 75 octets without splitting a UTF-8 character', () => {
    const line = `SUMMARY:${'æ'.repeat(100)}`;
    const folded = foldIcsLine(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(1);
    for (const part of folded)
      expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(folded.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
    expect(foldIcsLine('SHORT:x')).toBe('SHORT:x');
  });
});
