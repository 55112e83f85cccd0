// The localized errors of bad annual wheel data, loaded only when data fails the quick check.
// The schema and the checks across fields come from the first render (which holds them for the
// quick check), so this part shares no module with it.
import type { DocumentChecks, ParseResult, WheelDocument, WheelErrorKey } from '@mulighetsrom/core';
import { localize } from '@mulighetsrom/core/i18n/localize.js';
import { documentErrors, rejectedData } from '@mulighetsrom/core/schema/document-errors.js';
import { wheelErrorMessages } from '@mulighetsrom/core/wheel/error-messages.js';

/** Every problem of `input` (which the quick check rejected), in nb, nn and en. Never throws. */
export function wheelErrors(
  input: unknown,
  checks: DocumentChecks<WheelErrorKey>,
): ParseResult<WheelDocument> {
  return rejectedData(() =>
    documentErrors(input, checks, wheelErrorMessages, (key, params) =>
      localize(wheelErrorMessages, key, params),
    ),
  );
}
