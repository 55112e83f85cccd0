// Writing texts in every language (the catalogs' helpers). localize.ts fills a message's
// placeholders; the two are apart so a catalog's helpers do not bring the formatter along.
import type { Localized } from '../types.js';

/** A text in every language, given in the order nb, nn, en. @internal */
export const localized = (nb: string, nn: string, en: string): Localized => ({ nb, nn, en });

/** The same text in every language (a proper name, a user's own words). @internal */
export const sameText = (text: string): Localized => localized(text, text, text);
