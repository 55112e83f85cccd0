import type { Lang, Localized } from '../types.js';
import { format, type FormatParams } from './format.js';

/** A text in every language, given in the order nb, nn, en. @internal */
export const localized = (nb: string, nn: string, en: string): Localized => ({ nb, nn, en });

/** The same text in every language (a proper name, a user's own words). @internal */
export const sameText = (text: string): Localized => localized(text, text, text);

/** Build a Localized text from one key of a section catalog, filling `{placeholders}`. */
export function localize<M extends { readonly [key: string]: string }>(
  messages: Readonly<Record<Lang, M>>,
  key: keyof M,
  params?: FormatParams,
): Localized {
  return {
    nb: format(messages.nb[key] as string, params),
    nn: format(messages.nn[key] as string, params),
    en: format(messages.en[key] as string, params),
  };
}
