// Parsing a board document with localized errors: the path for bad data. The shapes, and the
// fast check for good data, are in board-schema.ts.
import * as v from 'valibot';
import { deepCopy } from '../copy.js';
import { localize } from '../i18n/localize.js';
import { dataError, formatPath, toDataErrors } from '../schema/errors.js';
import { isPlainObject } from '../schema/util.js';
import type { DataError, ParseResult } from '../types.js';
import { boardIssues, boardSchemas, fillNoteIds } from './board-schema.js';
import { boardErrorMessages } from './error-messages.js';
import type { BoardDocument, BoardKind, SwotData } from './types.js';

function errorsOf(input: unknown, kind: BoardKind, prefix: (string | number)[]): DataError[] {
  const result = v.safeParse(boardSchemas[kind], input);
  const errors: DataError[] = [];
  if (!result.success) {
    const at = formatPath(prefix);
    for (const error of toDataErrors(result.issues, boardErrorMessages)) {
      errors.push({ path: at + error.path.slice(1), message: error.message });
    }
  }
  if (isPlainObject(input)) {
    boardIssues(input, kind, (keys, key, params) =>
      errors.push({
        path: formatPath([...prefix, ...keys]),
        message: localize(boardErrorMessages, key, params),
      }),
    );
  }
  return errors;
}

/**
 * Validate a board document of `kind` (for `swot` also a non-empty array: a portfolio). Never
 * throws. On success the value is a deep copy of the input, unknown fields included, with an
 * id given to every note that had none; otherwise every problem found, each with a JSON path
 * and a text in nb, nn and en.
 */
export function parseBoard(input: unknown, kind: BoardKind): ParseResult<BoardDocument | SwotData> {
  try {
    let errors: DataError[];
    if (kind === 'swot' && Array.isArray(input)) {
      errors =
        input.length === 0
          ? [dataError('$', 'expectedDocument')]
          : (input as unknown[]).flatMap((doc, i) => errorsOf(doc, kind, [i]));
    } else {
      errors = errorsOf(input, kind, []);
    }
    if (errors.length > 0) return { ok: false, errors };
    const value = deepCopy(input) as BoardDocument | BoardDocument[];
    for (const doc of Array.isArray(value) ? value : [value])
      fillNoteIds(doc as Record<string, unknown>, kind);
    return { ok: true, value };
  } catch {
    // Exotic input (throwing getters, proxies, cycles): report instead of throwing.
    return { ok: false, errors: [dataError('$', 'invalidValue')] };
  }
}
