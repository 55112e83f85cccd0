// The localized errors of bad matrix data, loaded only when data fails the quick check. The
// schema and the checks across fields come from the first render (which holds them for the
// quick check), so this part shares no module with it: core's parseMatrix() imports them, and
// a lazy part sharing them would move the presets and catalogs into the chunk every page loads.
import * as v from 'valibot';
import type { DataError, MatrixDocument, ParseResult } from '@mulighetsrom/core';
import {
  matrixErrorMessages,
  matrixIssueText,
  type MatrixIssueKey,
} from '@mulighetsrom/core/matrix/error-messages.js';
import { dataError, formatPath, toDataErrors } from '@mulighetsrom/core/schema/errors.js';

/** The two checks of core's matrix-schema.ts (internal there, so typed here by their use). */
export interface MatrixChecks {
  readonly schema: v.GenericSchema;
  readonly issues: (
    doc: Record<string, unknown>,
    report: (
      keys: readonly (string | number)[],
      key: MatrixIssueKey,
      params?: Readonly<Record<string, string | number>>,
    ) => void,
  ) => void;
}

/** Every problem of `input` (which the quick check rejected), in nb, nn and en. Never throws. */
export function matrixErrors(
  input: unknown,
  { schema, issues }: MatrixChecks,
): ParseResult<MatrixDocument> {
  try {
    const shape = v.safeParse(schema, input);
    const errors: DataError[] = shape.success
      ? []
      : toDataErrors(shape.issues, matrixErrorMessages);
    if (input !== null && typeof input === 'object' && !Array.isArray(input)) {
      issues(input as Record<string, unknown>, (keys, key, params) => {
        errors.push({
          path: formatPath(keys),
          message: matrixIssueText(key, params),
        });
      });
    }
    // The quick check said no, so something is wrong even when no text was found for it.
    return { ok: false, errors: errors.length > 0 ? errors : [dataError('$', 'invalidValue')] };
  } catch {
    return { ok: false, errors: [dataError('$', 'invalidValue')] };
  }
}
