// The workspace overview (details, steps, progress) and the development plan page.
import type { Lang } from '@mulighetsrom/core';
import type { DevelopmentPlanField } from '../views/steps/areas.js';

export interface WorkspaceMessages {
  detailsHeading: string;
  nameLabel: string;
  ownersLabel: string;
  participantsLabel: string;
  onePerLine: string;
  yearLabel: string;
  detailsSaved: string;
  nameMissing: string;
  yearInvalid: string;
  stepsHeading: string;
  progressHeading: string;
  /** A step's short status. */
  statusEmpty: string;
  statusStarted: string;
  /** «{count} forsinket». */
  statusOverdue: string;
  /** The progress table's captions and headers. */
  progressCaption: string;
  colStep: string;
  colContent: string;
  colOverdue: string;
  /** What a step holds: «lapper: 3», «rader: 5» … joined by «, ». */
  countNotes: string;
  countRows: string;
  countMarks: string;
  countAreas: string;
  countChosen: string;
  countActivities: string;
  countText: string;
  countPlans: string;
  overdueHeading: string;
  noOverdue: string;
  /** «{what} ({plan}), frist {end}». */
  overdueRow: string;
  untitledRow: string;
  noPlans: string;
  moreHeading: string;
  versionsLink: string;
  printLink: string;
  embedLink: string;
  // The development plan page.
  planIntro: string;
  planQuestions: Record<DevelopmentPlanField, string>;
  planSaved: string;
  planNotChosen: string;
  planBadArea: string;
  planBoardLink: string;
  planRowsHeading: string;
  planNoRows: string;
  planRowsHint: string;
  backToGathering2: string;
}

export const workspaceMessages: Record<Lang, WorkspaceMessages> = {
  nb: {
    detailsHeading: 'Om partnerskapet',
    nameLabel: 'Navn',
    ownersLabel: 'Eiere',
    participantsLabel: 'Deltakere',
    onePerLine: 'Én per linje.',
    yearLabel: 'År',
    detailsSaved: 'Endringen er lagret.',
    nameMissing: 'Navnet kan ikke være tomt. Det forrige navnet er beholdt.',
    yearInvalid: 'Skriv et årstall mellom 2000 og 2100. Det forrige året er beholdt.',
    stepsHeading: 'Stegene',
    progressHeading: 'Framdrift',
    statusEmpty: 'Ikke startet.',
    statusStarted: 'Har innhold.',
    statusOverdue: '{count} forsinket',
    progressCaption: 'Hva hvert steg har, og hva som er forsinket',
    colStep: 'Steg',
    colContent: 'Innhold',
    colOverdue: 'Forsinket',
    countNotes: 'lapper: {count}',
    countRows: 'rader: {count}',
    countMarks: 'merkede forventninger: {count}',
    countAreas: 'vurderte områder: {count}',
    countChosen: 'valgte områder: {count}',
    countActivities: 'aktiviteter: {count}',
    countText: 'notater',
    countPlans: 'utviklingsplaner: {count}',
    overdueHeading: 'Forsinket i planene',
    noOverdue: 'Ingenting er forsinket.',
    overdueRow: '{what} ({plan}), frist {end}',
    untitledRow: 'Oppgave uten navn',
    noPlans: 'Velg utviklingsområder i samling 2 for å lage utviklingsplaner.',
    moreHeading: 'Mer',
    versionsLink: 'Versjoner',
    printLink: 'Skriv ut alle plakatene',
    embedLink: 'Bygg inn på en nettside',
    planIntro:
      'Svar på spørsmålene for området. Svarene lagres mens du skriver, og henger sammen med tavla og radene i planene.',
    planQuestions: {
      why: 'Hvorfor valgte dere dette området, og hva vil dere oppnå?',
      what: 'Hva må gjøres, hvorfor og når?',
      how: 'Hvordan skal det gjøres?',
      involve: 'Hvem må involveres?',
      responsible: 'Hvem har ansvaret?',
      evaluate: 'Hvordan skal arbeidet følges opp og evalueres?',
    },
    planSaved: 'Utviklingsplanen er lagret.',
    planNotChosen:
      'Området er ikke valgt i samling 2. Planen kan skrives likevel, men velg området i modellen for å få det med i utviklingsplanen.',
    planBadArea: 'Det finnes ikke noe område {area}. Områdene har nummer 1 til 20.',
    planBoardLink: 'Tavla for området (samling 2)',
    planRowsHeading: 'Radene for området i planene',
    planNoRows:
      'Ingen rader i planene er knyttet til området ennå. Velg området i kolonnen «Område» i en plan.',
    planRowsHint: 'Rader fra planen for oppfølging og den felles virksomhetsplanen.',
    backToGathering2: 'Tilbake til samling 2',
  },
  nn: {
    detailsHeading: 'Om partnarskapet',
    nameLabel: 'Namn',
    ownersLabel: 'Eigarar',
    participantsLabel: 'Deltakarar',
    onePerLine: 'Éin per linje.',
    yearLabel: 'År',
    detailsSaved: 'Endringa er lagra.',
    nameMissing: 'Namnet kan ikkje vere tomt. Det førre namnet er halde på.',
    yearInvalid: 'Skriv eit årstal mellom 2000 og 2100. Det førre året er halde på.',
    stepsHeading: 'Stega',
    progressHeading: 'Framdrift',
    statusEmpty: 'Ikkje starta.',
    statusStarted: 'Har innhald.',
    statusOverdue: '{count} forseinka',
    progressCaption: 'Kva kvart steg har, og kva som er forseinka',
    colStep: 'Steg',
    colContent: 'Innhald',
    colOverdue: 'Forseinka',
    countNotes: 'lappar: {count}',
    countRows: 'rader: {count}',
    countMarks: 'merkte forventningar: {count}',
    countAreas: 'vurderte område: {count}',
    countChosen: 'valde område: {count}',
    countActivities: 'aktivitetar: {count}',
    countText: 'notat',
    countPlans: 'utviklingsplanar: {count}',
    overdueHeading: 'Forseinka i planane',
    noOverdue: 'Ingenting er forseinka.',
    overdueRow: '{what} ({plan}), frist {end}',
    untitledRow: 'Oppgåve utan namn',
    noPlans: 'Vel utviklingsområde i samling 2 for å lage utviklingsplanar.',
    moreHeading: 'Meir',
    versionsLink: 'Versjonar',
    printLink: 'Skriv ut alle plakatane',
    embedLink: 'Bygg inn på ei nettside',
    planIntro:
      'Svar på spørsmåla for området. Svara blir lagra medan du skriv, og heng saman med tavla og radene i planane.',
    planQuestions: {
      why: 'Kvifor valde de dette området, og kva vil de oppnå?',
      what: 'Kva må gjerast, kvifor og når?',
      how: 'Korleis skal det gjerast?',
      involve: 'Kven må involverast?',
      responsible: 'Kven har ansvaret?',
      evaluate: 'Korleis skal arbeidet følgjast opp og evaluerast?',
    },
    planSaved: 'Utviklingsplanen er lagra.',
    planNotChosen:
      'Området er ikkje valt i samling 2. Planen kan skrivast likevel, men vel området i modellen for å få det med i utviklingsplanen.',
    planBadArea: 'Det finst ikkje noko område {area}. Områda har nummer 1 til 20.',
    planBoardLink: 'Tavla for området (samling 2)',
    planRowsHeading: 'Radene for området i planane',
    planNoRows:
      'Ingen rader i planane er knytte til området enno. Vel området i kolonnen «Område» i ein plan.',
    planRowsHint: 'Rader frå planen for oppfølging og den felles verksemdsplanen.',
    backToGathering2: 'Tilbake til samling 2',
  },
  en: {
    detailsHeading: 'About the partnership',
    nameLabel: 'Name',
    ownersLabel: 'Owners',
    participantsLabel: 'Participants',
    onePerLine: 'One per line.',
    yearLabel: 'Year',
    detailsSaved: 'The change has been saved.',
    nameMissing: 'The name cannot be empty. The previous name is kept.',
    yearInvalid: 'Enter a year between 2000 and 2100. The previous year is kept.',
    stepsHeading: 'The steps',
    progressHeading: 'Progress',
    statusEmpty: 'Not started.',
    statusStarted: 'Has content.',
    statusOverdue: '{count} overdue',
    progressCaption: 'What each step holds, and what is overdue',
    colStep: 'Step',
    colContent: 'Content',
    colOverdue: 'Overdue',
    countNotes: 'notes: {count}',
    countRows: 'rows: {count}',
    countMarks: 'marked expectations: {count}',
    countAreas: 'areas assessed: {count}',
    countChosen: 'areas chosen: {count}',
    countActivities: 'activities: {count}',
    countText: 'notes',
    countPlans: 'development plans: {count}',
    overdueHeading: 'Overdue in the plans',
    noOverdue: 'Nothing is overdue.',
    overdueRow: '{what} ({plan}), due {end}',
    untitledRow: 'Untitled task',
    noPlans: 'Choose development areas in gathering 2 to make development plans.',
    moreHeading: 'More',
    versionsLink: 'Versions',
    printLink: 'Print every poster',
    embedLink: 'Embed in a web page',
    planIntro:
      'Answer the questions for the area. The answers are saved as you type, and are linked to the area’s board and its rows in the plans.',
    planQuestions: {
      why: 'Why did you choose this area, and what do you want to achieve?',
      what: 'What must be done, why and when?',
      how: 'How will it be done?',
      involve: 'Who must be involved?',
      responsible: 'Who is responsible?',
      evaluate: 'How will the work be followed up and evaluated?',
    },
    planSaved: 'The development plan has been saved.',
    planNotChosen:
      'The area is not chosen in gathering 2. You can still write the plan, but choose the area on the model to make it part of the development plan.',
    planBadArea: 'There is no area {area}. The areas are numbered 1 to 20.',
    planBoardLink: 'The area’s board (gathering 2)',
    planRowsHeading: 'The area’s rows in the plans',
    planNoRows:
      'No rows in the plans are linked to the area yet. Choose the area in a plan’s «Area» column.',
    planRowsHint: 'Rows of the follow-up plan and the joint business plan.',
    backToGathering2: 'Back to gathering 2',
  },
};
