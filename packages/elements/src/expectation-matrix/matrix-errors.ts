// The localized errors of bad matrix data, loaded only when data fails the quick check. The
// schema and the checks across fields come from the first render (which holds them for the
// quick check), so this part shares no module with it: core's parseMatrix() imports them, and
// a lazy part sharing them would move the presets and catalogs into the chunk every page loads.
import type { DocumentChecks, MatrixDocument, ParseResult } from '@mulighetsrom/core';
import {
  matrixErrorMessages,
  matrixIssueText,
  type MatrixIssueKey,
} from '@mulighetsrom/core/matrix/error-messages.js';
import { documentErrors, rejectedData } from '@mulighetsrom/core/schema/document-errors.js';

/** Every problem of `input` (which the quick check rejected), in nb, nn and en. Never throws. */
export function matrixErrors(
  input: unknown,
  checks: DocumentChecks<MatrixIssueKey>,
): ParseResult<MatrixDocument> {
  return rejectedData(() => documentErrors(input, checks, matrixErrorMessages, matrixIssueText));
}
