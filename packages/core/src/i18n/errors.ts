import type { Lang } from '../types.js';

/**
 * Parse error texts for the JSON reader and every schema. The nb object defines the shape.
 * Placeholders in `{braces}` are filled with `format()`; every language uses the same ones.
 */
const nb = {
  jsonEmpty: 'Dataene er tomme: forventet JSON.',
  jsonSyntax: 'Ugyldig JSON på linje {line}, kolonne {column}, ved «{excerpt}».',
  jsonSyntaxEnd: 'Ugyldig JSON: teksten slutter for tidlig (linje {line}, kolonne {column}).',
  expectedObject: 'Forventet et objekt ({ … }).',
  expectedArray: 'Forventet en liste ([ … ]).',
  expectedString: 'Forventet en tekst.',
  expectedNumber: 'Forventet et tall.',
  expectedBoolean: 'Forventet true eller false.',
  expectedInteger: 'Forventet et heltall.',
  expectedPositiveInteger: 'Forventet et positivt heltall (1, 2, 3 …).',
  expectedOneOf: 'Forventet en av disse verdiene: {options}.',
  expectedDocument: 'Forventet et dokument (et objekt) eller en ikke-tom liste av dokumenter.',
  required: 'Feltet «{key}» mangler.',
  emptyList: 'Listen kan ikke være tom.',
  emptyText: 'Teksten kan ikke være tom.',
  tooShort: 'For kort: minst {min}.',
  tooLong: 'For lang: høyst {max}.',
  tooSmall: 'For lite: minst {min}.',
  tooLarge: 'For stort: høyst {max}.',
  invalidDate: 'Forventet en dato (ÅÅÅÅ-MM-DD).',
  invalidValue: 'Ugyldig verdi.',
  duplicateLevel: 'Nivået «{level}» står mer enn én gang.',
  unknownArea: 'Område {id} finnes ikke i katalogen.',
  duplicateAreaId: 'Område {id} står mer enn én gang.',
  newAreaNeedsName: 'Nytt område {id} må ha et navn («name»).',
  newAreaNeedsLevels: 'Nytt område {id} må ha nivåer («levels»).',
} as const;

export type ErrorMessages = { readonly [K in keyof typeof nb]: string };
export type ErrorKey = keyof ErrorMessages;

const nn: ErrorMessages = {
  jsonEmpty: 'Dataa er tomme: venta JSON.',
  jsonSyntax: 'Ugyldig JSON på linje {line}, kolonne {column}, ved «{excerpt}».',
  jsonSyntaxEnd: 'Ugyldig JSON: teksten sluttar for tidleg (linje {line}, kolonne {column}).',
  expectedObject: 'Venta eit objekt ({ … }).',
  expectedArray: 'Venta ei liste ([ … ]).',
  expectedString: 'Venta ein tekst.',
  expectedNumber: 'Venta eit tal.',
  expectedBoolean: 'Venta true eller false.',
  expectedInteger: 'Venta eit heiltal.',
  expectedPositiveInteger: 'Venta eit positivt heiltal (1, 2, 3 …).',
  expectedOneOf: 'Venta ein av desse verdiane: {options}.',
  expectedDocument: 'Venta eit dokument (eit objekt) eller ei ikkje-tom liste av dokument.',
  required: 'Feltet «{key}» manglar.',
  emptyList: 'Lista kan ikkje vere tom.',
  emptyText: 'Teksten kan ikkje vere tom.',
  tooShort: 'For kort: minst {min}.',
  tooLong: 'For lang: høgst {max}.',
  tooSmall: 'For lite: minst {min}.',
  tooLarge: 'For stort: høgst {max}.',
  invalidDate: 'Venta ein dato (ÅÅÅÅ-MM-DD).',
  invalidValue: 'Ugyldig verdi.',
  duplicateLevel: 'Nivået «{level}» står meir enn éin gong.',
  unknownArea: 'Område {id} finst ikkje i katalogen.',
  duplicateAreaId: 'Område {id} står meir enn éin gong.',
  newAreaNeedsName: 'Nytt område {id} må ha eit namn («name»).',
  newAreaNeedsLevels: 'Nytt område {id} må ha nivå («levels»).',
};

const en: ErrorMessages = {
  jsonEmpty: 'The data is empty: expected JSON.',
  jsonSyntax: 'Invalid JSON at line {line}, column {column}, near “{excerpt}”.',
  jsonSyntaxEnd: 'Invalid JSON: the text ends too early (line {line}, column {column}).',
  expectedObject: 'Expected an object ({ … }).',
  expectedArray: 'Expected a list ([ … ]).',
  expectedString: 'Expected a text.',
  expectedNumber: 'Expected a number.',
  expectedBoolean: 'Expected true or false.',
  expectedInteger: 'Expected a whole number.',
  expectedPositiveInteger: 'Expected a positive whole number (1, 2, 3 …).',
  expectedOneOf: 'Expected one of these values: {options}.',
  expectedDocument: 'Expected a document (an object) or a non-empty list of documents.',
  required: 'The field “{key}” is missing.',
  emptyList: 'The list must not be empty.',
  emptyText: 'The text must not be empty.',
  tooShort: 'Too short: at least {min}.',
  tooLong: 'Too long: at most {max}.',
  tooSmall: 'Too small: at least {min}.',
  tooLarge: 'Too large: at most {max}.',
  invalidDate: 'Expected a date (YYYY-MM-DD).',
  invalidValue: 'Invalid value.',
  duplicateLevel: 'The level “{level}” appears more than once.',
  unknownArea: 'Area {id} is not in the catalog.',
  duplicateAreaId: 'Area {id} appears more than once.',
  newAreaNeedsName: 'New area {id} needs a name (“name”).',
  newAreaNeedsLevels: 'New area {id} needs levels (“levels”).',
};

export const errorMessages: Readonly<Record<Lang, ErrorMessages>> = { nb, nn, en };
