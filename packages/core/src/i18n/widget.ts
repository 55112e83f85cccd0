import type { Lang } from '../types.js';

/**
 * Messages shared by every widget: the error box and data loading. The nb object defines the
 * shape. Placeholders in `{braces}` are filled with `format()`.
 */
const nb = {
  /** Heading of the error box shown when input data is rejected. */
  errorTitle: 'Dataene kunne ikke brukes',
  /** Shown under the heading when the widget still shows earlier, valid data. */
  errorKeptPrevious: 'Visningen bruker de forrige gyldige dataene.',
  /** Label before an error's JSON path. */
  errorPath: 'Sted',
  /** `src` answered with an HTTP error. */
  fetchFailed: 'Kunne ikke hente data fra {url} (HTTP {status}).',
  /** `src` could not be reached at all. */
  fetchNetwork: 'Kunne ikke hente data fra {url}. Sjekk adressen og nettverket.',
  /** Something unexpected went wrong while reading data. */
  unexpected: 'Dataene kunne ikke leses på grunn av en uventet feil.',
} as const;

export type WidgetMessages = { readonly [K in keyof typeof nb]: string };

const nn: WidgetMessages = {
  errorTitle: 'Dataa kunne ikkje brukast',
  errorKeptPrevious: 'Visinga bruker dei førre gyldige dataa.',
  errorPath: 'Stad',
  fetchFailed: 'Kunne ikkje hente data frå {url} (HTTP {status}).',
  fetchNetwork: 'Kunne ikkje hente data frå {url}. Sjekk adressa og nettverket.',
  unexpected: 'Dataa kunne ikkje lesast på grunn av ein uventa feil.',
};

const en: WidgetMessages = {
  errorTitle: 'The data could not be used',
  errorKeptPrevious: 'Showing the last valid data.',
  errorPath: 'Location',
  fetchFailed: 'Could not fetch data from {url} (HTTP {status}).',
  fetchNetwork: 'Could not fetch data from {url}. Check the address and the network.',
  unexpected: 'The data could not be read because of an unexpected error.',
};

export const widgetMessages: Readonly<Record<Lang, WidgetMessages>> = { nb, nn, en };
