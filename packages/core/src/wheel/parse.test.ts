import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseWheel } from './parse.js';
import { wheelPreset } from './presets.js';
import type { WheelDocument } from './types.js';
import { quickParseWheel } from './wheel-schema.js';

// The example, with unknown fields on the document, a ring and an activity.

const solvik = (): WheelDocument => ({
  title: 'Årshjul for partnerskapet i NAV Solvik',
  year: 2027,
  owner: { name: 'NAV Solvik' },
  rings: [
    { id: 'partnerskap', label: 'Partnerskapet', colour: 'blue' },
    { id: 'kommune', label: 'Kommunen' },
  ],
  activities: [
    {
      id: 'a1',
      ring: 'partnerskap',
      title: 'Partnerskapsmøte (vår)',
      start: '2027-03-16',
      end: '2027-03-16',
      checklist: 'model',
      note: 'Modellen som sjekkliste',
      link: 'https://example.org/mote',
      room: 'Rådhuset',
    },
    { id: 'a2', ring: 'kommune', title: 'Budsjett', start: '2027-09-01', end: '2027-12-15' },
    { id: 'a3', ring: 'kommune', title: 'Virksomhetsplan', start: '2027-11-15', end: '2028-01-20' },
  ],
});

const messages = (input: unknown) => {
  const result = parseWheel(input);
  if (result.ok) throw new Error('expected errors');
  return result.errors;
};

describe('parseWheel', () => {
  it('accepts the issue example and keeps unknown fields', () => {
    const input = solvik();
    const result = parseWheel(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toEqual(input);
    expect(result.value).not.toBe(input);
    expect(result.value.owner).toEqual({ name: 'NAV Solvik' });
    expect(result.value.activities[0]!.room).toBe('Rådhuset');
    expect(quickParseWheel(input)).toEqual(input);
  });

  it('gives activities without an id one made from the title, unique, and keeps it', () => {
    const input = {
      rings: [{ id: 'r', label: 'Ring' }],
      activities: [
        { ring: 'r', title: 'Partnerskapsmøte (vår)', start: '2027-03-16' },
        { ring: 'r', title: 'Partnerskapsmøte (vår)', start: '2027-03-20' },
        { id: 'partnerskapsmote-var-3', ring: 'r', title: 'x', start: '2027-03-21' },
        { ring: 'r', title: '!!!', start: '2027-03-22' },
      ],
    };
    const result = parseWheel(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.activities.map((a) => a.id)).toEqual([
      'partnerskapsmote-var',
      'partnerskapsmote-var-2',
      'partnerskapsmote-var-3',
      'aktivitet',
    ]);
    expect(quickParseWheel(input)?.activities.map((a) => a.id)).toEqual(
      result.value.activities.map((a) => a.id),
    );
    // The input is not changed, and parsing the value again keeps the ids.
    expect('id' in input.activities[0]!).toBe(false);
    expect(quickParseWheel(result.value)).toEqual(result.value);
  });

  it('names each problem with a path and a text in nb, nn and en', () => {
    const input = {
      year: 2027.5,
      rings: [
        { id: 'a', label: 'A' },
        { id: 'a', label: ' ' },
      ],
      activities: [
        { id: 'x', ring: 'b', title: 'X', start: '2027-02-30' },
        { id: 'x', ring: 'a', title: '', start: '2027-03-10', end: '2027-03-01' },
        { id: 'y', ring: 'a', title: 'Y', start: '2027-01-01', end: '2028-01-05' },
        { ring: 'a', title: 'Z', start: 20270101 },
      ],
    };
    const errors = messages(input);
    const byPath = Object.fromEntries(errors.map((e) => [e.path, e.message]));
    expect(byPath['$.year']!.nb).toMatch(/helt tall/);
    expect(byPath['$.activities[0].start']!.nb).toMatch(/ÅÅÅÅ-MM-DD/);
    expect(byPath['$.activities[0].start']!.en).toMatch(/YYYY-MM-DD/);
    expect(byPath['$.activities[3].start']!.nb).toMatch(/tekst/);
    expect(byPath['$.rings[1].id']!.nb).toBe('Ringen «a» står mer enn én gang.');
    expect(byPath['$.rings[1].label']!.nn).toBe('Ringen «a» må ha ein tekst («label»).');
    expect(byPath['$.activities[0].ring']!.en).toBe('The ring “b” does not exist (activity “x”).');
    expect(byPath['$.activities[1].id']!.nb).toMatch(/«x» står mer enn én gang/);
    expect(byPath['$.activities[1].title']!.nb).toMatch(/tittel/);
    expect(byPath['$.activities[1].end']!.nb).toBe(
      'Aktiviteten «x» slutter (2027-03-01) før den begynner (2027-03-10).',
    );
    expect(byPath['$.activities[2].end']!.en).toMatch(/more than a year/);
    expect(quickParseWheel(input)).toBeUndefined();
  });

  it('needs rings and activities, at least one ring, and an object', () => {
    expect(messages({ activities: [] }).map((e) => e.path)).toEqual(['$.rings']);
    expect(messages({ rings: [], activities: [] })[0]!.message.nb).toBe(
      'Årshjulet må ha minst én ring.',
    );
    expect(messages([])[0]!.path).toBe('$');
    expect(messages(null)[0]!.path).toBe('$');
    expect(quickParseWheel('x')).toBeUndefined();
  });

  it('accepts a leap day only in a leap year, and a one-year activity', () => {
    const doc = (start: string, end?: string) => ({
      rings: [{ id: 'r', label: 'R' }],
      activities: [{ id: 'a', ring: 'r', title: 'A', start, ...(end ? { end } : {}) }],
    });
    expect(parseWheel(doc('2028-02-29')).ok).toBe(true);
    expect(parseWheel(doc('2027-02-29')).ok).toBe(false);
    expect(parseWheel(doc('2028-01-01', '2028-12-31')).ok).toBe(true);
    expect(parseWheel(doc('2027-01-01', '2028-01-01')).ok).toBe(false);
  });

  it('never throws on exotic input', () => {
    const trap = {
      get rings(): never {
        throw new Error('no');
      },
    };
    expect(parseWheel(trap).ok).toBe(false);
    expect(quickParseWheel(trap)).toBeUndefined();
  });

  it('accepts every preset in every language', () => {
    for (const lang of ['nb', 'nn', 'en'] as const) {
      const preset = wheelPreset('partnerskap', 2027, lang);
      expect(quickParseWheel(preset)).toEqual(preset);
    }
  });

  it('agrees with the quick check on random documents', () => {
    const date = fc
      .tuple(
        fc.integer({ min: 2025, max: 2029 }),
        fc.integer({ min: 1, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
      )
      .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    const doc = fc.record({
      rings: fc.array(
        fc.record({ id: fc.constantFrom('a', 'b', ''), label: fc.constantFrom('A', ' ', 'B') }),
        { maxLength: 3 },
      ),
      activities: fc.array(
        fc.record(
          {
            id: fc.constantFrom('x', 'y', 'z'),
            ring: fc.constantFrom('a', 'b', 'c'),
            title: fc.constantFrom('T', '', 'U'),
            start: date,
            end: date,
            checklist: fc.constantFrom('model', 'other'),
          },
          { requiredKeys: ['ring', 'title', 'start'] },
        ),
        { maxLength: 5 },
      ),
    });
    fc.assert(
      fc.property(doc, (input) => {
        const quick = quickParseWheel(input);
        const full = parseWheel(input);
        expect(quick !== undefined).toBe(full.ok);
        if (full.ok) expect(quick).toEqual(full.value);
        else expect(full.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
