// The errors of a board document or a SWOT portfolio, for core's parse and the widgets' lazy
// error part alike.
import { localize } from '../i18n/localize.js';
import { dataError } from '../schema/errors.js';
import { documentErrors, type DocumentChecks } from '../schema/document-errors.js';
import type { DataError } from '../types.js';
import { boardErrorMessages, type BoardErrorKey } from './error-messages.js';
import type { BoardKind } from './types.js';

/**
 * Every problem of a board document of `kind`, or (swot) of a portfolio: a non-empty array of
 * documents, each found under its index. `checks` come from the caller (the widgets' first
 * render holds them), so the widgets' lazy error part shares no module with their first render.
 */
export function boardErrors(
  input: unknown,
  kind: BoardKind,
  checks: DocumentChecks<BoardErrorKey>,
): DataError[] {
  const errorsOf = (doc: unknown, prefix: number[]) =>
    documentErrors(
      doc,
      checks,
      boardErrorMessages,
      (key, params) => localize(boardErrorMessages, key, params),
      prefix,
    );
  if (kind === 'swot' && Array.isArray(input))
    return input.length === 0
      ? [dataError('$', 'expectedDocument')]
      : (input as unknown[]).flatMap((doc, i) => errorsOf(doc, [i]));
  return errorsOf(input, []);
}
