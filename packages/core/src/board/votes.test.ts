import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findNote } from './edit.js';
import { castVote, roomVote, takeBackVote, votesLeft } from './votes.js';
import type { AssessmentCrossDocument, VoteLedger } from './types.js';

const cross: AssessmentCrossDocument = {
  worksWell: [
    { id: 'a', text: 'Felles møter' },
    { id: 'b', text: 'Tillit', votes: 4 },
  ],
};

describe('dot voting', () => {
  it('casts votes up to the limit and no further', () => {
    let doc = cross;
    let ledger: VoteLedger = {};
    for (let i = 0; i < 3; i++) {
      const next = castVote(doc, 'cross', 'a', ledger, 3)!;
      doc = next.doc;
      ledger = next.ledger;
    }
    expect(findNote(doc, 'cross', 'a')?.note.votes).toBe(3);
    expect(votesLeft(ledger, 3)).toBe(0);
    expect(castVote(doc, 'cross', 'b', ledger, 3)).toBeUndefined();
  });

  it('limit 0 means no voting', () => {
    expect(castVote(cross, 'cross', 'a', {}, 0)).toBeUndefined();
  });

  it('takes back only votes this person gave', () => {
    expect(takeBackVote(cross, 'cross', 'b', {})).toBeUndefined();
    const cast = castVote(cross, 'cross', 'b', {}, 2)!;
    expect(findNote(cast.doc, 'cross', 'b')?.note.votes).toBe(5);
    const back = takeBackVote(cast.doc, 'cross', 'b', cast.ledger)!;
    expect(findNote(back.doc, 'cross', 'b')?.note.votes).toBe(4);
    expect(back.ledger).toEqual({});
  });

  it('room mode counts hands without a limit, never below zero', () => {
    let doc = cross;
    for (let i = 0; i < 7; i++) doc = roomVote(doc, 'cross', 'a', 1);
    expect(findNote(doc, 'cross', 'a')?.note.votes).toBe(7);
    doc = roomVote(roomVote(cross, 'cross', 'a', -1), 'cross', 'a', -1);
    expect(findNote(doc, 'cross', 'a')?.note).toEqual({ id: 'a', text: 'Felles møter' });
  });

  it('property: votes given never exceed the limit and the board total moves with the ledger', () => {
    fc.assert(
      fc.property(
        fc.nat(5),
        fc.array(fc.tuple(fc.boolean(), fc.constantFrom('a', 'b'))),
        (limit, steps) => {
          let doc = cross;
          let ledger: VoteLedger = {};
          for (const [cast, id] of steps) {
            const next = cast
              ? castVote(doc, 'cross', id, ledger, limit)
              : takeBackVote(doc, 'cross', id, ledger);
            if (next) ({ doc, ledger } = next);
          }
          const given = Object.values(ledger).reduce((s, n) => s + n, 0);
          expect(given).toBeLessThanOrEqual(limit);
          const total = (doc.worksWell ?? []).reduce((s, n) => s + (n.votes ?? 0), 0);
          expect(total).toBe(4 + given);
        },
      ),
    );
  });
});
