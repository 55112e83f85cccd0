import { describe, expect, it } from 'vitest';
import { parseDelimited } from '../delimited.js';
import { matrixToCsv } from './csv.js';
import { resolveMatrix, transposeMatrix } from './resolve.js';
import type { MatrixDocument } from './types.js';

const lines = (csv: string) => parseDelimited(csv);

describe('matrixToCsv', () => {
  const doc: MatrixDocument = {
    title: 'Test',
    rows: [
      { id: 'a', label: '=Formel' },
      { id: 'b', label: 'B, med komma' },
      { id: 'c', label: 'C' },
    ],
    columns: [
      { id: 'x', label: 'X', group: 'G' },
      { id: 'y', label: 'Y' },
    ],
    scale: [
      { id: 'yes', label: 'Ja' },
      { id: 'no', label: 'Nei' },
    ],
    cells: [
      { row: 'a', column: 'x', value: 'yes', main: true },
      { row: 'a', column: 'y', value: 'no' },
      { row: 'b', column: 'x', value: 'yes' },
      { row: 'b', column: 'y', main: true },
    ],
    noAnswer: ['c'],
  };

  it('a header row (groups above), a line per row, formula-safe, with a BOM', () => {
    const csv = matrixToCsv(resolveMatrix(doc, 'nb'));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain("'=Formel");
    expect(lines(csv)).toEqual([
      ['', 'G', ''],
      ['', 'X', 'Y'],
      ["'=Formel", 'Ja, hovedområde', 'Nei'],
      ['B, med komma', 'Ja', 'Hovedområde for utvikling'],
      ['C', 'Ingen svar', 'Ingen svar'],
    ]);
  });

  it('with tallies and consensus; the added words in another language', () => {
    const matrix = resolveMatrix({ ...doc, noAnswer: [], rows: doc.rows?.slice(0, 2) }, 'nb');
    expect(lines(matrixToCsv(matrix, 'en', { tallies: true, bom: false })).slice(-2)).toEqual([
      ['Count', 'Ja: 2', 'Nei: 1, Ikke vurdert: 1'],
      ['Agreement', 'All agree: Ja', ''],
    ]);
  });

  it('a preset in its language; transposed', () => {
    const matrix = resolveMatrix(
      { preset: 'radmann', cells: [{ row: 'radmenn', column: 'radmann-05', value: 'marked' }] },
      'nn',
    );
    const rows = lines(matrixToCsv(matrix));
    expect(rows).toHaveLength(5);
    expect(rows[0]?.slice(0, 2)).toEqual(['Rollegruppe', 'NAV meir inn i planarbeid i kommunen']);
    expect(rows[2]?.[5]).toBe('Forventning');
    const flipped = lines(matrixToCsv(transposeMatrix(matrix)));
    expect(flipped).toHaveLength(13);
    expect(flipped[0]).toEqual([
      'Forventning',
      'Fylkesdirektørar/stab',
      'Rådmenn',
      'NAV-leiarar',
      'Avd. leiarar/rådgivarar',
    ]);
    expect(flipped[5]?.[2]).toBe('Forventning');
  });
});
