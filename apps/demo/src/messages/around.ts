// The strings of the views around the workspace: the facilitator's network, print and embed, in
// Bokmål, Nynorsk and English. `{name}`-style slots are filled with core's format().
import type { Lang } from '@mulighetsrom/core';

/** The seven widgets, as the embed page names them. */
export type WidgetTag =
  | 'mulighetsrom-model'
  | 'mulighetsrom-expectation-matrix'
  | 'mulighetsrom-swot'
  | 'mulighetsrom-assessment-cross'
  | 'mulighetsrom-situation-board'
  | 'mulighetsrom-annual-wheel'
  | 'mulighetsrom-follow-up-table';

export interface AroundMessages {
  exampleLabel: string;
  /** Added to an example workspace's title inside the widgets: «NAV Arendal (eksempel)». */
  exampleTitle: string;
  workspaceNotFound: string;
  toHome: string;
  network: {
    title: string;
    intro: string;
    listHeading: string;
    empty: string;
    updated: string;
    printLink: string;
    embedLink: string;
    compareHeading: string;
    compareIntro: string;
    matrixHeading: string;
    matrixIntro: string;
    matrixTitle: string;
    saveFailed: string;
  };
  print: {
    title: string;
    summaryTitle: string;
    intro: string;
    summaryIntro: string;
    settingsHeading: string;
    paperLabel: string;
    orientationLabel: string;
    portrait: string;
    landscape: string;
    printButton: string;
    back: string;
    otherPrints: string;
    allPosters: string;
    summaryOf: string;
    notAnswered: string;
    empty: string;
    decisionsHeading: string;
    chosenAreas: string;
    noChosenAreas: string;
    planRows: string;
    noPlanRows: string;
    columnWhat: string;
    columnResponsible: string;
    columnWhen: string;
  };
  embed: {
    title: string;
    intro: string;
    fromWorkspace: string;
    fromExample: string;
    workspacesHeading: string;
    exampleData: string;
    optionsHeading: string;
    formatLabel: string;
    formatAttribute: string;
    formatScript: string;
    sourceLabel: string;
    sourceCdn: string;
    sourceSelf: string;
    langHint: string;
    widgets: Record<WidgetTag, string>;
    copyButton: string;
    copied: string;
    copyFailed: string;
    exampleLink: string;
    examplesLink: string;
  };
}

export const aroundMessages: Record<Lang, AroundMessages> = {
  nb: {
    exampleLabel: 'Eksempel',
    exampleTitle: '{name} (eksempel)',
    workspaceNotFound:
      'Fant ikke arbeidsrommet «{id}». Det kan være slettet, eller lenken er feil.',
    toHome: 'Til forsiden',
    network: {
      title: 'Nettverket',
      intro:
        'Alle arbeidsrommene i denne nettleseren, side om side: modellene deres og statusen i nettverket, laget av partnerskapenes egne vurderinger.',
      listHeading: 'Arbeidsrommene',
      empty: 'Det finnes ingen arbeidsrom ennå.',
      updated: 'Sist endret {date}',
      printLink: 'Utskrift av {name}',
      embedLink: 'Bygg inn verktøyene med data fra {name}',
      compareHeading: 'Modellene side om side',
      compareIntro:
        'Hvert partnerskap sin modell, og en tabell som teller hvor mange som er sterke, kan styrkes eller har området i planen sin.',
      matrixHeading: 'Status i nettverket',
      matrixIntro:
        'Tabellen er laget av modellene i arbeidsrommene. Endrer du en celle, lagres endringen i modellen til det partnerskapet.',
      matrixTitle: 'Status i nettverket: partnerskap og utviklingsområder',
      saveFailed: 'Endringen i {name} ble ikke lagret. Prøv igjen.',
    },
    print: {
      title: 'Utskrift: {name}',
      summaryTitle: '{step}: oppsummering for {name}',
      intro: 'Alle plakatene i arbeidsrommet, hver på sin side.',
      summaryIntro: 'Plakatene fra samlingen og det som ble bestemt.',
      settingsHeading: 'Utskriftsvalg',
      paperLabel: 'Papir',
      orientationLabel: 'Retning',
      portrait: 'Stående',
      landscape: 'Liggende',
      printButton: 'Skriv ut',
      back: 'Tilbake til arbeidsrommet',
      otherPrints: 'Andre utskrifter',
      allPosters: 'Alle plakatene',
      summaryOf: 'Oppsummering: {step}',
      notAnswered: 'Ikke besvart.',
      empty: 'Ikke fylt ut ennå.',
      decisionsHeading: 'Dette ble bestemt',
      chosenAreas: 'Valgte utviklingsområder',
      noChosenAreas: 'Ingen områder er valgt.',
      planRows: 'Oppgaver i planen',
      noPlanRows: 'Ingen oppgaver er ført opp.',
      columnWhat: 'Hva skal gjøres?',
      columnResponsible: 'Hvem har ansvaret?',
      columnWhen: 'Når',
    },
    embed: {
      title: 'Bygg inn verktøyene',
      intro:
        'Kopier koden til en nettside, et intranett eller en side i publiseringsløsningen. Én skriptlinje laster verktøyet; dataene følger med i koden.',
      fromWorkspace: 'Koden under har dataene fra arbeidsrommet {name}.',
      fromExample: 'Koden under har eksempeldata. Velg et arbeidsrom for å få med dataene derfra.',
      workspacesHeading: 'Data fra et arbeidsrom',
      exampleData: 'Eksempeldata',
      optionsHeading: 'Valg for koden',
      formatLabel: 'Dataene står',
      formatAttribute: 'i data-attributtet (tryggest i publiseringsløsninger)',
      formatScript: 'i et JSON-skript inne i elementet',
      sourceLabel: 'Skriptet hentes fra',
      sourceCdn: 'jsDelivr (npm-pakken)',
      sourceSelf: 'denne nettsiden',
      langHint:
        'Verktøyet bruker språket på siden det står på (lang-attributtet): bokmål, nynorsk eller engelsk.',
      widgets: {
        'mulighetsrom-model': 'Mulighetsrommet (modellen)',
        'mulighetsrom-expectation-matrix': 'Forventningsmatrise',
        'mulighetsrom-swot': 'SWOT',
        'mulighetsrom-assessment-cross': 'Vurderingskrysset',
        'mulighetsrom-situation-board': 'Ønsket situasjon, barrierer og drivere',
        'mulighetsrom-annual-wheel': 'Årshjulet',
        'mulighetsrom-follow-up-table': 'Plan for oppfølging',
      },
      copyButton: 'Kopier koden',
      copied: 'Koden for {widget} er kopiert.',
      copyFailed:
        'Kunne ikke kopiere automatisk. Koden for {widget} er merket: kopier den med Ctrl+C (Cmd+C på Mac).',
      exampleLink: 'Eksempelside for {widget}',
      examplesLink: 'Alle eksempelsidene',
    },
  },
  nn: {
    exampleLabel: 'Døme',
    exampleTitle: '{name} (døme)',
    workspaceNotFound:
      'Fann ikkje arbeidsrommet «{id}». Det kan vere sletta, eller lenkja er feil.',
    toHome: 'Til framsida',
    network: {
      title: 'Nettverket',
      intro:
        'Alle arbeidsromma i denne nettlesaren, side om side: modellane deira og statusen i nettverket, laga av partnarskapa sine eigne vurderingar.',
      listHeading: 'Arbeidsromma',
      empty: 'Det finst ingen arbeidsrom enno.',
      updated: 'Sist endra {date}',
      printLink: 'Utskrift av {name}',
      embedLink: 'Bygg inn verktøya med data frå {name}',
      compareHeading: 'Modellane side om side',
      compareIntro:
        'Modellen til kvart partnarskap, og ein tabell som tel kor mange som er sterke, kan styrkjast eller har området i planen sin.',
      matrixHeading: 'Status i nettverket',
      matrixIntro:
        'Tabellen er laga av modellane i arbeidsromma. Endrar du ei celle, blir endringa lagra i modellen til det partnarskapet.',
      matrixTitle: 'Status i nettverket: partnarskap og utviklingsområde',
      saveFailed: 'Endringa i {name} vart ikkje lagra. Prøv igjen.',
    },
    print: {
      title: 'Utskrift: {name}',
      summaryTitle: '{step}: oppsummering for {name}',
      intro: 'Alle plakatane i arbeidsrommet, kvar på si side.',
      summaryIntro: 'Plakatane frå samlinga og det som vart bestemt.',
      settingsHeading: 'Utskriftsval',
      paperLabel: 'Papir',
      orientationLabel: 'Retning',
      portrait: 'Ståande',
      landscape: 'Liggjande',
      printButton: 'Skriv ut',
      back: 'Tilbake til arbeidsrommet',
      otherPrints: 'Andre utskrifter',
      allPosters: 'Alle plakatane',
      summaryOf: 'Oppsummering: {step}',
      notAnswered: 'Ikkje svart på.',
      empty: 'Ikkje fylt ut enno.',
      decisionsHeading: 'Dette vart bestemt',
      chosenAreas: 'Valde utviklingsområde',
      noChosenAreas: 'Ingen område er valde.',
      planRows: 'Oppgåver i planen',
      noPlanRows: 'Ingen oppgåver er førte opp.',
      columnWhat: 'Kva skal gjerast?',
      columnResponsible: 'Kven har ansvaret?',
      columnWhen: 'Når',
    },
    embed: {
      title: 'Bygg inn verktøya',
      intro:
        'Kopier koden til ei nettside, eit intranett eller ei side i publiseringsløysinga. Éi skriptlinje lastar verktøyet; dataa følgjer med i koden.',
      fromWorkspace: 'Koden under har dataa frå arbeidsrommet {name}.',
      fromExample: 'Koden under har dømedata. Vel eit arbeidsrom for å få med dataa derifrå.',
      workspacesHeading: 'Data frå eit arbeidsrom',
      exampleData: 'Dømedata',
      optionsHeading: 'Val for koden',
      formatLabel: 'Dataa står',
      formatAttribute: 'i data-attributtet (tryggast i publiseringsløysingar)',
      formatScript: 'i eit JSON-skript inne i elementet',
      sourceLabel: 'Skriptet blir henta frå',
      sourceCdn: 'jsDelivr (npm-pakken)',
      sourceSelf: 'denne nettsida',
      langHint:
        'Verktøyet brukar språket på sida det står på (lang-attributtet): bokmål, nynorsk eller engelsk.',
      widgets: {
        'mulighetsrom-model': 'Mulegheitsrommet (modellen)',
        'mulighetsrom-expectation-matrix': 'Forventningsmatrise',
        'mulighetsrom-swot': 'SWOT',
        'mulighetsrom-assessment-cross': 'Vurderingskrysset',
        'mulighetsrom-situation-board': 'Ønskt situasjon, barrierar og drivarar',
        'mulighetsrom-annual-wheel': 'Årshjulet',
        'mulighetsrom-follow-up-table': 'Plan for oppfølging',
      },
      copyButton: 'Kopier koden',
      copied: 'Koden for {widget} er kopiert.',
      copyFailed:
        'Kunne ikkje kopiere automatisk. Koden for {widget} er merkt: kopier han med Ctrl+C (Cmd+C på Mac).',
      exampleLink: 'Dømeside for {widget}',
      examplesLink: 'Alle dømesidene',
    },
  },
  en: {
    exampleLabel: 'Example',
    exampleTitle: '{name} (example)',
    workspaceNotFound:
      'No workspace «{id}» was found. It may have been deleted, or the link is wrong.',
    toHome: 'To the front page',
    network: {
      title: 'The network',
      intro:
        'Every workspace in this browser, side by side: their models and the status of the network, made from the partnerships’ own assessments.',
      listHeading: 'The workspaces',
      empty: 'There are no workspaces yet.',
      updated: 'Last changed {date}',
      printLink: 'Print {name}',
      embedLink: 'Embed the tools with data from {name}',
      compareHeading: 'The models side by side',
      compareIntro:
        'Each partnership’s model, and a table that counts how many are strong, can improve or have the area in their plan.',
      matrixHeading: 'Status of the network',
      matrixIntro:
        'The table is made from the workspaces’ models. When you change a cell, the change is saved in that partnership’s model.',
      matrixTitle: 'Status of the network: partnerships and development areas',
      saveFailed: 'The change in {name} was not saved. Try again.',
    },
    print: {
      title: 'Print: {name}',
      summaryTitle: '{step}: summary for {name}',
      intro: 'Every poster of the workspace, each on its own page.',
      summaryIntro: 'The posters of the gathering and what was decided.',
      settingsHeading: 'Print options',
      paperLabel: 'Paper',
      orientationLabel: 'Orientation',
      portrait: 'Portrait',
      landscape: 'Landscape',
      printButton: 'Print',
      back: 'Back to the workspace',
      otherPrints: 'Other prints',
      allPosters: 'Every poster',
      summaryOf: 'Summary: {step}',
      notAnswered: 'Not answered.',
      empty: 'Not filled in yet.',
      decisionsHeading: 'What was decided',
      chosenAreas: 'Chosen development areas',
      noChosenAreas: 'No areas have been chosen.',
      planRows: 'Tasks in the plan',
      noPlanRows: 'No tasks have been entered.',
      columnWhat: 'What is to be done?',
      columnResponsible: 'Who is responsible?',
      columnWhen: 'When',
    },
    embed: {
      title: 'Embed the tools',
      intro:
        'Copy the code into a web page, an intranet or a page of your content management system. One script line loads the tool; the data comes with the code.',
      fromWorkspace: 'The code below holds the data of the workspace {name}.',
      fromExample: 'The code below holds example data. Choose a workspace to take its data along.',
      workspacesHeading: 'Data from a workspace',
      exampleData: 'Example data',
      optionsHeading: 'Options for the code',
      formatLabel: 'The data goes',
      formatAttribute: 'in the data attribute (safest in content management systems)',
      formatScript: 'in a JSON script inside the element',
      sourceLabel: 'The script comes from',
      sourceCdn: 'jsDelivr (the npm package)',
      sourceSelf: 'this site',
      langHint:
        'The tool uses the language of the page it is on (the lang attribute): Bokmål, Nynorsk or English.',
      widgets: {
        'mulighetsrom-model': 'The opportunity space (the model)',
        'mulighetsrom-expectation-matrix': 'Expectation matrix',
        'mulighetsrom-swot': 'SWOT',
        'mulighetsrom-assessment-cross': 'The assessment cross',
        'mulighetsrom-situation-board': 'Desired situation, barriers and drivers',
        'mulighetsrom-annual-wheel': 'The annual wheel',
        'mulighetsrom-follow-up-table': 'Follow-up plan',
      },
      copyButton: 'Copy the code',
      copied: 'The code for {widget} has been copied.',
      copyFailed:
        'Could not copy automatically. The code for {widget} is selected: copy it with Ctrl+C (Cmd+C on a Mac).',
      exampleLink: 'Example page for {widget}',
      examplesLink: 'Every example page',
    },
  },
};
