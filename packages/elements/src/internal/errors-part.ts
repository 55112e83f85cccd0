// Everything a widget needs only when its data is bad: the localized error box, the JSON reader
// that says where the text broke, and the texts of fetch and unexpected failures. Loaded on
// first use (see data-source.ts), so good data never pays for it.
import { html, nothing, type TemplateResult } from 'lit';
import type { DataError, Lang, ParseResult } from '@mulighetsrom/core';
import { localize } from '@mulighetsrom/core/i18n/localize.js';
import { widgetMessages } from '@mulighetsrom/core/i18n/widget.js';
import { parseJsonText } from '@mulighetsrom/core/json.js';

export { parseJsonText };

/** The role="alert" box listing every error, in the widget's language. */
export function renderErrorBox(
  errors: readonly DataError[],
  lang: Lang,
  keptPrevious: boolean,
): TemplateResult {
  const messages = widgetMessages[lang];
  return html`<div class="mulighetsrom-errors" role="alert" part="errors">
    <p><strong>${messages.errorTitle}</strong></p>
    ${keptPrevious ? html`<p>${messages.errorKeptPrevious}</p>` : nothing}
    <ul>
      ${errors.map(
        (error) =>
          html`<li>${messages.errorPath} <code>${error.path}</code>: ${error.message[lang]}</li>`,
      )}
    </ul>
  </div>`;
}

/** A failed fetch of `url`: no answer (`status` undefined) or an HTTP error status. */
export function fetchFailure(url: string, status?: number): ParseResult<never> {
  const message =
    status === undefined
      ? localize(widgetMessages, 'fetchNetwork', { url })
      : localize(widgetMessages, 'fetchFailed', { url, status });
  return { ok: false, errors: [{ path: '$', message }] };
}

/** Something went wrong that is not the data's fault (logged by the caller). */
export function unexpectedErrors(): readonly DataError[] {
  return [{ path: '$', message: localize(widgetMessages, 'unexpected') }];
}
