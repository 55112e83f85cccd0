// Dot voting: personal votes (each person on their own device, with a limit) and room mode
// (one device counts the room's raised hands). Pure: the widget keeps the ledger per state.
import { findNote, setNoteVotes } from './edit.js';
import type { BoardDocument, BoardKind, VoteLedger } from './types.js';

/** The votes a person has given in all (the sum of the ledger). */
export function votesGiven(ledger: VoteLedger): number {
  return Object.values(ledger).reduce((sum, n) => sum + n, 0);
}

/** The votes a person has left under `limit` (0: no voting). */
export function votesLeft(ledger: VoteLedger, limit: number): number {
  return Math.max(0, Math.trunc(limit) - votesGiven(ledger));
}

/** One personal vote for note `id`; undefined when the limit is used up or the note is gone. */
export function castVote<D extends BoardDocument>(
  doc: D,
  kind: BoardKind,
  id: string,
  ledger: VoteLedger,
  limit: number,
): { doc: D; ledger: VoteLedger } | undefined {
  const place = findNote(doc, kind, id);
  if (!place || votesLeft(ledger, limit) <= 0) return undefined;
  return {
    doc: setNoteVotes(doc, kind, id, (place.note.votes ?? 0) + 1),
    ledger: { ...ledger, [id]: (ledger[id] ?? 0) + 1 },
  };
}

/** Takes back one of this person's votes for note `id`; undefined when they gave none. */
export function takeBackVote<D extends BoardDocument>(
  doc: D,
  kind: BoardKind,
  id: string,
  ledger: VoteLedger,
): { doc: D; ledger: VoteLedger } | undefined {
  const place = findNote(doc, kind, id);
  const mine = ledger[id] ?? 0;
  if (!place || mine <= 0) return undefined;
  const rest: Record<string, number> = { ...ledger };
  if (mine === 1) delete rest[id];
  else rest[id] = mine - 1;
  return { doc: setNoteVotes(doc, kind, id, (place.note.votes ?? 0) - 1), ledger: rest };
}

/** Room mode: `delta` votes more (a raised hand) or fewer for note `id`, never below 0. */
export function roomVote<D extends BoardDocument>(
  doc: D,
  kind: BoardKind,
  id: string,
  delta: number,
): D {
  const place = findNote(doc, kind, id);
  if (!place) return doc;
  return setNoteVotes(doc, kind, id, (place.note.votes ?? 0) + delta);
}
