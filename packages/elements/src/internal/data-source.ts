// Where a widget's data can come from, other than the `.data` property: the `data` attribute
// (JSON text), a child <script type="application/json">, or a URL in `src`. All return a
// ParseResult and never throw, so bad input becomes a visible, localized error.
import {
  cleanCmsJson,
  localize,
  parseJsonText,
  widgetMessages,
  type DataError,
  type ParseResult,
} from '@mulighetsrom/core';

const INLINE_SELECTOR = 'script[type="application/json"]';

function failure(error: DataError): ParseResult<never> {
  return { ok: false, errors: [error] };
}

/**
 * The first inline JSON script among the host's descendants (not only children: WordPress may
 * wrap it in a <p>), or null.
 */
export function findInlineScript(host: Element): HTMLScriptElement | null {
  return host.querySelector<HTMLScriptElement>(INLINE_SELECTOR);
}

/** JSON text from the `data` attribute. */
export function parseAttributeJson(text: string): ParseResult<unknown> {
  return parseJsonText(text);
}

/** JSON text from an inline script, after removing the `<p>`/`<br>` a CMS may have inserted. */
export function parseInlineJson(text: string): ParseResult<unknown> {
  return parseJsonText(cleanCmsJson(text));
}

/**
 * Fetches and parses JSON from `url`. HTTP and network failures give a localized error naming
 * the URL. Callers check `signal.aborted` themselves to drop stale answers.
 */
export async function fetchJson(url: string, signal?: AbortSignal): Promise<ParseResult<unknown>> {
  let response: Response;
  try {
    response = await fetch(url, { signal, credentials: 'same-origin' });
  } catch {
    return failure({ path: '$', message: localize(widgetMessages, 'fetchNetwork', { url }) });
  }
  if (!response.ok) {
    return failure({
      path: '$',
      message: localize(widgetMessages, 'fetchFailed', { url, status: response.status }),
    });
  }
  let text: string;
  try {
    text = await response.text();
  } catch {
    return failure({ path: '$', message: localize(widgetMessages, 'fetchNetwork', { url }) });
  }
  return parseJsonText(text);
}
