import type { Lang } from '../types.js';

/**
 * Error texts of the board documents that the shared `errorMessages` lack. Only the error path
 * reads them (parse.ts), so a widget loads them with bad data, not with its first render.
 * The nb object defines the shape; every language uses the same `{placeholders}`.
 */
const nb = {
  duplicateNoteId: 'Lappen «{id}» står mer enn én gang.',
  expectedArea: 'Forventet et utviklingsområde: et tall fra 1 til 20, eller { "name": "…" }.',
  emptyNoteId: 'Id-en til en lapp kan ikke være tom.',
} as const;

export type BoardErrorMessages = { readonly [K in keyof typeof nb]: string };
export type BoardErrorKey = keyof BoardErrorMessages;

const nn: BoardErrorMessages = {
  duplicateNoteId: 'Lappen «{id}» står meir enn éin gong.',
  expectedArea: 'Venta eit utviklingsområde: eit tal frå 1 til 20, eller { "name": "…" }.',
  emptyNoteId: 'Id-en til ein lapp kan ikkje vere tom.',
};

const en: BoardErrorMessages = {
  duplicateNoteId: 'The note “{id}” appears more than once.',
  expectedArea: 'Expected a development area: a number from 1 to 20, or { "name": "…" }.',
  emptyNoteId: 'A note’s id must not be empty.',
};

export const boardErrorMessages: Readonly<Record<Lang, BoardErrorMessages>> = { nb, nn, en };
