// Parsing a matrix document with localized errors: the path for bad data. The shape itself, and
// the fast check for good data, are in matrix-schema.ts.
import * as v from 'valibot';
import { deepCopy } from '../copy.js';
import { dataError, formatPath, toDataErrors } from '../schema/errors.js';
import { isPlainObject } from '../schema/util.js';
import type { DataError, ParseResult } from '../types.js';
import { matrixErrorMessages, matrixIssueText } from './error-messages.js';
import { matrixDocumentSchema, matrixIssues } from './matrix-schema.js';
import type { MatrixDocument } from './types.js';

/**
 * Validate a matrix document. Never throws. On success the value is a deep copy that
 * deep-equals the input, unknown fields included; otherwise every problem found, each with a
 * JSON path and a text in nb, nn and en that names the duplicate or the missing reference.
 */
export function parseMatrix(input: unknown): ParseResult<MatrixDocument> {
  try {
    const result = v.safeParse(matrixDocumentSchema, input);
    const errors: DataError[] = result.success
      ? []
      : toDataErrors(result.issues, matrixErrorMessages);
    if (isPlainObject(input)) {
      matrixIssues(input, (keys, key, params) =>
        errors.push({
          path: formatPath(keys),
          message: matrixIssueText(key, params),
        }),
      );
    }
    return errors.length > 0
      ? { ok: false, errors }
      : { ok: true, value: deepCopy(input) as MatrixDocument };
  } catch {
    // Exotic input (throwing getters, proxies, cycles): report instead of throwing.
    return { ok: false, errors: [dataError('$', 'invalidValue')] };
  }
}
