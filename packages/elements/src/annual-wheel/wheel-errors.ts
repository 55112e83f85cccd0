// The localized errors of bad annual wheel data, loaded only when data fails the quick check.
// The schema and the checks across fields come from the first render (which holds them for the
// quick check), so this part shares no module with it.
import * as v from 'valibot';
import type { DataError, ParseResult, WheelDocument, wheelChecks } from '@mulighetsrom/core';
import { localize } from '@mulighetsrom/core/i18n/localize.js';
import { dataError, formatPath, toDataErrors } from '@mulighetsrom/core/schema/errors.js';
import { wheelErrorMessages } from '@mulighetsrom/core/wheel/error-messages.js';

/** The checks of core's wheel-schema.ts, handed over by the first render (which has them). */
export type WheelChecks = typeof wheelChecks;

/** Every problem of `input` (which the quick check rejected), in nb, nn and en. Never throws. */
export function wheelErrors(
  input: unknown,
  { schema, issues }: WheelChecks,
): ParseResult<WheelDocument> {
  try {
    const shape = v.safeParse(schema, input);
    const errors: DataError[] = shape.success ? [] : toDataErrors(shape.issues, wheelErrorMessages);
    if (input !== null && typeof input === 'object' && !Array.isArray(input)) {
      issues(input as Record<string, unknown>, (keys, key, params) => {
        errors.push({
          path: formatPath(keys),
          message: localize(wheelErrorMessages, key, params),
        });
      });
    }
    return { ok: false, errors: errors.length > 0 ? errors : [dataError('$', 'invalidValue')] };
  } catch {
    return { ok: false, errors: [dataError('$', 'invalidValue')] };
  }
}
