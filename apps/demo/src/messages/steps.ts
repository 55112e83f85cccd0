// The process steps: their names, a short guide to each in our own words, and the headings and
// texts of the widgets each step shows.
import type { Lang } from '@mulighetsrom/core';
import type { StepId } from '../workspace/document.js';

export interface StepTexts {
  /** The step's name (nav link, h1, overview). */
  name: string;
  /** What happens in the step, a few short paragraphs. */
  guide: readonly string[];
}

export interface StepMessages {
  steps: Record<StepId, StepTexts>;
  guideHeading: string;
  /** «Steg {n} av {total}». */
  stepOf: string;
  previous: string;
  next: string;
  pagerLabel: string;
  notesHint: string;
  saved: string;
  chooseAreasHint: string;
  /** «Dere kan velge opptil {limit} områder …». */
  limitReached: string;
  /** «Valgt: {areas}.» / none. */
  chosenAreas: string;
  noChosenAreas: string;
  statusHint: string;
  helpsAndHindersSubject: string;
  ideasSubject: string;
  roomMode: string;
  roomModeHint: string;
  wheelEmpty: string;
  wheelPresetButton: string;
  wheelPresetDone: string;
  wheelModelMeeting: string;
  wheelOpenModel: string;
  /** The panel after choosing an area on the model. */
  selectedArea: string;
  areaBoardLink: string;
  areaPlanLink: string;
  areaRowsLink: string;
  /** «{count} rader i planene». */
  areaRows: string;
  areaNotChosen: string;
  /** Said after an area is chosen on the model. */
  areaLinksBelow: string;
  /** A change the store could not save: it stays on screen, and the next change tries again. */
  saveFailed: string;
}

export const stepMessages: Record<Lang, StepMessages> = {
  nb: {
    steps: {
      preparation: {
        name: 'Forberedelse',
        guide: [
          'Før den første samlingen forankrer eierne arbeidet: rådmannen og fylkesdirektøren blir enige om å være med, og NAV-lederen setter sammen en gruppe fra begge sider.',
          'Gruppen kartlegger hvilke utfordringer partnerskapet har i dag, og lager en arbeidsplan: hva som skal gjøres før og mellom samlingene, hvem som har ansvaret og når det skal være ferdig.',
        ],
      },
      'gathering-1': {
        name: 'Samling 1',
        guide: [
          'Den første samlingen handler om hvordan samarbeidet fungerer i dag. Deltakerne fyller ut vurderingskrysset: hva som fungerer bra, hvorfor, hva som kan bli bedre og hvordan partnerskapet kan styrkes.',
          'Så sier gruppene hva de forventer av rådmannen og av fylkesdirektøren. Merk forventningene hver gruppe har i matrisene.',
          'Samlingen slutter med en plan for oppfølging: hva skal gjøres, hvem har ansvaret, hvem skal være med og informeres, og når.',
        ],
      },
      'local-work': {
        name: 'Lokalt arbeid',
        guide: [
          'Mellom den første og den andre samlingen går det fire til seks uker. Partnerskapet følger opp planen fra samling 1 hjemme og forbereder valget av utviklingsområder.',
          'Skriv ned det dere gjør, det dere lærer og spørsmålene dere tar med til neste samling.',
        ],
      },
      'gathering-2': {
        name: 'Samling 2',
        guide: [
          'Partnerskapet velger opptil tre utviklingsområder i modellen. Velg et område og huk av for at det er med i utviklingsplanen.',
          'For hvert valgte område fyller dere ut en tavle: hvorfor dere valgte det, hvordan ønsket situasjon ser ut, hva som kan stoppe dere (barrierer) og hva som trengs for å komme dit (drivere).',
          'Til slutt samler dere tiltakene i en felles virksomhetsplan, og hvert område får sin egen utviklingsplan.',
        ],
      },
      'gathering-3': {
        name: 'Samling 3',
        guide: [
          'Hvor langt har dere kommet? Gå gjennom modellen og marker hvert område som sterkt eller som noe som kan styrkes. Områdene i utviklingsplanen er merket som planlagt.',
          'Skriv så ned hva som hjelper arbeidet fram og hva som holder det tilbake.',
        ],
      },
      'gathering-4': {
        name: 'Samling 4',
        guide: [
          'Den siste samlingen handler om å dele og skape nytt sammen: jakten på nye ideer. Alle skriver ideer på lapper, og hver deltaker har tre prikker å stemme med.',
          'Når én skjerm brukes for hele rommet, kan dere telle håndsopprekning i stedet. Ideene med flest stemmer blir neste steg, med ansvar og tid.',
        ],
      },
      'annual-wheel': {
        name: 'Årshjulet',
        guide: [
          'Arbeidet fortsetter etter samlingene. Årshjulet viser partnerskapsmøtene gjennom året, med modellen som sjekkliste på hvert møte, og hvordan de henger sammen med budsjett- og planarbeidet i kommunen og staten.',
          'Velg et møte der modellen er sjekkliste for å åpne modellen.',
        ],
      },
    },
    guideHeading: 'Slik gjør dere det',
    stepOf: 'Steg {n} av {total}',
    previous: 'Forrige: {name}',
    next: 'Neste: {name}',
    pagerLabel: 'Forrige og neste steg',
    notesHint: 'Lagres mens du skriver.',
    saved: 'Lagret.',
    chooseAreasHint:
      'Velg et område i modellen og huk av for «med i utviklingsplanen». Dere kan velge opptil tre.',
    limitReached:
      'Dere kan velge opptil {limit} utviklingsområder. Ta et annet område ut av planen før dere velger et nytt.',
    chosenAreas: 'Valgte områder: {areas}.',
    noChosenAreas: 'Ingen områder er valgt ennå.',
    statusHint:
      'Velg et område og marker det som sterkt eller som noe som kan styrkes. Planlagte områder er merket.',
    helpsAndHindersSubject: 'Arbeidet med utviklingsområdene',
    ideasSubject: 'Nye ideer',
    roomMode: 'Tell stemmene i rommet på denne skjermen',
    roomModeHint: 'For én felles skjerm: hver stemme legges til med knappene på lappen.',
    wheelEmpty: 'Årshjulet er tomt. Dere kan starte fra et eksempel og flytte aktivitetene.',
    wheelPresetButton: 'Start fra eksempelhjulet',
    wheelPresetDone: 'Eksempelhjulet er lagt inn.',
    wheelModelMeeting: '{title} bruker modellen som sjekkliste.',
    wheelOpenModel: 'Åpne modellen',
    selectedArea: 'Valgt område: {area}',
    areaBoardLink: 'Tavla for området',
    areaPlanLink: 'Utviklingsplanen for området',
    areaRowsLink: 'Radene i planene ({count})',
    areaRows: '{count} rader i planene',
    areaNotChosen: 'Området er ikke med i utviklingsplanen, så det har ingen tavle ennå.',
    areaLinksBelow: 'Lenker til tavla, planen og radene står under modellen.',
    saveFailed:
      'Endringen kunne ikke lagres. Den står fortsatt på skjermen; neste endring prøver igjen.',
  },
  nn: {
    steps: {
      preparation: {
        name: 'Førebuing',
        guide: [
          'Før den første samlinga forankrar eigarane arbeidet: rådmannen og fylkesdirektøren blir samde om å vere med, og NAV-leiaren set saman ei gruppe frå begge sider.',
          'Gruppa kartlegg kva utfordringar partnarskapet har i dag, og lagar ein arbeidsplan: kva som skal gjerast før og mellom samlingane, kven som har ansvaret og når det skal vere ferdig.',
        ],
      },
      'gathering-1': {
        name: 'Samling 1',
        guide: [
          'Den første samlinga handlar om korleis samarbeidet fungerer i dag. Deltakarane fyller ut vurderingskrysset: kva som fungerer bra, kvifor, kva som kan bli betre og korleis partnarskapet kan styrkjast.',
          'Så seier gruppene kva dei forventar av rådmannen og av fylkesdirektøren. Merk forventningane kvar gruppe har i matrisene.',
          'Samlinga sluttar med ein plan for oppfølging: kva skal gjerast, kven har ansvaret, kven skal vere med og informerast, og når.',
        ],
      },
      'local-work': {
        name: 'Lokalt arbeid',
        guide: [
          'Mellom den første og den andre samlinga går det fire til seks veker. Partnarskapet følgjer opp planen frå samling 1 heime og førebur valet av utviklingsområde.',
          'Skriv ned det de gjer, det de lærer og spørsmåla de tek med til neste samling.',
        ],
      },
      'gathering-2': {
        name: 'Samling 2',
        guide: [
          'Partnarskapet vel opptil tre utviklingsområde i modellen. Vel eit område og huk av for at det er med i utviklingsplanen.',
          'For kvart valt område fyller de ut ei tavle: kvifor de valde det, korleis ønskt situasjon ser ut, kva som kan stoppe dykk (barrierar) og kva som trengst for å kome dit (drivarar).',
          'Til slutt samlar de tiltaka i ein felles verksemdsplan, og kvart område får sin eigen utviklingsplan.',
        ],
      },
      'gathering-3': {
        name: 'Samling 3',
        guide: [
          'Kor langt har de kome? Gå gjennom modellen og marker kvart område som sterkt eller som noko som kan styrkjast. Områda i utviklingsplanen er merkte som planlagde.',
          'Skriv så ned kva som hjelper arbeidet fram og kva som held det tilbake.',
        ],
      },
      'gathering-4': {
        name: 'Samling 4',
        guide: [
          'Den siste samlinga handlar om å dele og skape nytt saman: jakta på nye idear. Alle skriv idear på lappar, og kvar deltakar har tre prikkar å røyste med.',
          'Når éin skjerm blir brukt for heile rommet, kan de telje handsopprekking i staden. Ideane med flest røyster blir neste steg, med ansvar og tid.',
        ],
      },
      'annual-wheel': {
        name: 'Årshjulet',
        guide: [
          'Arbeidet held fram etter samlingane. Årshjulet viser partnarskapsmøta gjennom året, med modellen som sjekkliste på kvart møte, og korleis dei heng saman med budsjett- og planarbeidet i kommunen og staten.',
          'Vel eit møte der modellen er sjekkliste for å opne modellen.',
        ],
      },
    },
    guideHeading: 'Slik gjer de det',
    stepOf: 'Steg {n} av {total}',
    previous: 'Førre: {name}',
    next: 'Neste: {name}',
    pagerLabel: 'Førre og neste steg',
    notesHint: 'Blir lagra medan du skriv.',
    saved: 'Lagra.',
    chooseAreasHint:
      'Vel eit område i modellen og huk av for «med i utviklingsplanen». De kan velje opptil tre.',
    limitReached:
      'De kan velje opptil {limit} utviklingsområde. Ta eit anna område ut av planen før de vel eit nytt.',
    chosenAreas: 'Valde område: {areas}.',
    noChosenAreas: 'Ingen område er valde enno.',
    statusHint:
      'Vel eit område og marker det som sterkt eller som noko som kan styrkjast. Planlagde område er merkte.',
    helpsAndHindersSubject: 'Arbeidet med utviklingsområda',
    ideasSubject: 'Nye idear',
    roomMode: 'Tel røystene i rommet på denne skjermen',
    roomModeHint: 'For éin felles skjerm: kvar røyst blir lagd til med knappane på lappen.',
    wheelEmpty: 'Årshjulet er tomt. De kan starte frå eit døme og flytte aktivitetane.',
    wheelPresetButton: 'Start frå dømehjulet',
    wheelPresetDone: 'Dømehjulet er lagt inn.',
    wheelModelMeeting: '{title} brukar modellen som sjekkliste.',
    wheelOpenModel: 'Opne modellen',
    selectedArea: 'Valt område: {area}',
    areaBoardLink: 'Tavla for området',
    areaPlanLink: 'Utviklingsplanen for området',
    areaRowsLink: 'Radene i planane ({count})',
    areaRows: '{count} rader i planane',
    areaNotChosen: 'Området er ikkje med i utviklingsplanen, så det har inga tavle enno.',
    areaLinksBelow: 'Lenkjer til tavla, planen og radene står under modellen.',
    saveFailed:
      'Endringa kunne ikkje lagrast. Ho står framleis på skjermen; neste endring prøver igjen.',
  },
  en: {
    steps: {
      preparation: {
        name: 'Preparation',
        guide: [
          'Before the first gathering the owners anchor the work: the chief municipal executive and the county director agree to take part, and the NAV manager puts together a group from both sides.',
          'The group maps the challenges the partnership has today and makes a work plan: what is to be done before and between the gatherings, who is responsible and when it is due.',
        ],
      },
      'gathering-1': {
        name: 'Gathering 1',
        guide: [
          'The first gathering is about how the cooperation works today. The participants fill in the assessment cross: what works well, why, what could work better and how the partnership can be strengthened.',
          'Then the groups say what they expect of the chief municipal executive and of the county director. Mark each group’s expectations in the matrices.',
          'The gathering ends with a follow-up plan: what is to be done, who is responsible, who takes part and is informed, and when.',
        ],
      },
      'local-work': {
        name: 'Local work',
        guide: [
          'Four to six weeks pass between the first and the second gathering. The partnership follows up the plan from gathering 1 at home and prepares the choice of development areas.',
          'Write down what you do, what you learn and the questions you bring to the next gathering.',
        ],
      },
      'gathering-2': {
        name: 'Gathering 2',
        guide: [
          'The partnership chooses up to three development areas on the model. Select an area and tick that it is part of the development plan.',
          'For each chosen area you fill in a board: why you chose it, what the desired situation looks like, what could stop you (barriers) and what is needed to get there (drivers).',
          'Finally you gather the actions in a joint business plan, and each area gets its own development plan.',
        ],
      },
      'gathering-3': {
        name: 'Gathering 3',
        guide: [
          'How far have you come? Go through the model and mark each area as strong or as one that can be strengthened. The areas of the development plan are marked as planned.',
          'Then write down what helps the work along and what holds it back.',
        ],
      },
      'gathering-4': {
        name: 'Gathering 4',
        guide: [
          'The last gathering is about sharing and creating together: the hunt for new ideas. Everyone writes ideas on notes, and each participant has three dots to vote with.',
          'When one screen serves the whole room, you can count raised hands instead. The ideas with the most votes become the next steps, with someone responsible and a date.',
        ],
      },
      'annual-wheel': {
        name: 'The annual wheel',
        guide: [
          'The work goes on after the gatherings. The annual wheel shows the partnership meetings through the year, with the model as the checklist at each, and how they fit the municipal and state budget and planning cycles.',
          'Select a meeting that uses the model as its checklist to open the model.',
        ],
      },
    },
    guideHeading: 'How to do it',
    stepOf: 'Step {n} of {total}',
    previous: 'Previous: {name}',
    next: 'Next: {name}',
    pagerLabel: 'Previous and next step',
    notesHint: 'Saved as you type.',
    saved: 'Saved.',
    chooseAreasHint:
      'Select an area on the model and tick «part of the development plan». You can choose up to three.',
    limitReached:
      'You can choose up to {limit} development areas. Take another area out of the plan before choosing a new one.',
    chosenAreas: 'Chosen areas: {areas}.',
    noChosenAreas: 'No areas chosen yet.',
    statusHint:
      'Select an area and mark it as strong or as one that can be strengthened. Planned areas are marked.',
    helpsAndHindersSubject: 'The work on the development areas',
    ideasSubject: 'New ideas',
    roomMode: 'Count the room’s votes on this screen',
    roomModeHint: 'For one shared screen: each vote is added with the buttons on the note.',
    wheelEmpty: 'The annual wheel is empty. You can start from an example and move its activities.',
    wheelPresetButton: 'Start from the example wheel',
    wheelPresetDone: 'The example wheel has been added.',
    wheelModelMeeting: '{title} uses the model as its checklist.',
    wheelOpenModel: 'Open the model',
    selectedArea: 'Selected area: {area}',
    areaBoardLink: 'The area’s board',
    areaPlanLink: 'The area’s development plan',
    areaRowsLink: 'Its rows in the plans ({count})',
    areaRows: '{count} rows in the plans',
    areaNotChosen: 'The area is not part of the development plan, so it has no board yet.',
    areaLinksBelow: 'Links to its board, plan and rows are below the model.',
    saveFailed:
      'The change could not be saved. It is still on screen; the next change tries again.',
  },
};
