import type { Lang } from '../types.js';

/** Every supported language, default first. */
export const LANGS: readonly Lang[] = ['nb', 'nn', 'en'];

/** Bokmål is the default for users; Nynorsk and English are complete. */
export const DEFAULT_LANG: Lang = 'nb';

/**
 * Map a BCP 47 tag (e.g. from a `lang` attribute) to a supported language.
 * `no` (macrolanguage Norwegian) means Bokmål in practice. Returns undefined for anything else,
 * so callers can fall back to an ancestor's language.
 */
export function normalizeLang(tag?: string | null): Lang | undefined {
  if (typeof tag !== 'string') return undefined;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  switch (primary) {
    case 'nb':
    case 'no':
    case 'nob':
      return 'nb';
    case 'nn':
    case 'nno':
      return 'nn';
    case 'en':
    case 'eng':
      return 'en';
    default:
      return undefined;
  }
}
