// The home page's strings: the list of workspaces, the form that creates one, delete and undo.
import type { Lang } from '@mulighetsrom/core';

export interface HomeMessages {
  title: string;
  intro: readonly string[];
  listHeading: string;
  empty: string;
  /** «Sist endret {date}». */
  updated: string;
  open: string;
  /** «Slett {name}» (the button's accessible name). */
  deleteLabel: string;
  deleteButton: string;
  /** «{name} er slettet.» */
  deleted: string;
  undoDelete: string;
  restored: string;
  createHeading: string;
  nameLabel: string;
  nameHint: string;
  officeLabel: string;
  municipalityLabel: string;
  yearLabel: string;
  ownersLabel: string;
  participantsLabel: string;
  /** Under the owners and participants fields. */
  onePerLine: string;
  createButton: string;
  nameMissing: string;
  yearInvalid: string;
  /** «{name} er opprettet.» */
  created: string;
  errorSummary: string;
}

export const homeMessages: Record<Lang, HomeMessages> = {
  nb: {
    title: 'Arbeidsrommene',
    intro: [
      'Et arbeidsrom samler alt ett partnerskap lager gjennom de fire samlingene: arbeidsplanen, plakatene fra hver samling, modellen, utviklingsplanene og årshjulet.',
      'Alt lagres i denne nettleseren mens dere arbeider.',
    ],
    listHeading: 'Partnerskapene',
    empty: 'Ingen arbeidsrom ennå. Opprett det første nedenfor.',
    updated: 'Sist endret {date}',
    open: 'Åpne',
    deleteLabel: 'Slett {name}',
    deleteButton: 'Slett',
    deleted: '{name} er slettet.',
    undoDelete: 'Angre slettingen',
    restored: '{name} er hentet tilbake.',
    createHeading: 'Nytt arbeidsrom',
    nameLabel: 'Navn på partnerskapet',
    nameHint: 'For eksempel «NAV Solvik og Solvik kommune».',
    officeLabel: 'NAV-kontor',
    municipalityLabel: 'Kommune',
    yearLabel: 'År',
    ownersLabel: 'Eiere',
    participantsLabel: 'Deltakere',
    onePerLine: 'Én per linje.',
    createButton: 'Opprett arbeidsrommet',
    nameMissing: 'Skriv inn et navn på partnerskapet.',
    yearInvalid: 'Skriv et årstall mellom 2000 og 2100.',
    created: '{name} er opprettet.',
    errorSummary: 'Skjemaet har feil:',
  },
  nn: {
    title: 'Arbeidsromma',
    intro: [
      'Eit arbeidsrom samlar alt eitt partnarskap lagar gjennom dei fire samlingane: arbeidsplanen, plakatane frå kvar samling, modellen, utviklingsplanane og årshjulet.',
      'Alt blir lagra i denne nettlesaren medan de arbeider.',
    ],
    listHeading: 'Partnarskapa',
    empty: 'Ingen arbeidsrom enno. Opprett det første nedanfor.',
    updated: 'Sist endra {date}',
    open: 'Opne',
    deleteLabel: 'Slett {name}',
    deleteButton: 'Slett',
    deleted: '{name} er sletta.',
    undoDelete: 'Angre slettinga',
    restored: '{name} er henta tilbake.',
    createHeading: 'Nytt arbeidsrom',
    nameLabel: 'Namn på partnarskapet',
    nameHint: 'Til dømes «NAV Solvik og Solvik kommune».',
    officeLabel: 'NAV-kontor',
    municipalityLabel: 'Kommune',
    yearLabel: 'År',
    ownersLabel: 'Eigarar',
    participantsLabel: 'Deltakarar',
    onePerLine: 'Éin per linje.',
    createButton: 'Opprett arbeidsrommet',
    nameMissing: 'Skriv inn eit namn på partnarskapet.',
    yearInvalid: 'Skriv eit årstal mellom 2000 og 2100.',
    created: '{name} er oppretta.',
    errorSummary: 'Skjemaet har feil:',
  },
  en: {
    title: 'The workspaces',
    intro: [
      'A workspace holds everything one partnership makes during the four gatherings: the work plan, the posters of each gathering, the model, the development plans and the annual wheel.',
      'Everything is saved in this browser as you work.',
    ],
    listHeading: 'The partnerships',
    empty: 'No workspaces yet. Create the first one below.',
    updated: 'Last changed {date}',
    open: 'Open',
    deleteLabel: 'Delete {name}',
    deleteButton: 'Delete',
    deleted: '{name} has been deleted.',
    undoDelete: 'Undo the delete',
    restored: '{name} is back.',
    createHeading: 'New workspace',
    nameLabel: 'Name of the partnership',
    nameHint: 'For example «NAV Solvik and Solvik municipality».',
    officeLabel: 'NAV office',
    municipalityLabel: 'Municipality',
    yearLabel: 'Year',
    ownersLabel: 'Owners',
    participantsLabel: 'Participants',
    onePerLine: 'One per line.',
    createButton: 'Create the workspace',
    nameMissing: 'Enter a name for the partnership.',
    yearInvalid: 'Enter a year between 2000 and 2100.',
    created: '{name} has been created.',
    errorSummary: 'The form has errors:',
  },
};
