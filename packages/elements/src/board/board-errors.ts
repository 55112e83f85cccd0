// The localized errors of bad board data, loaded only when data fails the quick check. The
// schemas and the check across notes come from the first render (which holds them for the
// quick check) and are passed in, so this part shares no module with it (a shared module would
// become a chunk of its own).
import * as v from 'valibot';
import type { BoardErrorKey, BoardKind, DataError, ParseResult } from '@mulighetsrom/core';
import { boardErrorMessages } from '@mulighetsrom/core/board/error-messages.js';
import { localize } from '@mulighetsrom/core/i18n/localize.js';
import { dataError, formatPath, toDataErrors } from '@mulighetsrom/core/schema/errors.js';

/** The checks of core's board-schema.ts (internal there, so typed here by their use). */
export interface BoardChecks {
  readonly schemas: Readonly<Record<BoardKind, v.GenericSchema>>;
  readonly issues: (
    doc: Record<string, unknown>,
    kind: BoardKind,
    report: (
      keys: readonly (string | number)[],
      key: BoardErrorKey,
      params?: Readonly<Record<string, string | number>>,
    ) => void,
  ) => void;
}

function errorsOf(
  input: unknown,
  kind: BoardKind,
  prefix: readonly number[],
  checks: BoardChecks,
): DataError[] {
  const errors: DataError[] = [];
  const shape = v.safeParse(checks.schemas[kind], input);
  const at = formatPath(prefix);
  if (!shape.success)
    for (const error of toDataErrors(shape.issues, boardErrorMessages))
      errors.push({ path: at + error.path.slice(1), message: error.message });
  if (input !== null && typeof input === 'object' && !Array.isArray(input))
    checks.issues(input as Record<string, unknown>, kind, (keys, key, params) =>
      errors.push({
        path: formatPath([...prefix, ...keys]),
        message: localize(boardErrorMessages, key, params),
      }),
    );
  return errors;
}

/** Every problem of `input` (which the quick check rejected), in nb, nn and en. Never throws. */
export function boardErrors(
  input: unknown,
  kind: BoardKind,
  checks: BoardChecks,
): ParseResult<never> {
  try {
    let errors: DataError[];
    if (kind === 'swot' && Array.isArray(input))
      errors =
        input.length === 0
          ? [dataError('$', 'expectedDocument')]
          : (input as unknown[]).flatMap((doc, i) => errorsOf(doc, kind, [i], checks));
    else errors = errorsOf(input, kind, [], checks);
    // The quick check said no, so something is wrong even when no text was found for it.
    return { ok: false, errors: errors.length > 0 ? errors : [dataError('$', 'invalidValue')] };
  } catch {
    return { ok: false, errors: [dataError('$', 'invalidValue')] };
  }
}
