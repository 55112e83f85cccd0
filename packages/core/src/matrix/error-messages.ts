import { errorMessages, type ErrorKey } from '../i18n/errors.js';
import { localize } from '../i18n/localize.js';
import type { FormatParams } from '../i18n/format.js';
import type { Lang, Localized } from '../types.js';

/**
 * Error texts of the matrix document: the checks valibot cannot express (unique ids, references
 * between rows, columns, scale and cells). Only parse.ts imports this module, so a widget loads
 * these texts with the error path, not with its first render (quickParseMatrix needs none).
 * Shape errors (a number where a text belongs …) use the shared `errorMessages`.
 * The nb object defines the shape; every language uses the same `{placeholders}`.
 */
const nb = {
  needsPresetOr: 'Uten forhåndsvalg («preset») må dataene ha «{key}».',
  emptyId: 'Id-en kan ikke være tom.',
  duplicateRowId: 'Raden «{id}» står mer enn én gang.',
  duplicateColumnId: 'Kolonnen «{id}» står mer enn én gang.',
  duplicateScaleId: 'Verdien «{id}» står mer enn én gang i skalaen.',
  rowNeedsLabel: 'Raden «{id}» må ha en tekst («label»).',
  columnNeedsLabel: 'Kolonnen «{id}» må ha en tekst («label»).',
  scaleNeedsLabel: 'Verdien «{id}» må ha en tekst («label»).',
  unknownRow: 'Raden «{id}» finnes ikke.',
  unknownColumn: 'Kolonnen «{id}» finnes ikke.',
  unknownValue: 'Verdien «{id}» finnes ikke i skalaen.',
  duplicateCell: 'Cellen for raden «{row}» og kolonnen «{column}» står mer enn én gang.',
  severalMain: 'Raden «{row}» har mer enn ett hovedområde («main»).',
  duplicateNoAnswer: 'Raden «{id}» står mer enn én gang i «noAnswer».',
  noAnswerWithValue: 'Raden «{row}» er merket uten svar, men har en verdi i kolonnen «{column}».',
  derivedGiven: 'Med modelldokumenter («models») lages «{key}» av dem og kan ikke gis i tillegg.',
  derivedPreset: 'Med modelldokumenter («models») er forhåndsvalget «network-status».',
} as const;

export type MatrixErrorMessages = { readonly [K in keyof typeof nb]: string };
export type MatrixErrorKey = keyof MatrixErrorMessages;

const nn: MatrixErrorMessages = {
  needsPresetOr: 'Utan førehandsval («preset») må dataa ha «{key}».',
  emptyId: 'Id-en kan ikkje vere tom.',
  duplicateRowId: 'Rada «{id}» står meir enn éin gong.',
  duplicateColumnId: 'Kolonnen «{id}» står meir enn éin gong.',
  duplicateScaleId: 'Verdien «{id}» står meir enn éin gong i skalaen.',
  rowNeedsLabel: 'Rada «{id}» må ha ein tekst («label»).',
  columnNeedsLabel: 'Kolonnen «{id}» må ha ein tekst («label»).',
  scaleNeedsLabel: 'Verdien «{id}» må ha ein tekst («label»).',
  unknownRow: 'Rada «{id}» finst ikkje.',
  unknownColumn: 'Kolonnen «{id}» finst ikkje.',
  unknownValue: 'Verdien «{id}» finst ikkje i skalaen.',
  duplicateCell: 'Cella for rada «{row}» og kolonnen «{column}» står meir enn éin gong.',
  severalMain: 'Rada «{row}» har meir enn eitt hovudområde («main»).',
  duplicateNoAnswer: 'Rada «{id}» står meir enn éin gong i «noAnswer».',
  noAnswerWithValue: 'Rada «{row}» er merkt utan svar, men har ein verdi i kolonnen «{column}».',
  derivedGiven:
    'Med modelldokument («models») blir «{key}» laga av dei og kan ikkje givast i tillegg.',
  derivedPreset: 'Med modelldokument («models») er førehandsvalet «network-status».',
};

const en: MatrixErrorMessages = {
  needsPresetOr: 'Without a preset the data needs “{key}”.',
  emptyId: 'The id must not be empty.',
  duplicateRowId: 'The row “{id}” appears more than once.',
  duplicateColumnId: 'The column “{id}” appears more than once.',
  duplicateScaleId: 'The value “{id}” appears more than once in the scale.',
  rowNeedsLabel: 'The row “{id}” needs a text (“label”).',
  columnNeedsLabel: 'The column “{id}” needs a text (“label”).',
  scaleNeedsLabel: 'The value “{id}” needs a text (“label”).',
  unknownRow: 'The row “{id}” does not exist.',
  unknownColumn: 'The column “{id}” does not exist.',
  unknownValue: 'The value “{id}” is not in the scale.',
  duplicateCell: 'The cell for row “{row}” and column “{column}” appears more than once.',
  severalMain: 'The row “{row}” has more than one main area (“main”).',
  duplicateNoAnswer: 'The row “{id}” appears more than once in “noAnswer”.',
  noAnswerWithValue: 'The row “{row}” is marked as no answer but has a value in column “{column}”.',
  derivedGiven:
    'With model documents (“models”), “{key}” is made from them and cannot be given as well.',
  derivedPreset: 'With model documents (“models”), the preset is “network-status”.',
};

export const matrixErrorMessages: Readonly<Record<Lang, MatrixErrorMessages>> = { nb, nn, en };

/** A key of the matrix's own texts, or (for a model document in `models`) of the shared ones. */
export type MatrixIssueKey = MatrixErrorKey | ErrorKey;

/** The text of a matrix issue in nb, nn and en, from whichever catalog has its key. */
export function matrixIssueText(key: MatrixIssueKey, params?: FormatParams): Localized {
  return key in matrixErrorMessages.nb
    ? localize(matrixErrorMessages, key as MatrixErrorKey, params)
    : localize(errorMessages, key as ErrorKey, params);
}
