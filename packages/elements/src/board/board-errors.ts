// The localized errors of bad board data, loaded only when data fails the quick check. The
// schemas and the check across notes come from the first render (which holds them for the
// quick check) and are passed in, so this part shares no module with it (a shared module would
// become a chunk of its own).
import type { BoardErrorKey, BoardKind, DocumentChecks, ParseResult } from '@mulighetsrom/core';
import { boardErrors as errorsOf } from '@mulighetsrom/core/board/board-errors.js';
import { rejectedData } from '@mulighetsrom/core/schema/document-errors.js';

/** Every problem of `input` (which the quick check rejected), in nb, nn and en. Never throws. */
export function boardErrors(
  input: unknown,
  kind: BoardKind,
  checks: DocumentChecks<BoardErrorKey>,
): ParseResult<never> {
  return rejectedData(() => errorsOf(input, kind, checks));
}
