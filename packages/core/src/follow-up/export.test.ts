import { describe, expect, it } from 'vitest';
import { parseDelimited } from '../delimited.js';
import { followUpToCsv, followUpToMarkdown, followUpToText } from './export.js';
import type { FollowUpDocument } from './types.js';

const DOC: FollowUpDocument = {
  title: 'Felles plan',
  sections: [{ id: 'arbeid', title: 'Flere i arbeid' }],
  rows: [
    {
      id: 'a',
      what: '=HYPERLINK("x")',
      responsible: 'Kari, Ola',
      start: '2026-01-10',
      end: '2026-01-20',
      section: 'arbeid',
      status: 'doing',
      area: 16,
    },
    { id: 'b', what: 'Linje 1\nlinje | 2', when: 'fortløpende', status: 'done' },
  ],
};

describe('exports', () => {
  it('CSV: BOM, header, every row in section order, formulas neutralised, round trip', () => {
    const csv = followUpToCsv(DOC, 'nb');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parseDelimited(csv);
    expect(rows[0]).toEqual([
      'Nr.',
      'Del',
      'Hva skal gjøres?',
      'Hvem har ansvaret?',
      'Hvem skal involveres?',
      'Hvem skal informeres?',
      'Start',
      'Slutt',
      'Når (fritekst)',
      'Status',
      'Utviklingsområde',
    ]);
    expect(rows[1]).toEqual([
      '1',
      '',
      'Linje 1\nlinje | 2',
      '',
      '',
      '',
      '',
      '',
      'fortløpende',
      'Ferdig',
      '',
    ]);
    expect(rows[2]!.slice(0, 8)).toEqual([
      '2',
      'Flere i arbeid',
      `'=HYPERLINK("x")`,
      'Kari, Ola',
      '',
      '',
      '2026-01-10',
      '2026-01-20',
    ]);
    expect(rows.length).toBe(3);
    expect(followUpToCsv(DOC, 'en', { bom: false }).startsWith('No.')).toBe(true);
  });

  it('plain text: title, section headings, numbered rows, overdue said', () => {
    const text = followUpToText(DOC, 'nb', '2026-02-01');
    expect(text).toContain('Felles plan');
    expect(text).toContain('Flere i arbeid');
    expect(text).toContain('1. Linje 1 linje | 2');
    expect(text).toContain('2. =HYPERLINK("x")');
    expect(text).toContain('Forsinket');
  });

  it('Markdown: headings and a table whose cells cannot break it', () => {
    const md = followUpToMarkdown(DOC, 'en', '2026-02-01');
    expect(md.startsWith('# Felles plan')).toBe(true);
    expect(md).toContain('## Flere i arbeid');
    expect(md).toContain('| 1 | Linje 1 linje \\| 2 |');
    expect(md).toContain('(Overdue)');
    for (const line of md.split('\n').filter((l) => l.startsWith('| ')))
      expect(line.split(/(?<!\\)\|/).length).toBe(10);
  });
});
