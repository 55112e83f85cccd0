// The localized errors of a follow-up plan that is rejected, loaded only when data fails the
// quick check. The schema and the checks across entries come from the first render (it holds
// them for the quick check), so this part shares no module with it.
import type {
  DocumentChecks,
  FollowUpDocument,
  FollowUpErrorKey,
  ParseResult,
} from '@mulighetsrom/core';
import { followUpErrorMessages } from '@mulighetsrom/core/follow-up/error-messages.js';
import { localize } from '@mulighetsrom/core/i18n/localize.js';
import { documentErrors, rejectedData } from '@mulighetsrom/core/schema/document-errors.js';

/** Every problem of `input` (which the quick check rejected), in nb, nn and en. Never throws. */
export function followUpErrors(
  input: unknown,
  checks: DocumentChecks<FollowUpErrorKey>,
): ParseResult<FollowUpDocument> {
  return rejectedData(() =>
    documentErrors(input, checks, followUpErrorMessages, (key, params) =>
      localize(followUpErrorMessages, key, params),
    ),
  );
}
