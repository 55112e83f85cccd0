// What a workspace prints: its posters in the order of the process, each with the widget that
// shows it, and for one step the gathering's decisions (the chosen areas and the rows of its
// plans). Pure: print.ts renders it.
import type { FollowUpDocument, FollowUpRow } from '@mulighetsrom/core';
import type { PosterKey, WidgetTag } from '../messages/around.js';
import {
  STEP_IDS,
  type DevelopmentPlan,
  type StepId,
  type Workspace,
} from '../workspace/document.js';

export type Poster =
  | { key: PosterKey; step: StepId; widget: WidgetTag; data: unknown; area?: number }
  | { key: 'localWorkNotes'; step: StepId; text: string }
  | { key: 'developmentPlan'; step: StepId; area: number; plan: DevelopmentPlan };

/** The areas chosen for the development plan (`planned` on the model), in area order. */
export function chosenAreas(workspace: Workspace): number[] {
  return (workspace.model.areas ?? [])
    .filter((entry) => entry.planned === true && typeof entry.id === 'number')
    .map((entry) => entry.id)
    .sort((a, b) => a - b);
}

/** The areas that have a situation board or a development plan, chosen ones first. */
function gatheringTwoAreas(workspace: Workspace): number[] {
  const keys = [
    ...Object.keys(workspace.situationBoards),
    ...Object.keys(workspace.developmentPlans),
  ].map(Number);
  const chosen = chosenAreas(workspace);
  const others = keys.filter((id) => Number.isInteger(id) && !chosen.includes(id));
  return [...chosen, ...new Set(others.sort((a, b) => a - b))];
}

/** The posters of one step, in the order the step works through them. */
function stepPosters(workspace: Workspace, step: StepId): Poster[] {
  switch (step) {
    case 'preparation':
      return [
        { key: 'workPlan', step, widget: 'mulighetsrom-follow-up-table', data: workspace.workPlan },
      ];
    case 'gathering-1':
      return [
        {
          key: 'assessmentCross',
          step,
          widget: 'mulighetsrom-assessment-cross',
          data: workspace.assessmentCross,
        },
        {
          key: 'expectationsRadmann',
          step,
          widget: 'mulighetsrom-expectation-matrix',
          data: workspace.expectationsRadmann,
        },
        {
          key: 'expectationsFylkesdirektor',
          step,
          widget: 'mulighetsrom-expectation-matrix',
          data: workspace.expectationsFylkesdirektor,
        },
        {
          key: 'followUpPlan',
          step,
          widget: 'mulighetsrom-follow-up-table',
          data: workspace.followUpPlan,
        },
      ];
    case 'local-work':
      return workspace.localWorkNotes.trim()
        ? [{ key: 'localWorkNotes', step, text: workspace.localWorkNotes }]
        : [];
    case 'gathering-2':
      return [
        { key: 'model', step, widget: 'mulighetsrom-model', data: workspace.model },
        ...gatheringTwoAreas(workspace).flatMap((area): Poster[] => {
          const board = workspace.situationBoards[String(area)];
          const plan = workspace.developmentPlans[String(area)];
          return [
            ...(board
              ? [
                  {
                    key: 'situationBoard' as const,
                    step,
                    widget: 'mulighetsrom-situation-board' as const,
                    data: board,
                    area,
                  },
                ]
              : []),
            ...(plan ? [{ key: 'developmentPlan' as const, step, area, plan }] : []),
          ];
        }),
        {
          key: 'businessPlan',
          step,
          widget: 'mulighetsrom-follow-up-table',
          data: workspace.businessPlan,
        },
      ];
    case 'gathering-3':
      return [
        { key: 'model', step, widget: 'mulighetsrom-model', data: workspace.model },
        {
          key: 'helpsAndHinders',
          step,
          widget: 'mulighetsrom-swot',
          data: workspace.helpsAndHinders,
        },
      ];
    case 'gathering-4':
      return [
        { key: 'ideas', step, widget: 'mulighetsrom-swot', data: workspace.ideas },
        {
          key: 'nextSteps',
          step,
          widget: 'mulighetsrom-follow-up-table',
          data: workspace.nextSteps,
        },
      ];
    case 'annual-wheel':
      return [{ key: 'wheel', step, widget: 'mulighetsrom-annual-wheel', data: workspace.wheel }];
  }
}

/**
 * Every poster of the workspace (or of one step), in the order of the process. The model is
 * one poster in the whole document (gathering 3 shows its newest statuses), in both gatherings
 * of a summary.
 */
export function workspacePosters(workspace: Workspace, step?: StepId): Poster[] {
  if (step) return stepPosters(workspace, step);
  const all = STEP_IDS.flatMap((id) => stepPosters(workspace, id));
  return all.filter(
    (poster, i) => poster.key !== 'model' || all.findIndex((p) => p.key === 'model') === i,
  );
}

/** The plans whose rows a step decides. */
const STEP_PLANS: Partial<Record<StepId, readonly (keyof Workspace)[]>> = {
  preparation: ['workPlan'],
  'gathering-1': ['followUpPlan'],
  'gathering-2': ['businessPlan'],
  'gathering-4': ['nextSteps'],
};

/** What a step decided: the chosen areas (gathering 2 and 3) and its plans' rows. */
export function stepDecisions(
  workspace: Workspace,
  step: StepId,
): { areas?: number[]; rows?: FollowUpRow[] } {
  const areas =
    step === 'gathering-2' || step === 'gathering-3' ? { areas: chosenAreas(workspace) } : {};
  const plans = STEP_PLANS[step];
  if (!plans) return areas;
  const rows = plans.flatMap((key) => (workspace[key] as FollowUpDocument).rows ?? []);
  return { ...areas, rows };
}

/** The widgets whose untitled documents all have one name (a board's kind, a table's). */
const TITLED: ReadonlySet<WidgetTag> = new Set([
  'mulighetsrom-follow-up-table',
  'mulighetsrom-swot',
]);

/**
 * The data a poster's widget gets: its document, an untitled plan or SWOT titled as its poster
 * (several on one page would otherwise share one name). The cross and the situation boards are
 * named by their office and area already.
 */
export function posterData(poster: Extract<Poster, { widget: WidgetTag }>, title: string): unknown {
  const data = poster.data as { title?: unknown } | undefined;
  if (!TITLED.has(poster.widget) || !data) return poster.data;
  return typeof data.title === 'string' && data.title.trim() ? data : { ...data, title };
}

/** A row's «when»: its free text, else its dates (start–end). */
export function rowWhen(row: FollowUpRow): string {
  if (row.when?.trim()) return row.when;
  return [row.start, row.end].filter(Boolean).join('–');
}

export type Paper = 'A3' | 'A4';
export type Orientation = 'portrait' | 'landscape';

/** The page rule of a print on `paper` in `orientation`. */
export function pageRule(paper: Paper, orientation: Orientation): string {
  return `@page { size: ${paper} ${orientation}; margin: 12mm; }`;
}
