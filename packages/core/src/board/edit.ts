// The note edits as pure functions: each returns a new document (unchanged columns and notes
// are the same objects), or the same document when nothing changed, so a widget can tell a
// real edit from a no-op. Unknown fields of the document and of each note survive.
import type { MoveTarget } from '../editing/move.js';
import { moveItem } from '../editing/move.js';
import { BOARD_LAYOUTS } from './layouts.js';
import type { BoardDocument, BoardKind, BoardNote, NotePlace, NoteColor } from './types.js';

type Doc = Record<string, unknown>;

/** The notes of one column (an empty list when the document has none there). */
export function columnNotes(doc: BoardDocument, column: string): readonly BoardNote[] {
  const list = (doc as Doc)[column];
  return Array.isArray(list) ? (list as BoardNote[]) : [];
}

/** Every column of the board as column key → notes, in display order. */
export function boardColumns(doc: BoardDocument, kind: BoardKind): Record<string, BoardNote[]> {
  const out: Record<string, BoardNote[]> = {};
  for (const { id } of BOARD_LAYOUTS[kind]) out[id] = columnNotes(doc, id) as BoardNote[];
  return out;
}

/** Where the note `id` stands, if it is on the board. */
export function findNote(doc: BoardDocument, kind: BoardKind, id: string): NotePlace | undefined {
  for (const { id: column } of BOARD_LAYOUTS[kind]) {
    const notes = columnNotes(doc, column);
    const index = notes.findIndex((note) => note.id === id);
    if (index >= 0) return { column, index, note: notes[index]! };
  }
  return undefined;
}

/** A new note id: `n` and the first number no note of the board has. */
export function newNoteId(doc: BoardDocument, kind: BoardKind): string {
  const taken = new Set(
    BOARD_LAYOUTS[kind].flatMap(({ id }) => columnNotes(doc, id).map((note) => note.id)),
  );
  let next = 1;
  while (taken.has(`n${next}`)) next++;
  return `n${next}`;
}

/** What a new note may carry besides its text. */
export interface NewNote {
  readonly text: string;
  readonly author?: string;
  readonly color?: NoteColor;
  readonly hidden?: boolean;
}

const withColumn = <D extends BoardDocument>(doc: D, column: string, notes: BoardNote[]): D =>
  ({ ...doc, [column]: notes }) as D;

/**
 * Adds a note (text trimmed; blank text adds nothing) at `index` of `column` (default: the
 * end). Returns the document and the new note, or undefined when nothing was added.
 */
export function addNote<D extends BoardDocument>(
  doc: D,
  kind: BoardKind,
  column: string,
  fields: NewNote,
  index?: number,
): { doc: D; note: BoardNote } | undefined {
  const text = fields.text.trim();
  if (!text || !BOARD_LAYOUTS[kind].some((c) => c.id === column)) return undefined;
  const note: BoardNote = { id: newNoteId(doc, kind), text };
  if (fields.author?.trim()) note.author = fields.author.trim();
  if (fields.color) note.color = fields.color;
  if (fields.hidden) note.hidden = true;
  const notes = [...columnNotes(doc, column)];
  const at = index === undefined ? notes.length : Math.max(0, Math.min(index, notes.length));
  notes.splice(at, 0, note);
  return { doc: withColumn(doc, column, notes), note };
}

/** The fields an edit in place may change; an empty author or `null` colour removes it. */
export interface NoteChanges {
  readonly text?: string;
  readonly author?: string;
  readonly color?: NoteColor | null;
}

/** Changes the note `id` (blank text is refused: delete the note instead). */
export function editNote<D extends BoardDocument>(
  doc: D,
  kind: BoardKind,
  id: string,
  changes: NoteChanges,
): D {
  const place = findNote(doc, kind, id);
  if (!place) return doc;
  const note: BoardNote = { ...place.note };
  let changed = false;
  const set = (key: 'text' | 'author' | 'color', value: string | undefined): void => {
    if (value === note[key]) return;
    if (value === undefined) delete note[key];
    else (note as Record<string, unknown>)[key] = value;
    changed = true;
  };
  if (changes.text !== undefined) {
    const text = changes.text.trim();
    if (!text) return doc;
    set('text', text);
  }
  if (changes.author !== undefined) set('author', changes.author.trim() || undefined);
  if (changes.color !== undefined) set('color', changes.color ?? undefined);
  if (!changed) return doc;
  const notes = [...columnNotes(doc, place.column)];
  notes[place.index] = note;
  return withColumn(doc, place.column, notes);
}

/** Deletes the note `id`. */
export function deleteNote<D extends BoardDocument>(doc: D, kind: BoardKind, id: string): D {
  const place = findNote(doc, kind, id);
  if (!place) return doc;
  return withColumn(
    doc,
    place.column,
    columnNotes(doc, place.column).filter((_, i) => i !== place.index),
  );
}

/**
 * Moves the note at `from` to `to` (a column key and the index the note has after the move),
 * within its column or into another. Only the columns involved are new arrays.
 */
export function moveNote<D extends BoardDocument>(
  doc: D,
  kind: BoardKind,
  from: MoveTarget,
  to: MoveTarget,
): D {
  if (from.container === to.container && from.index === to.index) return doc;
  const moved = moveItem(boardColumns(doc, kind), from, to);
  if (!moved) return doc;
  const next: Doc = { ...doc };
  next[from.container] = moved[from.container];
  next[to.container] = moved[to.container];
  return next as D;
}

/**
 * Where Alt+Arrow sends the note at `from`: up and down within its column, left and right to
 * the same index of the neighbouring column (clamped). Undefined at an edge.
 */
export function arrowTarget(
  doc: BoardDocument,
  kind: BoardKind,
  from: MoveTarget,
  key: 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight',
): MoveTarget | undefined {
  const ids = BOARD_LAYOUTS[kind].map((c) => c.id);
  const size = columnNotes(doc, from.container).length;
  if (key === 'ArrowUp')
    return from.index > 0 ? { container: from.container, index: from.index - 1 } : undefined;
  if (key === 'ArrowDown')
    return from.index < size - 1 ? { container: from.container, index: from.index + 1 } : undefined;
  const at = ids.indexOf(from.container) + (key === 'ArrowLeft' ? -1 : 1);
  const column = ids[at];
  if (column === undefined) return undefined;
  return { container: column, index: Math.min(from.index, columnNotes(doc, column).length) };
}

/** Sets the votes of note `id` (never below 0; 0 removes the field). */
export function setNoteVotes<D extends BoardDocument>(
  doc: D,
  kind: BoardKind,
  id: string,
  votes: number,
): D {
  const place = findNote(doc, kind, id);
  if (!place) return doc;
  const count = Math.max(0, Math.trunc(votes));
  if ((place.note.votes ?? 0) === count) return doc;
  const note: BoardNote = { ...place.note };
  if (count === 0) delete note.votes;
  else note.votes = count;
  const notes = [...columnNotes(doc, place.column)];
  notes[place.index] = note;
  return withColumn(doc, place.column, notes);
}

/** Hides (`true`) or reveals (`false`) every note, or those of one column. */
export function setNotesHidden<D extends BoardDocument>(
  doc: D,
  kind: BoardKind,
  hidden: boolean,
  column?: string,
): D {
  let next: D = doc;
  for (const { id } of BOARD_LAYOUTS[kind]) {
    if (column !== undefined && id !== column) continue;
    const notes = columnNotes(doc, id);
    if (!notes.some((note) => (note.hidden === true) !== hidden)) continue;
    next = withColumn(
      next,
      id,
      notes.map((note) => {
        if ((note.hidden === true) === hidden) return note;
        const copy: BoardNote = { ...note };
        if (hidden) copy.hidden = true;
        else delete copy.hidden;
        return copy;
      }),
    );
  }
  return next;
}

/** Notes by votes, most first; equal votes keep their order. */
export function sortNotesByVotes(notes: readonly BoardNote[]): BoardNote[] {
  return notes
    .map((note, i) => ({ note, i }))
    .sort((a, b) => (b.note.votes ?? 0) - (a.note.votes ?? 0) || a.i - b.i)
    .map(({ note }) => note);
}

/** Every column sorted by votes (an edit: the order is the data's). */
export function sortBoardByVotes<D extends BoardDocument>(doc: D, kind: BoardKind): D {
  let next: D = doc;
  for (const { id } of BOARD_LAYOUTS[kind]) {
    const notes = columnNotes(doc, id);
    const sorted = sortNotesByVotes(notes);
    if (sorted.some((note, i) => note !== notes[i])) next = withColumn(next, id, sorted);
  }
  return next;
}
