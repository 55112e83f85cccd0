// Reading a follow-up plan with localized errors: the path for a plan that is rejected. The
// shape, the quick check and the row flags are in schema.ts.
import * as v from 'valibot';
import { localize } from '../i18n/localize.js';
import { dataError, formatPath, toDataErrors } from '../schema/errors.js';
import { isPlainObject } from '../schema/util.js';
import type { DataError, ParseResult } from '../types.js';
import { followUpErrorMessages } from './error-messages.js';
import { followUpDocumentSchema, followUpIssues, withRowIds } from './schema.js';
import type { FollowUpDocument } from './types.js';

/**
 * Read a follow-up plan. Never throws. On success the value is a deep copy with an id on every
 * row (generated where missing) and every unknown field; rows with bad fields are kept (see
 * followUpRowIssues()). Otherwise every problem found, each with a JSON path and a text in nb, nn, en.
 */
export function parseFollowUp(input: unknown): ParseResult<FollowUpDocument> {
  try {
    const result = v.safeParse(followUpDocumentSchema, input);
    const errors: DataError[] = result.success
      ? []
      : toDataErrors(result.issues, followUpErrorMessages);
    if (isPlainObject(input)) {
      followUpIssues(input, (keys, key, params) =>
        errors.push({
          path: formatPath(keys),
          message: localize(followUpErrorMessages, key, params),
        }),
      );
    }
    if (errors.length > 0) return { ok: false, errors };
    return { ok: true, value: withRowIds(input as Record<string, unknown>) };
  } catch {
    return { ok: false, errors: [dataError('$', 'invalidValue')] };
  }
}
