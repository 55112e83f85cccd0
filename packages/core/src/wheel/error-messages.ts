import type { Lang } from '../types.js';

/**
 * Error texts of the annual wheel document: the checks valibot cannot express (unique ids,
 * activities in existing rings, real dates in order). Only the error path imports this module,
 * so a widget loads these texts for bad data only. Shape errors (a number where a text
 * belongs …) use the shared `errorMessages`. The nb object defines the shape.
 */
const nb = {
  emptyId: 'Id-en kan ikke være tom.',
  invalidIsoDate: 'Datoen må være en gyldig dato skrevet ÅÅÅÅ-MM-DD, for eksempel 2027-03-16.',
  invalidYear: 'Året må være et helt tall mellom 1900 og 2200.',
  duplicateRingId: 'Ringen «{id}» står mer enn én gang.',
  ringNeedsLabel: 'Ringen «{id}» må ha en tekst («label»).',
  noRings: 'Årshjulet må ha minst én ring.',
  duplicateActivityId: 'Aktiviteten «{id}» står mer enn én gang.',
  activityNeedsTitle: 'Aktiviteten «{id}» må ha en tittel («title»).',
  unknownRing: 'Ringen «{ring}» finnes ikke (aktiviteten «{id}»).',
  endBeforeStart: 'Aktiviteten «{id}» slutter ({end}) før den begynner ({start}).',
  activityTooLong: 'Aktiviteten «{id}» varer mer enn ett år.',
} as const;

export type WheelErrorMessages = { readonly [K in keyof typeof nb]: string };
export type WheelErrorKey = keyof WheelErrorMessages;

const nn: WheelErrorMessages = {
  emptyId: 'Id-en kan ikkje vere tom.',
  invalidIsoDate: 'Datoen må vere ein gyldig dato skriven ÅÅÅÅ-MM-DD, til dømes 2027-03-16.',
  invalidYear: 'Året må vere eit heilt tal mellom 1900 og 2200.',
  duplicateRingId: 'Ringen «{id}» står meir enn éin gong.',
  ringNeedsLabel: 'Ringen «{id}» må ha ein tekst («label»).',
  noRings: 'Årshjulet må ha minst éin ring.',
  duplicateActivityId: 'Aktiviteten «{id}» står meir enn éin gong.',
  activityNeedsTitle: 'Aktiviteten «{id}» må ha ein tittel («title»).',
  unknownRing: 'Ringen «{ring}» finst ikkje (aktiviteten «{id}»).',
  endBeforeStart: 'Aktiviteten «{id}» sluttar ({end}) før han byrjar ({start}).',
  activityTooLong: 'Aktiviteten «{id}» varer meir enn eitt år.',
};

const en: WheelErrorMessages = {
  emptyId: 'The id must not be empty.',
  invalidIsoDate: 'The date must be a real date written YYYY-MM-DD, for example 2027-03-16.',
  invalidYear: 'The year must be a whole number from 1900 to 2200.',
  duplicateRingId: 'The ring “{id}” appears more than once.',
  ringNeedsLabel: 'The ring “{id}” needs a text (“label”).',
  noRings: 'The annual wheel needs at least one ring.',
  duplicateActivityId: 'The activity “{id}” appears more than once.',
  activityNeedsTitle: 'The activity “{id}” needs a title (“title”).',
  unknownRing: 'The ring “{ring}” does not exist (activity “{id}”).',
  endBeforeStart: 'The activity “{id}” ends ({end}) before it starts ({start}).',
  activityTooLong: 'The activity “{id}” lasts more than a year.',
};

export const wheelErrorMessages: Readonly<Record<Lang, WheelErrorMessages>> = { nb, nn, en };
