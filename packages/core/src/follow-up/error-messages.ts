import type { Lang } from '../types.js';

/**
 * Error texts of a follow-up plan that is rejected as a whole (the last good plan stays): ids
 * that clash. A row's own problems (a date that is no date, an unknown status) are not errors:
 * the row is kept and flagged with texts of `followUpMessages`. Shape errors use the shared
 * `errorMessages`. The nb object defines the shape.
 */
const nb = {
  emptyId: 'Id-en kan ikke være tom.',
  duplicateRowId: 'Raden «{id}» står mer enn én gang.',
  duplicateSectionId: 'Delen «{id}» står mer enn én gang.',
} as const;

export type FollowUpErrorMessages = { readonly [K in keyof typeof nb]: string };
export type FollowUpErrorKey = keyof FollowUpErrorMessages;

const nn: FollowUpErrorMessages = {
  emptyId: 'Id-en kan ikkje vere tom.',
  duplicateRowId: 'Rada «{id}» står meir enn éin gong.',
  duplicateSectionId: 'Delen «{id}» står meir enn éin gong.',
};

const en: FollowUpErrorMessages = {
  emptyId: 'The id must not be empty.',
  duplicateRowId: 'The row “{id}” appears more than once.',
  duplicateSectionId: 'The section “{id}” appears more than once.',
};

export const followUpErrorMessages: Readonly<Record<Lang, FollowUpErrorMessages>> = { nb, nn, en };
