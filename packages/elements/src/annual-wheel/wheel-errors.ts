// The localized errors of bad annual wheel data, loaded only when data fails the quick check.
// The schema and the checks across fields come from the first render (which holds them for the
// quick check), so this part shares no module with it.
import * as v from 'valibot';
import type { DataError, ParseResult, WheelDocument, WheelErrorKey } from '@mulighetsrom/core';
import { localize } from '@mulighetsrom/core/i18n/localize.js';
import { dataError, formatPath, toDataErrors } from '@mulighetsrom/core/schema/errors.js';
import { wheelErrorMessages } from '@mulighetsrom/core/wheel/error-messages.js';

/** The two checks of core's wheel-schema.ts (internal there, so typed here by their use). */
export interface WheelChecks {
  readonly schema: v.GenericSchema;
  readonly issues: (
    doc: Record<string, unknown>,
    report: (
      keys: readonly (string | number)[],
      key: WheelErrorKey,
      params?: Readonly<Record<string, string | number>>,
    ) => void,
  ) => void;
}

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
