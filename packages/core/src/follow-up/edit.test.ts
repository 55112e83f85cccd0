import { describe, expect, it } from 'vitest';
import {
  addFollowUpRow,
  deleteFollowUpRow,
  duplicateFollowUpRow,
  moveFollowUpRow,
  readArea,
  readStatus,
  followUpRowNumbers,
  followUpRows,
  setFollowUpCell,
} from './edit.js';
import type { FollowUpDocument } from './types.js';

const DOC: FollowUpDocument = {
  title: 'T',
  sections: [
    { id: 'a', title: 'A' },
    { id: 'b', title: 'B' },
  ],
  rows: [
    { id: 'r1', what: 'one', section: 'a', own: 1 },
    { id: 'r2', what: 'two', section: 'a' },
    { id: 'r3', what: 'three', section: 'b' },
  ],
  extra: 'kept',
};
const frozen = JSON.stringify(DOC);
const ids = (doc: FollowUpDocument) => doc.rows!.map((r) => r.id);

describe('edits', () => {
  it('the empty template has five numbered rows, made real by the first edit', () => {
    expect(followUpRows({}).map((r) => r.id)).toEqual([
      'row-1',
      'row-2',
      'row-3',
      'row-4',
      'row-5',
    ]);
    const next = setFollowUpCell({ title: 'x' }, 'row-3', 'what', 'Møte');
    expect(next.rows!.length).toBe(5);
    expect(next.rows![2]).toEqual({ id: 'row-3', what: 'Møte' });
    expect(next.title).toBe('x');
  });

  it('sets cells from text; empty text removes the field; no change gives the same plan', () => {
    const next = setFollowUpCell(DOC, 'r1', 'responsible', 'NAV-leder');
    expect(next.rows![0]).toEqual({
      id: 'r1',
      what: 'one',
      section: 'a',
      own: 1,
      responsible: 'NAV-leder',
    });
    expect(setFollowUpCell(next, 'r1', 'responsible', '  ').rows![0]).not.toHaveProperty(
      'responsible',
    );
    expect(setFollowUpCell(DOC, 'r1', 'what', 'one')).toBe(DOC);
    expect(setFollowUpCell(DOC, 'nope', 'what', 'x')).toBe(DOC);
    expect(
      setFollowUpCell(DOC, 'r1', 'when', '10.01.2026–01.03.2026 (fortløpende)').rows![0],
    ).toMatchObject({
      start: '2026-01-10',
      end: '2026-03-01',
      when: 'fortløpende',
    });
    expect(setFollowUpCell(DOC, 'r1', 'status', 'Pågår').rows![0]!.status).toBe('doing');
    expect(setFollowUpCell(DOC, 'r1', 'status', 'kanskje').rows![0]!.status).toBe('kanskje');
    expect(setFollowUpCell(DOC, 'r1', 'area', '16').rows![0]!.area).toBe(16);
    expect(JSON.stringify(DOC)).toBe(frozen);
  });

  it('reads statuses and areas by name in any language', () => {
    expect(readStatus(' ferdig ')).toBe('done');
    expect(readStatus('In progress')).toBe('doing');
    expect(readStatus('ikkje starta')).toBe('todo');
    expect(readStatus('hmm')).toBeUndefined();
    expect(readArea('3. noe')).toBe(3);
    expect(readArea('99')).toBe('99');
    expect(readArea('Eget område')).toBe('Eget område');
    expect(readArea('')).toBeUndefined();
  });

  it('adds a row at the end of its section or after a row', () => {
    const { doc, id } = addFollowUpRow(DOC, { section: 'a' });
    expect(id).toBe('row-4');
    expect(ids(doc)).toEqual(['r1', 'r2', 'row-4', 'r3']);
    expect(doc.rows![2]).toEqual({ id: 'row-4', section: 'a' });
    expect(ids(addFollowUpRow(DOC, { after: 'r1', section: 'a' }).doc)).toEqual([
      'r1',
      'row-4',
      'r2',
      'r3',
    ]);
    expect(ids(addFollowUpRow({}, {}).doc)).toEqual([
      'row-1',
      'row-2',
      'row-3',
      'row-4',
      'row-5',
      'row-6',
    ]);
    expect(JSON.stringify(DOC)).toBe(frozen);
  });

  it('deletes and duplicates', () => {
    expect(ids(deleteFollowUpRow(DOC, 'r2'))).toEqual(['r1', 'r3']);
    expect(deleteFollowUpRow(DOC, 'x')).toBe(DOC);
    const { doc, id } = duplicateFollowUpRow(DOC, 'r1');
    expect(ids(doc)).toEqual(['r1', 'row-4', 'r2', 'r3']);
    expect(doc.rows![1]).toEqual({ ...DOC.rows![0], id });
    expect(duplicateFollowUpRow(DOC, 'x').doc).toBe(DOC);
  });

  it('moves within a section and between sections', () => {
    expect(
      ids(moveFollowUpRow(DOC, { container: 'a', index: 0 }, { container: 'a', index: 1 })),
    ).toEqual(['r2', 'r1', 'r3']);
    const across = moveFollowUpRow(DOC, { container: 'a', index: 0 }, { container: 'b', index: 0 });
    expect(ids(across)).toEqual(['r2', 'r1', 'r3']);
    expect(across.rows![1]!.section).toBe('b');
    const loose = moveFollowUpRow(DOC, { container: 'b', index: 0 }, { container: '', index: 0 });
    expect(loose.rows![0]).toEqual({ id: 'r3', what: 'three' });
    expect(moveFollowUpRow(DOC, { container: 'a', index: 5 }, { container: 'a', index: 0 })).toBe(
      DOC,
    );
    expect(moveFollowUpRow(DOC, { container: 'a', index: 0 }, { container: 'a', index: 0 })).toBe(
      DOC,
    );
    expect(JSON.stringify(DOC)).toBe(frozen);
  });

  it('numbers rows in section order', () => {
    const doc = { ...DOC, rows: [DOC.rows![2]!, DOC.rows![0]!, DOC.rows![1]!] };
    expect([...followUpRowNumbers(doc)]).toEqual([
      ['r1', 1],
      ['r2', 2],
      ['r3', 3],
    ]);
  });
});
