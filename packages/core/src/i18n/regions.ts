import type { Lang } from '../types.js';

/**
 * The names of the overlaps of levels (level masks 3, 5, 6, 7): the groups of the model's legend
 * and of a derived network's columns. A single level's group is the level's own name (LEVELS).
 * A catalog of its own, so a widget that needs only these four names loads no other texts.
 */
const nb = {
  region3: 'Eier- og kontornivå',
  region5: 'Eier- og tjenestenivå',
  region6: 'Kontor- og tjenestenivå',
  region7: 'Alle tre nivåene',
} as const;

export type RegionMessages = { readonly [K in keyof typeof nb]: string };

const nn: RegionMessages = {
  region3: 'Eigar- og kontornivå',
  region5: 'Eigar- og tenestenivå',
  region6: 'Kontor- og tenestenivå',
  region7: 'Alle tre nivåa',
};

const en: RegionMessages = {
  region3: 'Owner and office levels',
  region5: 'Owner and service levels',
  region6: 'Office and service levels',
  region7: 'All three levels',
};

export const regionMessages: Readonly<Record<Lang, RegionMessages>> = { nb, nn, en };
