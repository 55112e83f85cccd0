// Reading a follow-up plan with localized errors: the path for a plan that is rejected. The
// shape, the quick check and the row flags are in schema.ts.
import { localize } from '../i18n/localize.js';
import { documentErrors, parseChecked } from '../schema/document-errors.js';
import type { ParseResult } from '../types.js';
import { followUpErrorMessages } from './error-messages.js';
import { followUpChecks, withRowIds } from './schema.js';
import type { FollowUpDocument } from './types.js';

/**
 * Read a follow-up plan. Never throws. On success the value is a deep copy with an id on every
 * row (generated where missing) and every unknown field; rows with bad fields are kept (see
 * followUpRowIssues()). Otherwise every problem found, each with a JSON path and a text in nb, nn, en.
 */
export function parseFollowUp(input: unknown): ParseResult<FollowUpDocument> {
  return parseChecked(
    () =>
      documentErrors(input, followUpChecks, followUpErrorMessages, (key, params) =>
        localize(followUpErrorMessages, key, params),
      ),
    () => withRowIds(input as Record<string, unknown>),
  );
}
