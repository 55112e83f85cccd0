// The localized errors of a follow-up plan that is rejected, loaded only when data fails the
// quick check. The schema and the checks across entries come from the first render (it holds
// them for the quick check), so this part shares no module with it.
import * as v from 'valibot';
import type {
  DataError,
  FollowUpDocument,
  FollowUpErrorKey,
  ParseResult,
} from '@mulighetsrom/core';
import { localize } from '@mulighetsrom/core/i18n/localize.js';
import { followUpErrorMessages } from '@mulighetsrom/core/follow-up/error-messages.js';
import { dataError, formatPath, toDataErrors } from '@mulighetsrom/core/schema/errors.js';

/** The two checks of core's follow-up/schema.ts (internal there, so typed here by their use). */
export interface FollowUpChecks {
  readonly schema: v.GenericSchema;
  readonly issues: (
    doc: Record<string, unknown>,
    report: (
      keys: readonly (string | number)[],
      key: FollowUpErrorKey,
      params?: Readonly<Record<string, string | number>>,
    ) => void,
  ) => void;
}

/** Every problem of `input` (which the quick check rejected), in nb, nn and en. Never throws. */
export function followUpErrors(
  input: unknown,
  { schema, issues }: FollowUpChecks,
): ParseResult<FollowUpDocument> {
  try {
    const shape = v.safeParse(schema, input);
    const errors: DataError[] = shape.success
      ? []
      : toDataErrors(shape.issues, followUpErrorMessages);
    if (input !== null && typeof input === 'object' && !Array.isArray(input)) {
      issues(input as Record<string, unknown>, (keys, key, params) => {
        errors.push({
          path: formatPath(keys),
          message: localize(followUpErrorMessages, key, params),
        });
      });
    }
    return { ok: false, errors: errors.length > 0 ? errors : [dataError('$', 'invalidValue')] };
  } catch {
    return { ok: false, errors: [dataError('$', 'invalidValue')] };
  }
}
