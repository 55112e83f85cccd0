// The board documents' shapes, written once as valibot schemas, and the checks a schema cannot
// express (note ids unique within a board). quickParseBoard() runs both for good data and
// builds no error text; parseBoard() (parse.ts) runs the same to name every problem. Message
// strings below are error keys, looked up only on that path.
import * as v from 'valibot';
import { BUILT_IN_AREA_COUNT } from '../catalog/ids.js';
import { deepCopy } from '../copy.js';
import type { FormatParams } from '../i18n/format.js';
import { plainObject } from '../schema/model-schema.js';
import type { DocumentChecks } from '../schema/document-errors.js';
import { givenText, isPlainObject } from '../schema/util.js';
import type { BoardErrorKey } from './error-messages.js';
import { BOARD_LAYOUTS, NOTE_COLORS } from './layouts.js';
import type { BoardDocument, BoardKind, BoardNote, NoteColor, SwotData } from './types.js';

const noteSchema = plainObject({
  id: v.optional(
    v.pipe(
      v.string(),
      v.check<string, BoardErrorKey>((id) => id.trim() !== '', 'emptyNoteId'),
    ),
  ),
  text: v.string(),
  votes: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  author: v.optional(v.string()),
  color: v.optional(v.picklist(NOTE_COLORS as NoteColor[])),
  hidden: v.optional(v.boolean()),
});

const notes = v.optional(v.array(noteSchema));

/** A development area: 1–20, or `{ name }` with a name. @internal */
export function isSituationArea(value: unknown): boolean {
  if (typeof value === 'number')
    return Number.isInteger(value) && value >= 1 && value <= BUILT_IN_AREA_COUNT;
  return isPlainObject(value) && givenText(value.name);
}

const text = v.optional(v.string());

/** The schema of one board document, by kind. @internal */
export const boardSchemas = {
  swot: plainObject({
    title: text,
    subject: text,
    strengths: notes,
    weaknesses: notes,
    opportunities: notes,
    threats: notes,
  }),
  cross: plainObject({
    title: text,
    office: text,
    worksWell: notes,
    why: notes,
    couldImprove: notes,
    how: notes,
  }),
  situation: plainObject({
    title: text,
    area: v.optional(v.custom(isSituationArea, 'expectedArea' satisfies BoardErrorKey)),
    because: text,
    desired: notes,
    barriers: notes,
    drivers: notes,
  }),
} as const satisfies Record<BoardKind, v.GenericSchema>;

/** Receives one semantic problem: where (keys from the document root), what, and details. */
export type ReportBoardIssue = (
  keys: readonly (string | number)[],
  key: BoardErrorKey,
  params?: FormatParams,
) => void;

/**
 * The check a schema cannot express: every note id given once in a board. Reports each
 * duplicate; entries of the wrong shape are skipped (the schema reports those).
 * @internal
 */
export function boardIssues(
  doc: Record<string, unknown>,
  kind: BoardKind,
  report: ReportBoardIssue,
): void {
  const seen = new Set<string>();
  for (const { id: column } of BOARD_LAYOUTS[kind]) {
    const list = doc[column];
    if (!Array.isArray(list)) continue;
    list.forEach((note: unknown, i) => {
      if (!isPlainObject(note) || !givenText(note.id)) return;
      if (seen.has(note.id)) report([column, i, 'id'], 'duplicateNoteId', { id: note.id });
      seen.add(note.id);
    });
  }
}

/**
 * Gives every note without an id one (`n1`, `n2` … the first not taken), in place, so edits
 * and moves can name it; the ids are kept in `.value`. Call on a copy.
 * @internal
 */
export function fillNoteIds(doc: Record<string, unknown>, kind: BoardKind): void {
  const columns = BOARD_LAYOUTS[kind].map(({ id }) => doc[id]);
  const taken = new Set<string>();
  for (const list of columns)
    if (Array.isArray(list))
      for (const note of list as BoardNote[]) if (givenText(note.id)) taken.add(note.id);
  let next = 1;
  for (const list of columns) {
    if (!Array.isArray(list)) continue;
    for (const note of list as BoardNote[]) {
      if (givenText(note.id)) continue;
      while (taken.has(`n${next}`)) next++;
      note.id = `n${next}`;
      taken.add(note.id);
    }
  }
}

function quickOne(input: unknown, kind: BoardKind): BoardDocument | undefined {
  if (!isPlainObject(input) || !v.is(boardSchemas[kind], input)) return undefined;
  let sound = true;
  boardIssues(input, kind, () => (sound = false));
  if (!sound) return undefined;
  const copy = deepCopy(input) as Record<string, unknown>;
  fillNoteIds(copy, kind);
  return copy as BoardDocument;
}

/**
 * The value parseBoard() returns for good data (a deep copy, unknown fields included, missing
 * note ids filled in), or undefined for anything it would reject: the fast path that builds no
 * error text. A SWOT may also be a non-empty array of documents (a portfolio). Never throws.
 */
export function quickParseBoard(
  input: unknown,
  kind: BoardKind,
): BoardDocument | SwotData | undefined {
  try {
    if (kind === 'swot' && Array.isArray(input)) {
      if (input.length === 0) return undefined;
      const docs: BoardDocument[] = [];
      for (const doc of input as unknown[]) {
        const one = quickOne(doc, kind);
        if (!one) return undefined;
        docs.push(one);
      }
      return docs;
    }
    return quickOne(input, kind);
  } catch {
    // Exotic input (throwing getters, proxies, cycles).
    return undefined;
  }
}

const checksOf = (kind: BoardKind): DocumentChecks<BoardErrorKey> => ({
  schema: boardSchemas[kind],
  issues: (doc, report) => boardIssues(doc, kind, report),
});

/**
 * Each kind's schema and check across notes: what a widget's lazy error part needs to name
 * every problem of data the quick check rejected, without importing this module again.
 */
export const boardChecks: Readonly<Record<BoardKind, DocumentChecks<BoardErrorKey>>> = {
  swot: checksOf('swot'),
  cross: checksOf('cross'),
  situation: checksOf('situation'),
};
