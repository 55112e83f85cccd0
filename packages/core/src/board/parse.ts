// Parsing a board document with localized errors: the path for bad data. The shapes, and the
// fast check for good data, are in board-schema.ts.
import { deepCopy } from '../copy.js';
import { parseChecked } from '../schema/document-errors.js';
import type { ParseResult } from '../types.js';
import { boardErrors } from './board-errors.js';
import { boardChecks, fillNoteIds } from './board-schema.js';
import type { BoardDocument, BoardKind, SwotData } from './types.js';

/**
 * Validate a board document of `kind` (for `swot` also a non-empty array: a portfolio). Never
 * throws. On success the value is a deep copy of the input, unknown fields included, with an
 * id given to every note that had none; otherwise every problem found, each with a JSON path
 * and a text in nb, nn and en.
 */
export function parseBoard(input: unknown, kind: BoardKind): ParseResult<BoardDocument | SwotData> {
  return parseChecked(
    () => boardErrors(input, kind, boardChecks[kind]),
    () => {
      const value = deepCopy(input) as BoardDocument | BoardDocument[];
      for (const doc of Array.isArray(value) ? value : [value])
        fillNoteIds(doc as Record<string, unknown>, kind);
      return value;
    },
  );
}
