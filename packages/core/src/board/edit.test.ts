import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addNote,
  arrowTarget,
  deleteNote,
  editNote,
  findNote,
  moveNote,
  setNotesHidden,
  sortBoardByVotes,
} from './edit.js';
import { boardColumnIds } from './layouts.js';
import type { BoardNote, SwotDocument } from './types.js';

const doc = (): SwotDocument => ({
  subject: 'Rus',
  strengths: [
    { id: 'a', text: 'A', keep: 1 },
    { id: 'b', text: 'B', votes: 3 },
    { id: 'c', text: 'C', votes: 1 },
  ],
  weaknesses: [{ id: 'd', text: 'D' }],
  other: 'kept',
});

describe('note edits', () => {
  it('adds a note with a fresh id at the end or an index, trimmed; blank adds nothing', () => {
    const added = addNote(doc(), 'swot', 'threats', {
      text: '  Ny  ',
      author: 'Per',
      color: 'blue',
    });
    expect(added?.note).toEqual({ id: 'n1', text: 'Ny', author: 'Per', color: 'blue' });
    expect(added?.doc.threats).toEqual([added?.note]);
    expect(added?.doc.other).toBe('kept');
    const first = addNote(doc(), 'swot', 'strengths', { text: 'Først', hidden: true }, 0);
    expect(first?.doc.strengths?.map((n) => n.text)).toEqual(['Først', 'A', 'B', 'C']);
    expect(first?.note.hidden).toBe(true);
    expect(addNote(doc(), 'swot', 'strengths', { text: '   ' })).toBeUndefined();
    expect(addNote(doc(), 'swot', 'nope', { text: 'x' })).toBeUndefined();
  });

  it('edits text, author and colour in place, keeping unknown fields; no-ops return the doc', () => {
    const before = doc();
    const next = editNote(before, 'swot', 'a', { text: 'A2', author: 'Kari', color: 'pink' });
    expect(next.strengths?.[0]).toEqual({
      id: 'a',
      text: 'A2',
      keep: 1,
      author: 'Kari',
      color: 'pink',
    });
    expect(next.weaknesses).toBe(before.weaknesses);
    expect(editNote(before, 'swot', 'a', { text: 'A' })).toBe(before);
    expect(editNote(before, 'swot', 'a', { text: ' ' })).toBe(before);
    expect(editNote(before, 'swot', 'zzz', { text: 'x' })).toBe(before);
    const cleared = editNote(next, 'swot', 'a', { author: '', color: null });
    expect(cleared.strengths?.[0]).toEqual({ id: 'a', text: 'A2', keep: 1 });
  });

  it('deletes a note', () => {
    const next = deleteNote(doc(), 'swot', 'b');
    expect(next.strengths?.map((n) => n.id)).toEqual(['a', 'c']);
    expect(findNote(next, 'swot', 'b')).toBeUndefined();
  });

  it('moves within and between columns; only those columns change', () => {
    const before = doc();
    const within = moveNote(
      before,
      'swot',
      { container: 'strengths', index: 0 },
      { container: 'strengths', index: 2 },
    );
    expect(within.strengths?.map((n) => n.id)).toEqual(['b', 'c', 'a']);
    expect(within.weaknesses).toBe(before.weaknesses);
    const across = moveNote(
      before,
      'swot',
      { container: 'strengths', index: 1 },
      { container: 'threats', index: 0 },
    );
    expect(across.threats?.map((n) => n.id)).toEqual(['b']);
    expect(across.strengths?.map((n) => n.id)).toEqual(['a', 'c']);
    expect(across.weaknesses).toBe(before.weaknesses);
    expect(
      moveNote(
        before,
        'swot',
        { container: 'strengths', index: 9 },
        { container: 'threats', index: 0 },
      ),
    ).toBe(before);
  });

  it('finds Alt+Arrow targets: up/down within, left/right to the neighbour, none at edges', () => {
    const d = doc();
    expect(arrowTarget(d, 'swot', { container: 'strengths', index: 0 }, 'ArrowUp')).toBeUndefined();
    expect(arrowTarget(d, 'swot', { container: 'strengths', index: 0 }, 'ArrowDown')).toEqual({
      container: 'strengths',
      index: 1,
    });
    expect(arrowTarget(d, 'swot', { container: 'strengths', index: 2 }, 'ArrowRight')).toEqual({
      container: 'weaknesses',
      index: 1,
    });
    expect(
      arrowTarget(d, 'swot', { container: 'strengths', index: 0 }, 'ArrowLeft'),
    ).toBeUndefined();
    expect(
      arrowTarget(d, 'swot', { container: 'threats', index: 0 }, 'ArrowRight'),
    ).toBeUndefined();
  });

  it('hides and reveals all notes or one column', () => {
    const hidden = setNotesHidden(doc(), 'swot', true);
    expect(hidden.strengths?.every((n) => n.hidden)).toBe(true);
    expect(hidden.weaknesses?.every((n) => n.hidden)).toBe(true);
    const one = setNotesHidden(hidden, 'swot', false, 'weaknesses');
    expect(one.weaknesses?.[0]).toEqual({ id: 'd', text: 'D' });
    expect(one.strengths).toBe(hidden.strengths);
    expect(setNotesHidden(one, 'swot', true, 'strengths')).toBe(one);
  });

  it('sorts by votes, most first, ties in their order', () => {
    const sorted = sortBoardByVotes(doc(), 'swot');
    expect(sorted.strengths?.map((n) => n.id)).toEqual(['b', 'c', 'a']);
    expect(sortBoardByVotes(sorted, 'swot')).toBe(sorted);
  });
});

// Moves keep every note exactly once, wherever they go.
const noteArb = fc.array(fc.constantFrom('strengths', 'weaknesses', 'opportunities', 'threats'), {
  maxLength: 12,
});

it('property: any sequence of moves keeps every note exactly once', () => {
  fc.assert(
    fc.property(
      noteArb,
      fc.array(fc.tuple(fc.nat(5), fc.nat(12), fc.nat(5), fc.nat(12)), { maxLength: 20 }),
      (placement, moves) => {
        const columns = boardColumnIds('swot');
        let board: SwotDocument = {};
        placement.forEach((column, i) => {
          const list = ((board as Record<string, BoardNote[]>)[column] ?? []).concat({
            id: `x${i}`,
            text: `t${i}`,
          });
          board = { ...board, [column]: list };
        });
        for (const [fc1, fi, tc, ti] of moves) {
          const from = { container: columns[fc1 % 4]!, index: fi };
          const to = { container: columns[tc % 4]!, index: ti };
          board = moveNote(board, 'swot', from, to);
        }
        const ids = columns.flatMap((c) =>
          ((board as Record<string, BoardNote[]>)[c] ?? []).map((n) => n.id),
        );
        expect(ids.sort()).toEqual(placement.map((_, i) => `x${i}`).sort());
      },
    ),
  );
});
