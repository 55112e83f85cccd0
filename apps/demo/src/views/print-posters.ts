// What a workspace prints: its posters in the order of the process, each with the widget that
// shows it, and for one step the gathering's decisions (the chosen areas and the rows of its
// plans). Pure: print.ts renders it.
import type { FollowUpDocument, FollowUpRow } from '@mulighetsrom/core';
import type { WidgetTag } from '../messages/around.js';
import type { PosterNameKey } from '../messages/posters.js';
import { chosenAreas } from './steps/areas.js';
import {
  STEP_IDS,
  type DevelopmentPlan,
  type StepId,
  type Workspace,
} from '../workspace/document.js';

/** A printed poster's name: one area's board or plan, never all of them. */
export type PosterKey = Exclude<PosterNameKey, 'situationBoards' | 'developmentPlans'>;

export type Poster =
  | { key: PosterKey; step: StepId; widget: WidgetTag; data: unknown; area?: number }
  | { key: 'localWorkNotes'; step: StepId; text: string }
  | { key: 'developmentPlan'; step: StepId; area: number; plan: DevelopmentPlan };

/** The areas that have a situation board or a development plan, chosen ones first. */
function gatheringTwoAreas(workspace: Workspace): number[] {
  const keys = [
    ...Object.keys(workspace.situationBoards),
    ...Object.keys(workspace.developmentPlans),
  ].map(Number);
  const chosen = chosenAreas(workspace.model);
  const others = keys.filter((id) => Number.isInteger(id) && !chosen.includes(id));
  return [...chosen, ...new Set(others.sort((a, b) => a - b))];
}

/** The posters of one step, in the order the step works through them. */
function stepPosters(workspace: Workspace, step: StepId): Poster[] {
  const poster = (key: PosterKey, widget: WidgetTag, data: unknown): Poster => ({
    key,
    step,
    widget,
    data,
  });
  const plan = (key: PosterKey, data: unknown) => poster(key, 'mulighetsrom-follow-up-table', data);
  const model = () => poster('model', 'mulighetsrom-model', workspace.model);
  switch (step) {
    case 'preparation':
      return [plan('workPlan', workspace.workPlan)];
    case 'gathering-1':
      return [
        poster('assessmentCross', 'mulighetsrom-assessment-cross', workspace.assessmentCross),
        poster(
          'expectationsRadmann',
          'mulighetsrom-expectation-matrix',
          workspace.expectationsRadmann,
        ),
        poster(
          'expectationsFylkesdirektor',
          'mulighetsrom-expectation-matrix',
          workspace.expectationsFylkesdirektor,
        ),
        plan('followUpPlan', workspace.followUpPlan),
      ];
    case 'local-work':
      return workspace.localWorkNotes.trim()
        ? [{ key: 'localWorkNotes', step, text: workspace.localWorkNotes }]
        : [];
    case 'gathering-2':
      return [
        model(),
        ...gatheringTwoAreas(workspace).flatMap((area): Poster[] => {
          const board = workspace.situationBoards[String(area)];
          const devPlan = workspace.developmentPlans[String(area)];
          return [
            ...(board
              ? [{ ...poster('situationBoard', 'mulighetsrom-situation-board', board), area }]
              : []),
            ...(devPlan ? [{ key: 'developmentPlan' as const, step, area, plan: devPlan }] : []),
          ];
        }),
        plan('businessPlan', workspace.businessPlan),
      ];
    case 'gathering-3':
      return [model(), poster('helpsAndHinders', 'mulighetsrom-swot', workspace.helpsAndHinders)];
    case 'gathering-4':
      return [
        poster('ideas', 'mulighetsrom-swot', workspace.ideas),
        plan('nextSteps', workspace.nextSteps),
      ];
    case 'annual-wheel':
      return [poster('wheel', 'mulighetsrom-annual-wheel', workspace.wheel)];
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
    step === 'gathering-2' || step === 'gathering-3' ? { areas: chosenAreas(workspace.model) } : {};
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
