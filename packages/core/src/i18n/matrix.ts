import type { Lang } from '../types.js';

/**
 * Strings of `<mulighetsrom-expectation-matrix>` and of core's matrix helpers (presets, captions,
 * legends, tallies, undo steps, CSV). Shared status words («Sterkt», «Kan styrkes», «Ikke
 * vurdert») are in `commonMessages`; the data error texts are in matrix/error-messages.ts, so a
 * widget loads them only for bad data. The nb object defines the shape; placeholders in
 * `{braces}` are filled with `format()`.
 *
 * Titles, headings and scale words follow the report «Mulighetsrommet i NAV-partnerskapet»
 * (seeds/001_e241e8882b4e5b18.txt: ch. 3 «Forventninger til rådmannen», appendix A tables 1–2).
 */
const nb = {
  /** Preset titles (the caption when the data has no title of its own). */
  titleRadmann: 'Forventninger til rådmannen',
  titleFylkesdirektor: 'Forventninger til fylkesdirektøren',
  titleNetworkStatus: 'Status i nettverket i dag',
  titleNetworkPriorities: 'Områder partnerskapene vil utvikle',
  untitled: 'Uten tittel',
  /** A row or column the data gave no label («Kontor 3»: a model document without a title). */
  untitledOffice: 'Kontor {number}',
  /** The caption of a transposed view. */
  captionTransposed: '{title} (rader og kolonner byttet om)',
  /** Header of the row headers (the table's corner) and of the columns, by preset. */
  headingRoleGroup: 'Rollegruppe',
  headingExpectation: 'Forventning',
  headingOffice: 'NAV-kontor',
  headingTheme: 'Tema',
  headingArea: 'Utviklingsområde',
  /** Scale values and what an empty cell means. */
  scaleMarked: 'Forventning',
  scaleNotDiscussed: 'Ikke diskutert',
  scalePrioritised: 'Prioritert',
  scaleDiscussed: 'Diskutert, ikke prioritert',
  mainArea: 'Hovedområde for utvikling',
  noAnswer: 'Ingen svar',
  legend: 'Tegnforklaring',
  /** One cell's text: «NAV-ledere, Flere møtepunkter: Forventning». */
  cellText: '{row}, {column}: {value}',
  valueAndMain: '{value}, hovedområde',
  cellNote: 'merknad: {note}',
  /** Tallies: «3 av 4» (a one-value scale), else «Sterkt: 3» per value. */
  tallyHeading: 'Antall',
  tallyCount: '{count} av {total}',
  tallyValue: '{value}: {count}',
  /** Consensus: columns where every answering row gives the same value. */
  consensusHeading: 'Enighet',
  consensusValue: 'Alle er enige: {value}',
  consensusSummary: 'Alle er enige om: {columns}',
  consensusNone: 'Ingen kolonner der alle er enige.',
  /** The widget's controls (toolbar, scroll region, grid help, narrow lists). */
  toolbarLabel: 'Verktøy for tabellen',
  transpose: 'Bytt om rader og kolonner',
  exportCsv: 'Last ned CSV',
  scrollRegion: '{title}: tabell som kan rulles',
  gridHelp:
    'Piltaster flytter mellom cellene. Mellomrom eller Enter bytter verdi, Delete tømmer cellen.',
  /** Undo steps and their announcements: what one edit did. */
  editCell: 'Celle endret: {row}, {column}: {value}',
  editCellCleared: 'Celle tømt: {row}, {column}',
  editMainSet: 'Hovedområde satt: {row}, {column}',
  editMainCleared: 'Hovedområde fjernet: {row}, {column}',
  editNoAnswerSet: 'Merket uten svar: {row}',
  editNoAnswerCleared: 'Ikke lenger uten svar: {row}',
  editRowAdded: 'Rad lagt til: {label}',
  editRowRenamed: 'Rad har fått nytt navn: {label}',
  editRowRemoved: 'Rad fjernet: {label}',
  editRowMoved: 'Rad flyttet: {label}',
  editColumnAdded: 'Kolonne lagt til: {label}',
  editColumnRenamed: 'Kolonne har fått nytt navn: {label}',
  editColumnRemoved: 'Kolonne fjernet: {label}',
  editColumnMoved: 'Kolonne flyttet: {label}',
} as const;

export type MatrixMessages = { readonly [K in keyof typeof nb]: string };

const nn: MatrixMessages = {
  titleRadmann: 'Forventningar til rådmannen',
  titleFylkesdirektor: 'Forventningar til fylkesdirektøren',
  titleNetworkStatus: 'Status i nettverket i dag',
  titleNetworkPriorities: 'Område partnarskapa vil utvikle',
  untitled: 'Utan tittel',
  untitledOffice: 'Kontor {number}',
  captionTransposed: '{title} (rader og kolonnar bytte om)',
  headingRoleGroup: 'Rollegruppe',
  headingExpectation: 'Forventning',
  headingOffice: 'NAV-kontor',
  headingTheme: 'Tema',
  headingArea: 'Utviklingsområde',
  scaleMarked: 'Forventning',
  scaleNotDiscussed: 'Ikkje diskutert',
  scalePrioritised: 'Prioritert',
  scaleDiscussed: 'Diskutert, ikkje prioritert',
  mainArea: 'Hovudområde for utvikling',
  noAnswer: 'Ingen svar',
  legend: 'Teiknforklaring',
  cellText: '{row}, {column}: {value}',
  valueAndMain: '{value}, hovudområde',
  cellNote: 'merknad: {note}',
  tallyHeading: 'Tal',
  tallyCount: '{count} av {total}',
  tallyValue: '{value}: {count}',
  consensusHeading: 'Semje',
  consensusValue: 'Alle er samde: {value}',
  consensusSummary: 'Alle er samde om: {columns}',
  consensusNone: 'Ingen kolonnar der alle er samde.',
  toolbarLabel: 'Verktøy for tabellen',
  transpose: 'Byt om rader og kolonnar',
  exportCsv: 'Last ned CSV',
  scrollRegion: '{title}: tabell som kan rullast',
  gridHelp:
    'Piltastane flyttar mellom cellene. Mellomrom eller Enter byter verdi, Delete tømmer cella.',
  editCell: 'Celle endra: {row}, {column}: {value}',
  editCellCleared: 'Celle tømd: {row}, {column}',
  editMainSet: 'Hovudområde sett: {row}, {column}',
  editMainCleared: 'Hovudområde fjerna: {row}, {column}',
  editNoAnswerSet: 'Merkt utan svar: {row}',
  editNoAnswerCleared: 'Ikkje lenger utan svar: {row}',
  editRowAdded: 'Rad lagd til: {label}',
  editRowRenamed: 'Rad har fått nytt namn: {label}',
  editRowRemoved: 'Rad fjerna: {label}',
  editRowMoved: 'Rad flytta: {label}',
  editColumnAdded: 'Kolonne lagd til: {label}',
  editColumnRenamed: 'Kolonne har fått nytt namn: {label}',
  editColumnRemoved: 'Kolonne fjerna: {label}',
  editColumnMoved: 'Kolonne flytta: {label}',
};

const en: MatrixMessages = {
  titleRadmann: 'Expectations of the chief municipal executive',
  titleFylkesdirektor: 'Expectations of the county director',
  titleNetworkStatus: 'Where the network stands today',
  titleNetworkPriorities: 'Areas the partnerships want to develop',
  untitled: 'Untitled',
  untitledOffice: 'Office {number}',
  captionTransposed: '{title} (rows and columns swapped)',
  headingRoleGroup: 'Role group',
  headingExpectation: 'Expectation',
  headingOffice: 'NAV office',
  headingTheme: 'Theme',
  headingArea: 'Development area',
  scaleMarked: 'Expectation held',
  scaleNotDiscussed: 'Not discussed',
  scalePrioritised: 'Prioritised',
  scaleDiscussed: 'Discussed, not prioritised',
  mainArea: 'Main area for development',
  noAnswer: 'No answer',
  legend: 'Key',
  cellText: '{row}, {column}: {value}',
  valueAndMain: '{value}, main area',
  cellNote: 'note: {note}',
  tallyHeading: 'Count',
  tallyCount: '{count} of {total}',
  tallyValue: '{value}: {count}',
  consensusHeading: 'Agreement',
  consensusValue: 'All agree: {value}',
  consensusSummary: 'All agree on: {columns}',
  consensusNone: 'No column where all agree.',
  toolbarLabel: 'Table tools',
  transpose: 'Swap rows and columns',
  exportCsv: 'Download CSV',
  scrollRegion: '{title}: scrollable table',
  gridHelp:
    'Arrow keys move between cells. Space or Enter changes the value, Delete clears the cell.',
  editCell: 'Cell changed: {row}, {column}: {value}',
  editCellCleared: 'Cell cleared: {row}, {column}',
  editMainSet: 'Main area set: {row}, {column}',
  editMainCleared: 'Main area removed: {row}, {column}',
  editNoAnswerSet: 'Marked as no answer: {row}',
  editNoAnswerCleared: 'No longer marked as no answer: {row}',
  editRowAdded: 'Row added: {label}',
  editRowRenamed: 'Row renamed: {label}',
  editRowRemoved: 'Row removed: {label}',
  editRowMoved: 'Row moved: {label}',
  editColumnAdded: 'Column added: {label}',
  editColumnRenamed: 'Column renamed: {label}',
  editColumnRemoved: 'Column removed: {label}',
  editColumnMoved: 'Column moved: {label}',
};

export const matrixMessages: Readonly<Record<Lang, MatrixMessages>> = { nb, nn, en };
