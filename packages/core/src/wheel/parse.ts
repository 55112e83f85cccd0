// Parsing an annual wheel document with localized errors: the path for bad data. The shape
// itself, and the fast check for good data, are in wheel-schema.ts.
import { deepCopy } from '../copy.js';
import { localize } from '../i18n/localize.js';
import { documentErrors, parseChecked } from '../schema/document-errors.js';
import type { ParseResult } from '../types.js';
import { wheelErrorMessages } from './error-messages.js';
import { fillActivityIds, wheelChecks } from './wheel-schema.js';
import type { WheelDocument } from './types.js';

/**
 * Validate an annual wheel document. Never throws. On success the value is a deep copy of the
 * input, unknown fields included, with an id for every activity that had none; otherwise every
 * problem found, each with a JSON path and a text in nb, nn and en.
 */
export function parseWheel(input: unknown): ParseResult<WheelDocument> {
  return parseChecked(
    () =>
      documentErrors(input, wheelChecks, wheelErrorMessages, (key, params) =>
        localize(wheelErrorMessages, key, params),
      ),
    () => fillActivityIds(deepCopy(input) as WheelDocument),
  );
}
