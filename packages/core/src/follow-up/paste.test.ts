import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toTsv } from '../csv.js';
import {
  describeFollowUpPaste,
  pastedCells,
  followUpPastedText,
  planFollowUpPaste,
} from './paste.js';
import type { FollowUpDocument } from './types.js';

const DOC: FollowUpDocument = {
  sections: [{ id: 's', title: 'S' }],
  rows: [
    { id: 'a', what: 'one', section: 's' },
    { id: 'b', what: 'two', section: 's' },
  ],
};
const at = (row: number, column: 'what' | 'responsible' | 'area' = 'what') => ({
  rowIds: ['a', 'b'],
  row,
  column,
});

// What Excel puts on the clipboard for three rows × two cells, the second cell of the first
// row holding a line break and the first of the second row doubled quotes.
const EXCEL = 'Møte\t"Kari\r\nog Ola"\r\n"Si ""hei"""\tNAV-leder\r\nTredje\tPer\r\n';

describe('paste', () => {
  it('reads Excel TSV: CRLF, a trailing line end, a quoted multi-line cell, doubled quotes', () => {
    expect(pastedCells(EXCEL)).toEqual([
      ['Møte', 'Kari\r\nog Ola'],
      ['Si "hei"', 'NAV-leder'],
      ['Tredje', 'Per'],
    ]);
  });

  it('fills from the focused cell, adds rows as needed: no stray \\r, no split cell, no empty row', () => {
    const plan = planFollowUpPaste(DOC, EXCEL, at(0), 'nb');
    const rows = plan.doc.rows!;
    expect(rows.length).toBe(3);
    expect(rows[0]).toEqual({ id: 'a', what: 'Møte', responsible: 'Kari\r\nog Ola', section: 's' });
    expect(rows[1]).toMatchObject({ what: 'Si "hei"', responsible: 'NAV-leder' });
    expect(rows[2]).toEqual({ id: 'row-3', section: 's', what: 'Tredje', responsible: 'Per' });
    for (const row of rows)
      for (const value of [row.what, row.responsible]) expect(value).not.toMatch(/\r$/);
    expect(plan.rows.map((r) => [r.number, r.added])).toEqual([
      [1, false],
      [2, false],
      [3, true],
    ]);
    expect(JSON.stringify(DOC)).not.toContain('Møte');
  });

  it('starts at the focused row and column; cells past the last column are left out', () => {
    const plan = planFollowUpPaste(DOC, 'x\ty\tz\r\n', at(1, 'area'), 'nb');
    expect(plan.doc.rows![1]).toMatchObject({ id: 'b', area: 'x' });
    expect(plan.ignored).toBe(2);
    expect(describeFollowUpPaste(plan, 'nb').summary).toBe(
      'Innlimingen endrer 1 rader og legger til 0 nye. 2 celler ligger utenfor tabellen og blir ikke tatt med.',
    );
  });

  it('describes the change for the preview and the undo step', () => {
    const plan = planFollowUpPaste(DOC, 'A\r\nB\r\nC', at(0), 'en');
    const text = describeFollowUpPaste(plan, 'en');
    expect(text.rows).toEqual([
      'Row 1: What is to be done? becomes “A”',
      'Row 2: What is to be done? becomes “B”',
      'New row 3: What is to be done? becomes “C”',
    ]);
    expect(followUpPastedText(plan, 'nb')).toBe('Limt inn: 2 rader endret, 1 nye rader');
  });

  it('changes nothing for the same text or an empty clipboard', () => {
    expect(planFollowUpPaste(DOC, 'one\r\n', at(0), 'nb').doc).toBe(DOC);
    expect(planFollowUpPaste(DOC, '', at(0), 'nb').doc).toBe(DOC);
  });

  it('fills the empty template', () => {
    const plan = planFollowUpPaste(
      {},
      'a\r\nb\r\n',
      { rowIds: ['row-1', 'row-2'], row: 0, column: 'what' },
      'nb',
    );
    expect(plan.doc.rows!.length).toBe(5);
    expect(plan.doc.rows!.slice(0, 2).map((r) => r.what)).toEqual(['a', 'b']);
  });

  it('round-trips any grid of text cells through TSV (property)', () => {
    const text = fc
      .string({
        unit: fc.constantFrom('a', 'Ø', ' ', '"', '\t', '\n', '\r', ',', 'x'),
        minLength: 1,
      })
      .filter((t) => t.trim() !== '' && !/^[=+\-@\t\r]/.test(t));
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text), { minLength: 1, maxLength: 6 }), (grid) => {
        const plan = planFollowUpPaste(
          { rows: [] },
          toTsv(grid),
          { rowIds: [], row: 0, column: 'what' },
          'nb',
        );
        expect(plan.doc.rows!.map((r) => [r.what, r.responsible])).toEqual(grid);
      }),
    );
  });
});
