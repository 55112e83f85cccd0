// Parsing a matrix document with localized errors: the path for bad data. The shape itself, and
// the fast check for good data, are in matrix-schema.ts.
import { deepCopy } from '../copy.js';
import { documentErrors, parseChecked } from '../schema/document-errors.js';
import type { ParseResult } from '../types.js';
import { matrixErrorMessages, matrixIssueText } from './error-messages.js';
import { matrixChecks } from './matrix-schema.js';
import type { MatrixDocument } from './types.js';

/**
 * Validate a matrix document. Never throws. On success the value is a deep copy that
 * deep-equals the input, unknown fields included; otherwise every problem found, each with a
 * JSON path and a text in nb, nn and en that names the duplicate or the missing reference.
 */
export function parseMatrix(input: unknown): ParseResult<MatrixDocument> {
  return parseChecked(
    () => documentErrors(input, matrixChecks, matrixErrorMessages, matrixIssueText),
    () => deepCopy(input) as MatrixDocument,
  );
}
