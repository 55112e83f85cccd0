// The shell's strings (header, navigation, settings, footer, not-found) in nb, nn and en.
import type { Lang } from '@mulighetsrom/core';
import type { Scheme } from '../settings.js';

export interface ShellMessages {
  /** After a view's own title in document.title: «Hjem – Mulighetsrom». */
  siteName: string;
  skipLink: string;
  mainNav: string;
  navHome: string;
  navNetwork: string;
  navEmbed: string;
  /** The workspace's own navigation: «Stegene i {name}». */
  stepsNav: string;
  navOverview: string;
  settingsHeading: string;
  languageLabel: string;
  schemeLabel: string;
  schemes: Record<Scheme, string>;
  notFoundTitle: string;
  notFoundText: string;
  notFoundHome: string;
  /** A workspace route whose workspace is not in the store. */
  noWorkspaceTitle: string;
  noWorkspaceText: string;
  loading: string;
  exampleLabel: string;
  /** Above every view of an example workspace. */
  exampleNotice: string;
  footer: string;
  /** The notice of a new version of the app, waiting to take over (shell/update-notice.ts). */
  update: {
    ready: string;
    reloadButton: string;
    dismissButton: string;
    saving: string;
    unsaved: string;
  };
}

/** Language names are written in their own language, so each is found by its speakers. */
export const languageNames: Record<Lang, string> = {
  nb: 'Bokmål',
  nn: 'Nynorsk',
  en: 'English',
};

export const shellMessages: Record<Lang, ShellMessages> = {
  nb: {
    siteName: 'Mulighetsrom',
    skipLink: 'Hopp til hovedinnholdet',
    mainNav: 'Hovedmeny',
    navHome: 'Arbeidsrom',
    navNetwork: 'Nettverket',
    navEmbed: 'Bygg inn',
    stepsNav: 'Stegene i {name}',
    navOverview: 'Oversikt',
    settingsHeading: 'Visning',
    languageLabel: 'Språk',
    schemeLabel: 'Fargetema',
    schemes: {
      system: 'Som på enheten',
      light: 'Lyst',
      dark: 'Mørkt',
      'high-contrast': 'Høy kontrast',
    },
    notFoundTitle: 'Fant ikke siden',
    notFoundText: 'Det finnes ingen side på adressen {path}. Kanskje lenken er gammel?',
    notFoundHome: 'Gå til arbeidsrommene',
    noWorkspaceTitle: 'Fant ikke arbeidsrommet',
    noWorkspaceText:
      'Arbeidsrommet finnes ikke i denne nettleseren. Det kan være slettet, eller lagret i en annen nettleser.',
    loading: 'Laster …',
    exampleLabel: 'Eksempel',
    exampleNotice:
      'Dette arbeidsrommet er et eksempel. Kontorene er fra pilotnettverket i Agder, men innholdet er oppdiktet.',
    footer:
      'Bygger på rapporten «Mulighetsrommet i NAV-partnerskapet» (NORCE, AFI og Deloitte, 2019) og pilotnettverket KS, NAV og kommunene i Agder drev i 2018–19.',
    update: {
      ready: 'En ny versjon av appen er klar. Den tar over når du laster inn på nytt.',
      reloadButton: 'Last inn på nytt nå',
      dismissButton: 'Ikke nå',
      saving: 'Lagrer endringene dine før appen lastes inn på nytt …',
      unsaved:
        'Noen endringer er ikke lagret, så appen er ikke lastet inn på nytt. Se meldingen om lagring, og prøv igjen.',
    },
  },
  nn: {
    siteName: 'Mulighetsrom',
    skipLink: 'Hopp til hovudinnhaldet',
    mainNav: 'Hovudmeny',
    navHome: 'Arbeidsrom',
    navNetwork: 'Nettverket',
    navEmbed: 'Bygg inn',
    stepsNav: 'Stega i {name}',
    navOverview: 'Oversikt',
    settingsHeading: 'Vising',
    languageLabel: 'Språk',
    schemeLabel: 'Fargetema',
    schemes: {
      system: 'Som på eininga',
      light: 'Lyst',
      dark: 'Mørkt',
      'high-contrast': 'Høg kontrast',
    },
    notFoundTitle: 'Fann ikkje sida',
    notFoundText: 'Det finst inga side på adressa {path}. Kanskje lenka er gammal?',
    notFoundHome: 'Gå til arbeidsromma',
    noWorkspaceTitle: 'Fann ikkje arbeidsrommet',
    noWorkspaceText:
      'Arbeidsrommet finst ikkje i denne nettlesaren. Det kan vere sletta, eller lagra i ein annan nettlesar.',
    loading: 'Lastar …',
    exampleLabel: 'Døme',
    exampleNotice:
      'Dette arbeidsrommet er eit døme. Kontora er frå pilotnettverket i Agder, men innhaldet er oppdikta.',
    footer:
      'Byggjer på rapporten «Mulighetsrommet i NAV-partnerskapet» (NORCE, AFI og Deloitte, 2019) og pilotnettverket KS, NAV og kommunane i Agder dreiv i 2018–19.',
    update: {
      ready:
        'Ein ny versjon av appen er klar. Den nye versjonen tek over når du lastar inn på nytt.',
      reloadButton: 'Last inn på nytt no',
      dismissButton: 'Ikkje no',
      saving: 'Lagrar endringane dine før appen blir lasta inn på nytt …',
      unsaved:
        'Nokre endringar er ikkje lagra, så appen er ikkje lasta inn på nytt. Sjå meldinga om lagring, og prøv igjen.',
    },
  },
  en: {
    siteName: 'Mulighetsrom',
    skipLink: 'Skip to main content',
    mainNav: 'Main menu',
    navHome: 'Workspaces',
    navNetwork: 'The network',
    navEmbed: 'Embed',
    stepsNav: 'The steps of {name}',
    navOverview: 'Overview',
    settingsHeading: 'Display',
    languageLabel: 'Language',
    schemeLabel: 'Colour scheme',
    schemes: {
      system: 'Same as the device',
      light: 'Light',
      dark: 'Dark',
      'high-contrast': 'High contrast',
    },
    notFoundTitle: 'Page not found',
    notFoundText: 'There is no page at {path}. Perhaps the link is old?',
    notFoundHome: 'Go to the workspaces',
    noWorkspaceTitle: 'Workspace not found',
    noWorkspaceText:
      'The workspace is not in this browser. It may have been deleted, or saved in another browser.',
    loading: 'Loading …',
    exampleLabel: 'Example',
    exampleNotice:
      'This workspace is an example. The offices are from the Agder pilot network, but the content is made up.',
    footer:
      'Based on the report «Mulighetsrommet i NAV-partnerskapet» (NORCE, AFI and Deloitte, 2019) and the pilot network KS, NAV and the municipalities of Agder ran in 2018–19.',
    update: {
      ready: 'A new version of the app is ready. It takes over when you reload.',
      reloadButton: 'Reload now',
      dismissButton: 'Not now',
      saving: 'Saving your changes before the app reloads …',
      unsaved:
        'Some changes are not saved, so the app has not reloaded. See the message about saving, and try again.',
    },
  },
};
