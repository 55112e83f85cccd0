import type { Lang, Localized } from '../types.js';
import { format, type FormatParams } from './format.js';

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
