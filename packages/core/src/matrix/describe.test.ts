import { describe, expect, it } from 'vitest';
import { LANGS } from '../i18n/lang.js';
import {
  describeMatrixCell,
  describeMatrixConsensus,
  describeMatrixTally,
  matrixCaption,
  matrixCellValue,
  matrixLegend,
  summarizeMatrixConsensus,
} from './describe.js';
import { describeMatrixEdit, type MatrixEdit } from './describe-edit.js';
import { parseMatrix } from './parse.js';
import { resolveMatrix, transposeMatrix } from './resolve.js';
import { matrixConsensus, tallyMatrixColumns, tallyMatrixRows } from './tally.js';
import type { MatrixDocument } from './types.js';

// Ch. 3 (seeds/001_e241e8882b4e5b18.txt, after «Forventninger til rådmannen»): all groups agree
// on «NAV mer inn i planarbeid» (radmann-01) and «Være mer "på"» (radmann-04); NAV managers and
// the rådmann level share «Felles virksomhetsplan» (radmann-06) and «Flere møtepunkter»
// (radmann-05). The other cells are lost in the extraction: left empty here.
const GROUPS = ['fylkesdirektorer', 'radmenn', 'nav-ledere', 'avdelingsledere'];
const RADMANN_CH3: MatrixDocument = {
  preset: 'radmann',
  cells: [
    ...GROUPS.flatMap((row) =>
      ['radmann-01', 'radmann-04'].map((column) => ({ row, column, value: 'marked' })),
    ),
    ...['radmenn', 'nav-ledere'].flatMap((row) =>
      ['radmann-05', 'radmann-06'].map((column) => ({ row, column, value: 'marked' })),
    ),
  ],
};

describe('tallies and consensus: the rådmann table of ch. 3', () => {
  const matrix = resolveMatrix(RADMANN_CH3, 'nb');

  it('is valid data', () => {
    expect(parseMatrix(RADMANN_CH3).ok).toBe(true);
  });

  it('counts per column and per row', () => {
    const columns = tallyMatrixColumns(matrix);
    expect(columns.slice(0, 7).map((t) => t.counts[0])).toEqual([4, 0, 0, 4, 2, 2, 0]);
    expect(columns[0]).toEqual({ id: 'radmann-01', counts: [4], empty: 0, noAnswer: 0 });
    expect(tallyMatrixRows(matrix).map((t) => t.counts[0])).toEqual([2, 4, 4, 2]);
    expect(describeMatrixTally(matrix, columns[0]!)).toBe('4 av 4');
    expect(describeMatrixTally(resolveMatrix(RADMANN_CH3, 'en'), columns[4]!)).toBe('2 of 4');
  });

  it('marks the two columns all groups agree on, in text too', () => {
    const consensus = matrixConsensus(matrix);
    expect(consensus.map((c) => c.id)).toEqual(['radmann-01', 'radmann-04']);
    expect(describeMatrixConsensus(matrix, consensus[0]!)).toBe('Alle er enige: Forventning');
    expect(summarizeMatrixConsensus(matrix, consensus)).toBe(
      'Alle er enige om: NAV mer inn i planarbeid i kommunen (Forventning); Være mer «på» / aktiv ledelse (Forventning)',
    );
    expect(summarizeMatrixConsensus(matrix, [])).toBe('Ingen kolonner der alle er enige.');
  });

  it('a «no answer» row leaves the count, and agreement needs two answering rows', () => {
    const doc: MatrixDocument = {
      preset: 'network-status',
      rows: [{ id: 'arendal' }, { id: 'grimstad' }, { id: 'gjerstad' }],
      cells: [
        { row: 'arendal', column: 'tillit', value: 'strong' },
        { row: 'grimstad', column: 'tillit', value: 'strong' },
        { row: 'arendal', column: 'respekt', value: 'improve' },
      ],
      noAnswer: ['gjerstad'],
    };
    const m = resolveMatrix(doc, 'nb');
    const tillit = tallyMatrixColumns(m).find((t) => t.id === 'tillit')!;
    expect(tillit).toEqual({ id: 'tillit', counts: [2, 0], empty: 0, noAnswer: 1 });
    expect(describeMatrixTally(m, tillit)).toBe('Sterkt: 2, Ingen svar: 1');
    expect(matrixConsensus(m).map((c) => [c.id, c.value.id])).toEqual([['tillit', 'strong']]);
    const respekt = tallyMatrixColumns(m).find((t) => t.id === 'respekt')!;
    expect(describeMatrixTally(m, respekt)).toBe('Kan styrkes: 1, Ikke vurdert: 1, Ingen svar: 1');
    const one = resolveMatrix({ ...doc, rows: [{ id: 'arendal' }], noAnswer: [], cells: [] }, 'nb');
    expect(matrixConsensus(one)).toEqual([]);
  });
});

describe('the matrix in words', () => {
  const priorities: MatrixDocument = {
    preset: 'network-priorities',
    rows: [{ id: 'arendal' }, { id: 'gjerstad' }],
    cells: [
      { row: 'arendal', column: 'okonomi', value: 'prioritised', main: true, note: 'Budsjett' },
      { row: 'arendal', column: 'politisk', value: 'discussed' },
    ],
    noAnswer: ['gjerstad'],
  };

  it('a cell by value, star and note; empty and «no answer» cells by text', () => {
    const m = resolveMatrix(priorities, 'nb');
    expect(describeMatrixCell(m, 'arendal', 'okonomi')).toBe(
      'Arendal, Økonomisk handlingsrom: Prioritert, hovedområde, merknad: Budsjett',
    );
    expect(matrixCellValue(m, 'arendal', 'politisk')).toBe('Diskutert, ikke prioritert');
    expect(matrixCellValue(m, 'arendal', 'rolle')).toBe('Ikke vurdert');
    expect(matrixCellValue(m, 'gjerstad', 'rolle')).toBe('Ingen svar');
    expect(describeMatrixCell(resolveMatrix(priorities, 'en'), 'arendal', 'okonomi')).toBe(
      'Arendal, Financial room for manoeuvre: Prioritised, main area, note: Budsjett',
    );
  });

  it('the legend: scale, empty cell, star and «no answer» (each with symbol and tone)', () => {
    const legend = matrixLegend(resolveMatrix(priorities, 'nn'));
    expect(legend.title).toBe('Teiknforklaring');
    expect(legend.items.map((i) => [i.symbol, i.tone, i.label])).toEqual([
      ['◆', 'prioritised', 'Prioritert'],
      ['◇', 'discussed', 'Diskutert, ikkje prioritert'],
      ['', 'unknown', 'Ikkje vurdert'],
      ['★', 'main', 'Hovudområde for utvikling'],
      ['—', 'no-answer', 'Ingen svar'],
    ]);
    expect(
      matrixLegend(resolveMatrix({ preset: 'radmann' }, 'en')).items.map((i) => i.label),
    ).toEqual(['Expectation held', 'Not discussed']);
  });

  it('the caption: the title, and says when the view is transposed', () => {
    const m = resolveMatrix({ preset: 'radmann' }, 'nb');
    expect(matrixCaption(m)).toBe('Forventninger til rådmannen');
    expect(matrixCaption(transposeMatrix(m))).toBe(
      'Forventninger til rådmannen (rader og kolonner byttet om)',
    );
    expect(matrixCaption(resolveMatrix({ ...RADMANN_CH3, title: 'Samling 1' }, 'en'))).toBe(
      'Samling 1',
    );
    expect(
      resolveMatrix({ rows: [], columns: [], scale: [{ id: 'a', label: 'A' }] }, 'nn').title,
    ).toBe('Utan tittel');
  });

  it('undo steps in three languages', () => {
    const edits: [MatrixEdit, string][] = [
      [
        { kind: 'cell', row: 'NAV-ledere', column: 'Flere møtepunkter', value: 'Forventning' },
        'Celle endret: NAV-ledere, Flere møtepunkter: Forventning',
      ],
      [
        { kind: 'cell', row: 'NAV-ledere', column: 'Flere møtepunkter' },
        'Celle tømt: NAV-ledere, Flere møtepunkter',
      ],
      [
        { kind: 'main', row: 'Arendal', column: 'Politisk dagsorden', main: true },
        'Hovedområde satt: Arendal, Politisk dagsorden',
      ],
      [
        { kind: 'main', row: 'Arendal', column: 'Politisk dagsorden', main: false },
        'Hovedområde fjernet: Arendal, Politisk dagsorden',
      ],
      [{ kind: 'noAnswer', row: 'Gjerstad', noAnswer: true }, 'Merket uten svar: Gjerstad'],
      [{ kind: 'noAnswer', row: 'Gjerstad', noAnswer: false }, 'Ikke lenger uten svar: Gjerstad'],
      [{ kind: 'rowAdded', label: 'Ordførere' }, 'Rad lagt til: Ordførere'],
      [{ kind: 'rowRenamed', label: 'Ordførere' }, 'Rad har fått nytt navn: Ordførere'],
      [{ kind: 'rowRemoved', label: 'Ordførere' }, 'Rad fjernet: Ordførere'],
      [{ kind: 'rowMoved', label: 'Ordførere' }, 'Rad flyttet: Ordførere'],
      [{ kind: 'columnAdded', label: 'Ny' }, 'Kolonne lagt til: Ny'],
      [{ kind: 'columnRenamed', label: 'Ny' }, 'Kolonne har fått nytt navn: Ny'],
      [{ kind: 'columnRemoved', label: 'Ny' }, 'Kolonne fjernet: Ny'],
      [{ kind: 'columnMoved', label: 'Ny' }, 'Kolonne flyttet: Ny'],
    ];
    for (const [edit, nb] of edits) {
      expect(describeMatrixEdit(edit, 'nb')).toBe(nb);
      for (const lang of LANGS) expect(describeMatrixEdit(edit, lang)).not.toMatch(/[{}]/);
    }
    expect(describeMatrixEdit({ kind: 'rowAdded', label: 'X' }, 'nn')).toBe('Rad lagd til: X');
    expect(describeMatrixEdit({ kind: 'cell', row: 'R', column: 'C', value: 'V' }, 'en')).toBe(
      'Cell changed: R, C: V',
    );
  });
});
