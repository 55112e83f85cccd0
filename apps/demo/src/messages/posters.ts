// The name of every poster a workspace holds, in one list: the step views head their widgets
// with it, print titles its pages with it, and version comparisons and the import preview name
// their changes with it, so a reader meets one name for one poster. The names are the step
// views' and the seeds' (domain.md).
import type { Lang } from '@mulighetsrom/core';
import type { Workspace } from '../workspace/document.js';

/** The workspace's posters, by the field that holds each. */
export type PosterField = keyof Pick<
  Workspace,
  | 'workPlan'
  | 'assessmentCross'
  | 'expectationsRadmann'
  | 'expectationsFylkesdirektor'
  | 'followUpPlan'
  | 'localWorkNotes'
  | 'model'
  | 'situationBoards'
  | 'developmentPlans'
  | 'businessPlan'
  | 'helpsAndHinders'
  | 'ideas'
  | 'nextSteps'
  | 'wheel'
>;

export interface PosterNames extends Record<PosterField, string> {
  /** All situation boards (a heading over them); one area's board is `situationBoard`. */
  situationBoards: string;
  /** One area's board: «… for {area}» («6. Felles plan- og målstruktur»). */
  situationBoard: string;
  /** All development plans; one area's plan is `developmentPlan`. */
  developmentPlans: string;
  /** One area's development plan: «Utviklingsplan for {area}». */
  developmentPlan: string;
}

/** A poster's name key: a field, or the one-area form of the boards and development plans. */
export type PosterNameKey = keyof PosterNames;

export const posterNames: Record<Lang, PosterNames> = {
  nb: {
    workPlan: 'Arbeidsplan',
    assessmentCross: 'Vurderingskrysset',
    expectationsRadmann: 'Forventninger til rådmannen',
    expectationsFylkesdirektor: 'Forventninger til fylkesdirektøren',
    followUpPlan: 'Plan for oppfølging',
    localWorkNotes: 'Notater fra det lokale arbeidet',
    model: 'Modellen',
    situationBoards: 'Ønsket situasjon, barrierer og drivere',
    situationBoard: 'Ønsket situasjon, barrierer og drivere for {area}',
    developmentPlans: 'Utviklingsplaner',
    developmentPlan: 'Utviklingsplan for {area}',
    businessPlan: 'Felles virksomhetsplan',
    helpsAndHinders: 'Hva hjelper, og hva hindrer?',
    ideas: 'Jakten på nye ideer',
    nextSteps: 'Neste steg',
    wheel: 'Årshjulet',
  },
  nn: {
    workPlan: 'Arbeidsplan',
    assessmentCross: 'Vurderingskrysset',
    expectationsRadmann: 'Forventningar til rådmannen',
    expectationsFylkesdirektor: 'Forventningar til fylkesdirektøren',
    followUpPlan: 'Plan for oppfølging',
    localWorkNotes: 'Notat frå det lokale arbeidet',
    model: 'Modellen',
    situationBoards: 'Ønskt situasjon, barrierar og drivarar',
    situationBoard: 'Ønskt situasjon, barrierar og drivarar for {area}',
    developmentPlans: 'Utviklingsplanar',
    developmentPlan: 'Utviklingsplan for {area}',
    businessPlan: 'Felles verksemdsplan',
    helpsAndHinders: 'Kva hjelper, og kva hindrar?',
    ideas: 'Jakta på nye idear',
    nextSteps: 'Neste steg',
    wheel: 'Årshjulet',
  },
  en: {
    workPlan: 'Work plan',
    assessmentCross: 'The assessment cross',
    expectationsRadmann: 'Expectations of the chief municipal executive',
    expectationsFylkesdirektor: 'Expectations of the county director',
    followUpPlan: 'Follow-up plan',
    localWorkNotes: 'Notes from the local work',
    model: 'The model',
    situationBoards: 'Desired situation, barriers and drivers',
    situationBoard: 'Desired situation, barriers and drivers for {area}',
    developmentPlans: 'Development plans',
    developmentPlan: 'Development plan for {area}',
    businessPlan: 'Joint business plan',
    helpsAndHinders: 'What helps, and what hinders?',
    ideas: 'The hunt for new ideas',
    nextSteps: 'Next steps',
    wheel: 'The annual wheel',
  },
};
