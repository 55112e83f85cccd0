import { describe, expect, it } from 'vitest';
import {
  followUpCellText,
  followUpFilterChoices,
  groupFollowUpRows,
  followUpRowMatches,
  followUpRowState,
  followUpSectionTitle,
  sortFollowUpRows,
  summarizeFollowUp,
  followUpSummaryText,
} from './plan.js';
import type { FollowUpDocument, FollowUpRow } from './types.js';

const TODAY = '2026-02-01';

describe('row state with a fixed today', () => {
  it('is overdue when the end has passed and the task is not done', () => {
    expect(followUpRowState({ id: 'a', end: '2026-01-31' }, TODAY).overdue).toBe(true);
    expect(followUpRowState({ id: 'a', end: '2026-01-31', status: 'doing' }, TODAY).overdue).toBe(
      true,
    );
    expect(followUpRowState({ id: 'a', end: '2026-01-31', status: 'done' }, TODAY).overdue).toBe(
      false,
    );
    expect(followUpRowState({ id: 'a', end: TODAY }, TODAY).overdue).toBe(false);
    expect(followUpRowState({ id: 'a', end: 'snart' }, TODAY).overdue).toBe(false);
    expect(followUpRowState({ id: 'a', when: 'fortløpende' }, TODAY).overdue).toBe(false);
  });

  it('flags an end before the start', () => {
    expect(
      followUpRowState({ id: 'a', start: '2026-03-01', end: '2026-02-01' }, TODAY).endBeforeStart,
    ).toBe(true);
    expect(
      followUpRowState({ id: 'a', start: '2026-03-01', end: '2026-03-01' }, TODAY).endBeforeStart,
    ).toBe(false);
  });

  it('counts done, in progress and overdue', () => {
    const rows: FollowUpRow[] = [
      { id: 'a', status: 'done', end: '2026-01-01' },
      { id: 'b', status: 'doing', end: '2026-01-01' },
      { id: 'c' },
      { id: 'd', status: 'odd' as never },
    ];
    const summary = summarizeFollowUp(rows, TODAY);
    expect(summary).toEqual({ total: 4, todo: 1, doing: 1, done: 1, overdue: 1 });
    expect(followUpSummaryText(summary, 'nb')).toBe('4 oppgaver: 1 ferdige, 1 pågår, 1 forsinket.');
    expect(followUpSummaryText(summary, 'en')).toBe('4 tasks: 1 done, 1 in progress, 1 overdue.');
  });
});

describe('cells', () => {
  it('shows status, area and «når» as text, and values of the wrong kind as JSON', () => {
    const row: FollowUpRow = {
      id: 'a',
      status: 'doing',
      area: 16,
      start: '2026-01-10',
      what: 4 as never,
    };
    expect(followUpCellText(row, 'status', 'nn')).toBe('Pågår');
    expect(followUpCellText(row, 'area', 'nb')).toMatch(/^16\. /);
    expect(followUpCellText(row, 'when', 'nb')).toBe('fra 10.01.2026');
    expect(followUpCellText(row, 'what', 'nb')).toBe('4');
    expect(followUpCellText({ id: 'b', area: 'Eget' }, 'area', 'nb')).toBe('Eget');
    expect(followUpCellText({ id: 'b' }, 'status', 'en')).toBe('Not started');
  });
});

describe('sections', () => {
  const doc: FollowUpDocument = {
    sections: [{ id: 'arbeid', title: 'Flere i arbeid' }, { id: 'tom' }],
    rows: [
      { id: '1', section: 'arbeid' },
      { id: '2' },
      { id: '3', section: 'ukjent' },
      { id: '4', section: 'arbeid' },
    ],
  };

  it('groups rows by section, loose rows first; empty sections kept', () => {
    const groups = groupFollowUpRows(doc);
    expect(groups.map((g) => [g.id, g.rows.map((r) => r.id)])).toEqual([
      ['', ['2', '3']],
      ['arbeid', ['1', '4']],
      ['tom', []],
    ]);
    expect(followUpSectionTitle(groups[0]!, 'nb')).toBe('Uten del');
    expect(followUpSectionTitle(groups[1]!, 'nb')).toBe('Flere i arbeid');
    expect(followUpSectionTitle(groups[2]!, 'nb')).toBe('tom');
  });

  it('without sections: one group of every row', () => {
    expect(groupFollowUpRows({ rows: [{ id: 'a' }] }).map((g) => g.rows.length)).toEqual([1]);
    expect(groupFollowUpRows({}).length).toBe(1);
  });
});

describe('sort and filter', () => {
  const rows: FollowUpRow[] = [
    { id: 'a', what: 'Øke', responsible: 'Kari', status: 'done', start: '2026-03-01', area: 3 },
    { id: 'b', what: 'arbeid', responsible: 'kari ', status: 'todo', when: 'fortløpende' },
    {
      id: 'c',
      what: 'Bedre',
      responsible: 'Ola',
      status: 'doing',
      start: '2026-01-01',
      end: '2026-01-05',
      area: 'Eget',
    },
    { id: 'd', responsible: 'Ola', area: 3 },
  ];
  const ids = (list: readonly FollowUpRow[]) => list.map((r) => r.id);

  it('sorts by text in Norwegian order, empty last both ways', () => {
    expect(ids(sortFollowUpRows(rows, { column: 'what', direction: 'ascending' }, 'nb'))).toEqual([
      'b',
      'c',
      'a',
      'd',
    ]);
    expect(ids(sortFollowUpRows(rows, { column: 'what', direction: 'descending' }, 'nb'))).toEqual([
      'a',
      'c',
      'b',
      'd',
    ]);
  });

  it('sorts dates by date, free text after them; status by its order; stable', () => {
    expect(ids(sortFollowUpRows(rows, { column: 'when', direction: 'ascending' }, 'nb'))).toEqual([
      'c',
      'a',
      'b',
      'd',
    ]);
    expect(ids(sortFollowUpRows(rows, { column: 'status', direction: 'ascending' }, 'nb'))).toEqual(
      ['b', 'd', 'c', 'a'],
    );
    expect(ids(sortFollowUpRows(rows, { column: 'area', direction: 'ascending' }, 'nb'))).toEqual([
      'a',
      'd',
      'c',
      'b',
    ]);
    expect(sortFollowUpRows(rows, undefined, 'nb')).toBe(rows);
  });

  it('filters by status, overdue, area and responsible', () => {
    const pass = (f: Parameters<typeof followUpRowMatches>[1]) =>
      ids(rows.filter((r) => followUpRowMatches(r, f, '2026-02-01')));
    expect(pass({ status: 'todo' })).toEqual(['b', 'd']);
    expect(pass({ status: 'overdue' })).toEqual(['c']);
    expect(pass({ area: 3 })).toEqual(['a', 'd']);
    expect(pass({ area: 'eget' })).toEqual(['c']);
    expect(pass({ responsible: 'Kari' })).toEqual(['a', 'b']);
    expect(pass({ responsible: 'Ola', area: 3 })).toEqual(['d']);
    expect(pass({})).toEqual(['a', 'b', 'c', 'd']);
  });

  it('offers the distinct responsible texts and areas', () => {
    expect(followUpFilterChoices({ rows }, 'nb')).toEqual({
      responsible: ['Kari', 'Ola'],
      areas: [3, 'Eget'],
    });
  });
});
