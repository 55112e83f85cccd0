// Every string of the demo page, in Bokmål, Nynorsk and English. The widgets bring their own
// texts from @mulighetsrom/core; these are only the page around them.
import type { Lang } from '@mulighetsrom/core';
import type { ThemeName } from '@mulighetsrom/tokens';

/** A theme of @mulighetsrom/tokens, or the device's setting. */
export type Scheme = 'system' | ThemeName;

export interface DemoMessages {
  pageTitle: string;
  skipLink: string;
  siteName: string;
  heading: string;
  intro: readonly string[];
  settingsHeading: string;
  languageLabel: string;
  schemeLabel: string;
  schemes: Record<Scheme, string>;
  modelHeading: string;
  exampleLabel: string;
  exampleNotice: string;
  resetButton: string;
  resetDone: string;
  /** Offered after a reset that discarded the reader's own changes. */
  undoReset: string;
  undoDone: string;
  networkHeading: string;
  networkIntro: string;
  networkNotice: string;
  /** Added to the example offices' titles, e.g. «NAV Arendal (eksempel)». */
  exampleSuffix: string;
  footer: string;
}

/** Language names are written in their own language, so each is found by its speakers. */
export const languageNames: Record<Lang, string> = {
  nb: 'Bokmål',
  nn: 'Nynorsk',
  en: 'English',
};

export const messages: Record<Lang, DemoMessages> = {
  nb: {
    pageTitle: 'Mulighetsrommet – demo',
    skipLink: 'Hopp til hovedinnholdet',
    siteName: 'Mulighetsrom',
    heading: 'Mulighetsrommet i NAV-partnerskapet',
    intro: [
      'Et NAV-kontor eies sammen av staten og kommunen. Partnerskapet mellom dem arbeider på tre nivåer: eiernivået, kontornivået og tjenestenivået. Modellen tegner nivåene som tre sirkler som overlapper, med brukerne og samfunnsoppdraget i midten.',
      'De 20 utviklingsområdene ligger i feltet til nivåene de hører til. Partnerskapet markerer hvert område som sterkt i dag eller som noe som kan styrkes, og merker områdene som er med i utviklingsplanen. Modellen brukes som sjekkliste på hvert partnerskapsmøte.',
    ],
    settingsHeading: 'Visning',
    languageLabel: 'Språk',
    schemeLabel: 'Fargetema',
    schemes: {
      system: 'Som på enheten',
      light: 'Lyst',
      dark: 'Mørkt',
      'high-contrast': 'Høy kontrast',
    },
    modelHeading: 'Modellen for ett partnerskap',
    exampleLabel: 'Eksempel',
    exampleNotice:
      'Dataene er et tenkt eksempel, ikke en vurdering fra et ekte partnerskap. Endringer du gjør, lagres bare i denne nettleseren.',
    resetButton: 'Tilbakestill eksempelet',
    resetDone: 'Eksempelet er tilbakestilt.',
    undoReset: 'Angre tilbakestillingen',
    undoDone: 'Endringene dine er hentet tilbake.',
    networkHeading: 'Nettverket: partnerskapene side om side',
    networkIntro:
      'I et nettverk ser partnerskapene modellene sine side om side, og tabellen teller for hvert område hvor mange som er sterke, kan styrke seg eller har det i planen. Da ser et kontor hvem det kan lære av der det selv er svakt. Partnerskapet ditt ovenfor er med, og endringene dine vises her med en gang.',
    networkNotice: 'Kontorene er fra pilotnettverket i Agder, men vurderingene er oppdiktet.',
    exampleSuffix: 'eksempel',
    footer:
      'Bygger på rapporten «Mulighetsrommet i NAV-partnerskapet» (NORCE, AFI og Deloitte, 2019) og pilotnettverket KS, NAV og kommunene i Agder drev i 2018–19.',
  },
  nn: {
    pageTitle: 'Moglegheitsrommet – demo',
    skipLink: 'Hopp til hovudinnhaldet',
    siteName: 'Mulighetsrom',
    heading: 'Moglegheitsrommet i NAV-partnarskapet',
    intro: [
      'Eit NAV-kontor er eigd saman av staten og kommunen. Partnarskapet mellom dei arbeider på tre nivå: eigarnivået, kontornivået og tenestenivået. Modellen teiknar nivåa som tre sirklar som overlappar, med brukarane og samfunnsoppdraget i midten.',
      'Dei 20 utviklingsområda ligg i feltet til nivåa dei høyrer til. Partnarskapet markerer kvart område som sterkt i dag eller som noko som kan styrkjast, og merkjer områda som er med i utviklingsplanen. Modellen blir brukt som sjekkliste på kvart partnarskapsmøte.',
    ],
    settingsHeading: 'Vising',
    languageLabel: 'Språk',
    schemeLabel: 'Fargetema',
    schemes: {
      system: 'Som på eininga',
      light: 'Lyst',
      dark: 'Mørkt',
      'high-contrast': 'Høg kontrast',
    },
    modelHeading: 'Modellen for eitt partnarskap',
    exampleLabel: 'Døme',
    exampleNotice:
      'Dataa er eit tenkt døme, ikkje ei vurdering frå eit ekte partnarskap. Endringar du gjer, blir berre lagra i denne nettlesaren.',
    resetButton: 'Tilbakestill dømet',
    resetDone: 'Dømet er tilbakestilt.',
    undoReset: 'Angre tilbakestillinga',
    undoDone: 'Endringane dine er henta tilbake.',
    networkHeading: 'Nettverket: partnarskapa side om side',
    networkIntro:
      'I eit nettverk ser partnarskapa modellane sine side om side, og tabellen tel for kvart område kor mange som er sterke, kan styrkje seg eller har det i planen. Då ser eit kontor kven det kan lære av der det sjølv er svakt. Partnarskapet ditt ovanfor er med, og endringane dine blir viste her med ein gong.',
    networkNotice: 'Kontora er frå pilotnettverket i Agder, men vurderingane er oppdikta.',
    exampleSuffix: 'døme',
    footer:
      'Byggjer på rapporten «Mulighetsrommet i NAV-partnerskapet» (NORCE, AFI og Deloitte, 2019) og pilotnettverket KS, NAV og kommunane i Agder dreiv i 2018–19.',
  },
  en: {
    pageTitle: 'The opportunity space – demo',
    skipLink: 'Skip to main content',
    siteName: 'Mulighetsrom',
    heading: 'The opportunity space in the NAV partnership',
    intro: [
      'A NAV office is owned jointly by the state and the municipality. Their partnership works on three levels: the owner level, the office level and the service level. The model draws the levels as three overlapping circles, with the users and the social mission in the centre.',
      'The 20 development areas sit in the region of the levels they belong to. The partnership marks each area as strong today or as one that can be strengthened, and marks the areas that are part of its development plan. The model is used as a checklist at every partnership meeting.',
    ],
    settingsHeading: 'Display',
    languageLabel: 'Language',
    schemeLabel: 'Colour scheme',
    schemes: {
      system: 'Same as the device',
      light: 'Light',
      dark: 'Dark',
      'high-contrast': 'High contrast',
    },
    modelHeading: 'The model for one partnership',
    exampleLabel: 'Example',
    exampleNotice:
      'The data is a made-up example, not an assessment by a real partnership. Changes you make are saved in this browser only.',
    resetButton: 'Reset the example',
    resetDone: 'The example has been reset.',
    undoReset: 'Undo the reset',
    undoDone: 'Your changes are back.',
    networkHeading: 'The network: partnerships side by side',
    networkIntro:
      'In a network, the partnerships see their models side by side, and the table counts for each area how many are strong, can improve or have it in their plan. An office sees whom it can learn from where it is weak itself. Your partnership above is included, and your changes show here at once.',
    networkNotice: 'The offices are from the Agder pilot network, but the assessments are made up.',
    exampleSuffix: 'example',
    footer:
      'Based on the report «Mulighetsrommet i NAV-partnerskapet» (NORCE, AFI and Deloitte, 2019) and the pilot network KS, NAV and the municipalities of Agder ran in 2018–19.',
  },
};
