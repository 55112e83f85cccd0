// What each step of a workspace holds (counts the overview shows in text) and which tasks of its
// plans are overdue, by core's follow-up rules against a given day.
import {
  boardCounts,
  followUpRowState,
  type BoardDocument,
  type BoardKind,
  type FollowUpDocument,
  type FollowUpRow,
  type MatrixDocument,
} from '@mulighetsrom/core';
import { STEP_IDS, type StepId, type Workspace } from '../../workspace/document.js';
import { chosenAreas, planHasText } from './areas.js';

export type CountKind =
  'notes' | 'rows' | 'marks' | 'areas' | 'chosen' | 'activities' | 'text' | 'plans';

export interface StepCount {
  readonly kind: CountKind;
  readonly count: number;
}

/** The workspace's plans (follow-up tables) and the step each belongs to. */
export const PLAN_PARTS = {
  workPlan: 'preparation',
  followUpPlan: 'gathering-1',
  businessPlan: 'gathering-2',
  nextSteps: 'gathering-4',
} as const satisfies Record<string, StepId>;
export type PlanPart = keyof typeof PLAN_PARTS;

export interface OverdueTask {
  readonly plan: PlanPart;
  readonly step: StepId;
  readonly row: FollowUpRow;
}

export interface StepProgress {
  readonly step: StepId;
  /** Only the kinds with something in them. */
  readonly counts: readonly StepCount[];
  readonly hasContent: boolean;
  readonly overdue: readonly OverdueTask[];
}

const notes = (doc: BoardDocument | undefined, kind: BoardKind): number =>
  doc ? boardCounts(doc, kind).reduce((sum, column) => sum + column.notes, 0) : 0;

/** The rows with something written in them (the empty template's rows do not count). */
const rows = (doc: FollowUpDocument | undefined): number =>
  (doc?.rows ?? []).filter((row) =>
    ROW_TEXT.some((field) => {
      const value = row[field];
      return typeof value === 'string' ? value.trim() !== '' : value !== undefined;
    }),
  ).length;
const ROW_TEXT = [
  'what',
  'responsible',
  'involve',
  'inform',
  'when',
  'start',
  'end',
  'area',
] as const;

const marks = (doc: MatrixDocument | undefined): number =>
  (doc?.cells ?? []).filter((cell) => typeof cell.value === 'string' && cell.value !== '').length;

function counts(workspace: Workspace, step: StepId): StepCount[] {
  const w = workspace;
  const all: [CountKind, number][] = (() => {
    switch (step) {
      case 'preparation':
        return [['rows', rows(w.workPlan)]];
      case 'gathering-1':
        return [
          ['notes', notes(w.assessmentCross, 'cross')],
          ['marks', marks(w.expectationsRadmann) + marks(w.expectationsFylkesdirektor)],
          ['rows', rows(w.followUpPlan)],
        ];
      case 'local-work':
        return [['text', w.localWorkNotes.trim() === '' ? 0 : 1]];
      case 'gathering-2':
        return [
          ['chosen', chosenAreas(w.model).length],
          [
            'notes',
            Object.values(w.situationBoards).reduce((sum, b) => sum + notes(b, 'situation'), 0),
          ],
          ['plans', Object.values(w.developmentPlans).filter(planHasText).length],
          ['rows', rows(w.businessPlan)],
        ];
      case 'gathering-3':
        return [
          [
            'areas',
            (w.model.areas ?? []).filter((a) => a.status === 'strong' || a.status === 'improve')
              .length,
          ],
          ['notes', notes(w.helpsAndHinders, 'swot')],
        ];
      case 'gathering-4':
        return [
          ['notes', notes(w.ideas, 'swot')],
          ['rows', rows(w.nextSteps)],
        ];
      case 'annual-wheel':
        return [['activities', w.wheel.activities?.length ?? 0]];
    }
  })();
  return all.filter(([, count]) => count > 0).map(([kind, count]) => ({ kind, count }));
}

/** Every task not done whose end date is before `today` (ISO), plan by plan. */
export function overdueTasks(workspace: Workspace, today: string): OverdueTask[] {
  return (Object.keys(PLAN_PARTS) as PlanPart[]).flatMap((plan) =>
    (workspace[plan].rows ?? [])
      .filter((row) => followUpRowState(row, today).overdue)
      .map((row) => ({ plan, step: PLAN_PARTS[plan], row })),
  );
}

/** Each step's counts and overdue tasks, in the process's order. */
export function workspaceProgress(workspace: Workspace, today: string): StepProgress[] {
  const overdue = overdueTasks(workspace, today);
  return STEP_IDS.map((step) => {
    const c = counts(workspace, step);
    return {
      step,
      counts: c,
      hasContent: c.length > 0,
      overdue: overdue.filter((task) => task.step === step),
    };
  });
}
