import type { Lang } from '../types.js';

/**
 * Saved work that no longer reads (kept aside, never overwritten) or cannot be saved. Only
 * loaded when that happens.
 */
const nb = {
  /** Saved work that no longer reads: kept aside, never overwritten. */
  savedUnreadable:
    'Det lagrede arbeidet ditt kunne ikke leses, så du ser sidens data. Det lagrede er tatt vare på.',
  savedNewer:
    'Det lagrede arbeidet ditt er fra en nyere versjon og kan ikke åpnes her, så du ser sidens data. Det lagrede er tatt vare på.',
  savedDownload: 'Last ned det lagrede arbeidet',
  saveFailed:
    'Endringene kunne ikke lagres i nettleseren (lagringen er full eller ikke tillatt). De blir borte når du lukker siden.',
  dismiss: 'Lukk meldingen',
  /** File name (without extension) of downloaded kept work. */
  savedFileName: 'lagret-arbeid',
} as const;

export type SavedWorkMessages = { readonly [K in keyof typeof nb]: string };

const nn: SavedWorkMessages = {
  savedUnreadable:
    'Det lagra arbeidet ditt kunne ikkje lesast, så du ser dataa på sida. Det lagra er teke vare på.',
  savedNewer:
    'Det lagra arbeidet ditt er frå ein nyare versjon og kan ikkje opnast her, så du ser dataa på sida. Det lagra er teke vare på.',
  savedDownload: 'Last ned det lagra arbeidet',
  saveFailed:
    'Endringane kunne ikkje lagrast i nettlesaren (lagringa er full eller ikkje tillaten). Dei blir borte når du lukkar sida.',
  dismiss: 'Lukk meldinga',
  savedFileName: 'lagra-arbeid',
};

const en: SavedWorkMessages = {
  savedUnreadable:
    "Your saved work could not be read, so you see the page's data. The saved work has been kept.",
  savedNewer:
    "Your saved work is from a newer version and cannot be opened here, so you see the page's data. The saved work has been kept.",
  savedDownload: 'Download the saved work',
  saveFailed:
    'Your changes could not be saved in the browser (storage is full or not allowed). They will be lost when you close the page.',
  dismiss: 'Dismiss',
  savedFileName: 'saved-work',
};

export const savedWorkMessages: Readonly<Record<Lang, SavedWorkMessages>> = { nb, nn, en };
