// Parsing an annual wheel document with localized errors: the path for bad data. The shape
// itself, and the fast check for good data, are in wheel-schema.ts.
import * as v from 'valibot';
import { deepCopy } from '../copy.js';
import { localize } from '../i18n/localize.js';
import { dataError, formatPath, toDataErrors } from '../schema/errors.js';
import { isPlainObject } from '../schema/util.js';
import type { DataError, ParseResult } from '../types.js';
import { wheelErrorMessages } from './error-messages.js';
import { fillActivityIds, wheelDocumentSchema, wheelIssues } from './wheel-schema.js';
import type { WheelDocument } from './types.js';

/**
 * Validate an annual wheel document. Never throws. On success the value is a deep copy of the
 * input, unknown fields included, with an id for every activity that had none; otherwise every
 * problem found, each with a JSON path and a text in nb, nn and en.
 */
export function parseWheel(input: unknown): ParseResult<WheelDocument> {
  try {
    const result = v.safeParse(wheelDocumentSchema, input);
    const errors: DataError[] = result.success
      ? []
      : toDataErrors(result.issues, wheelErrorMessages);
    if (isPlainObject(input)) {
      wheelIssues(input, (keys, key, params) =>
        errors.push({ path: formatPath(keys), message: localize(wheelErrorMessages, key, params) }),
      );
    }
    return errors.length > 0
      ? { ok: false, errors }
      : { ok: true, value: fillActivityIds(deepCopy(input) as WheelDocument) };
  } catch {
    return { ok: false, errors: [dataError('$', 'invalidValue')] };
  }
}
