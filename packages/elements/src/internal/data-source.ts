// Where a widget's data can come from, other than the `.data` property: the `data` attribute
// (JSON text), a child <script type="application/json">, or a URL in `src`. None throws, so bad
// input becomes a visible, localized error. Good JSON is read at once; bad JSON is described by
// the error part (errors-part.ts), loaded only then, so those results may be promises.
import { isServer } from 'lit';
import type { ParseResult } from '@mulighetsrom/core';
import { cleanCmsJson } from '@mulighetsrom/core/cms-json.js';
import { lazy } from './lazy.js';

/** The part of every widget that only bad data needs, loaded on first use. */
export const errorsPart = lazy(() => import('./errors-part.js'));

/** A parse result now, or once the error part has said what is wrong. */
export type MaybeLater<R> = R | Promise<R>;

const INLINE_SELECTOR = 'script[type="application/json"]';

/**
 * The first inline JSON script among the host's descendants (not only children: WordPress may
 * wrap it in a <p>), or null. Null on the server (Lit SSR): its element shim has no children to
 * query, so server-rendered widgets take data from `.data` or the `data` attribute.
 */
export function findInlineScript(host: Element): HTMLScriptElement | null {
  if (isServer) return null;
  return host.querySelector<HTMLScriptElement>(INLINE_SELECTOR);
}

/**
 * JSON text, e.g. the `data` attribute (a leading byte order mark ignored); an error says where
 * the text broke.
 */
export function readJson(text: string): MaybeLater<ParseResult<unknown>> {
  try {
    return { ok: true, value: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) };
  } catch {
    return errorsPart.load().then((part) => part.parseJsonText(text));
  }
}

/** JSON text from an inline script, after removing the `<p>`/`<br>` a CMS may have inserted. */
export function parseInlineJson(text: string): MaybeLater<ParseResult<unknown>> {
  return readJson(cleanCmsJson(text));
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
    return (await errorsPart.load()).fetchFailure(url);
  }
  if (!response.ok) return (await errorsPart.load()).fetchFailure(url, response.status);
  let text: string;
  try {
    text = await response.text();
  } catch {
    return (await errorsPart.load()).fetchFailure(url);
  }
  return readJson(text);
}
