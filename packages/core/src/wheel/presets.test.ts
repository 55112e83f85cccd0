import { describe, expect, it } from 'vitest';
import { describeWheelEdit, formatActivityDates, formatWheelDate, monthName } from './describe.js';
import { wheelPreset } from './presets.js';

describe('wheelPreset partnerskap', () => {
  it('is an example: labelled, four rings, the year’s activities the issue lists', () => {
    const doc = wheelPreset('partnerskap', 2027, 'nb');
    expect(doc.preset).toBe('partnerskap');
    expect(doc.year).toBe(2027);
    expect(doc.title).toMatch(/eksempel/);
    expect(doc.rings.map((r) => r.label)).toEqual([
      'Partnerskapet',
      'Kommunen',
      'NAV og staten',
      'Kontoret',
    ]);
    const titles = doc.activities.map((a) => a.title);
    for (const expected of [
      'Partnerskapsmøte (vår)',
      'Partnerskapsmøte (høst)',
      'Analyse av kontorets utfordringer (vår)',
      'Analyse av kontorets utfordringer (høst)',
      'Kommunebudsjett og økonomiplan',
      'Tildelingsbrevet fra staten',
      'Kontorets virksomhetsplan',
      'Lederavtalen: årlig gjennomgang',
      'Brukerundersøkelse',
    ])
      expect(titles).toContain(expected);
    // Both meetings have the model as checklist, each after its analysis.
    const meetings = doc.activities.filter((a) => a.checklist === 'model');
    expect(meetings.map((a) => a.id)).toEqual(['partnerskapsmote-var', 'partnerskapsmote-host']);
    const start = (id: string) => doc.activities.find((a) => a.id === id)!.start;
    expect(start('analyse-var') < start('partnerskapsmote-var')).toBe(true);
    expect(start('analyse-host') < start('partnerskapsmote-host')).toBe(true);
    // The business plan crosses New Year.
    expect(doc.activities.find((a) => a.id === 'virksomhetsplan')!.end).toBe('2028-01-20');
  });

  it('speaks every language and makes a new document each time', () => {
    expect(wheelPreset('partnerskap', 2027, 'en').rings[0]!.label).toBe('The partnership');
    expect(wheelPreset('partnerskap', 2027, 'nn').activities.map((a) => a.title)).toContain(
      'Partnarskapsmøte (haust)',
    );
    const a = wheelPreset('partnerskap', 2030, 'nb');
    expect(a).not.toBe(wheelPreset('partnerskap', 2030, 'nb'));
    expect(a.activities[0]!.start.startsWith('2030-')).toBe(true);
  });
});

describe('dates and edits in words', () => {
  it('names months and dates in nb, nn and en, the year only when it differs', () => {
    expect(monthName(0, 'nb')).toBe('januar');
    expect(monthName(11, 'en')).toBe('December');
    expect(formatWheelDate('2027-03-16', 'nb', 2027)).toBe('16. mars');
    expect(formatWheelDate('2028-01-20', 'nn', 2027)).toBe('20. januar 2028');
    expect(formatWheelDate('2027-03-16', 'en', 2027)).toBe('16 March');
    expect(
      formatActivityDates({ id: 'a', ring: 'r', title: 't', start: '2027-03-16' }, 'nb', 2027),
    ).toBe('16. mars');
    expect(
      formatActivityDates(
        { id: 'a', ring: 'r', title: 't', start: '2027-11-15', end: '2028-01-20' },
        'nb',
        2027,
      ),
    ).toBe('15. november–20. januar 2028');
  });

  it('describes each edit', () => {
    expect(
      describeWheelEdit(
        { kind: 'activityMoved', title: 'Møte', dates: '23. mars', ring: 'Kommunen' },
        'nb',
      ),
    ).toBe('Aktivitet flyttet: Møte, 23. mars, Kommunen');
    expect(describeWheelEdit({ kind: 'ringRemoved', label: 'Kontoret' }, 'en')).toBe(
      'Ring removed: Kontoret',
    );
  });
});
