// The development areas a partnership chose (the model's `planned` flag), the limit of three,
// and what hangs on each chosen area: its situation board, development plan and plan rows.
import type { FollowUpRow, ModelDocument } from '@mulighetsrom/core';
import type { DevelopmentPlan, Workspace } from '../../workspace/document.js';

/** Gathering 2 chooses up to three areas. */
export const MAX_CHOSEN_AREAS = 3;

/** Appendix B's six questions, in order. */
export const DEVELOPMENT_PLAN_FIELDS = [
  'why',
  'what',
  'how',
  'involve',
  'responsible',
  'evaluate',
] as const satisfies readonly (keyof DevelopmentPlan)[];
export type DevelopmentPlanField = (typeof DEVELOPMENT_PLAN_FIELDS)[number];

/** The ids of the areas marked as part of the development plan, in number order. */
export function chosenAreas(model: ModelDocument | undefined): number[] {
  return (model?.areas ?? [])
    .filter((area) => area.planned === true)
    .map((area) => area.id)
    .sort((a, b) => a - b);
}

/** The area id of a route's `:area` part: a built-in area 1–20, else undefined. */
export function areaOfRoute(part: string): number | undefined {
  if (!/^\d{1,2}$/.test(part)) return undefined;
  const id = Number(part);
  return id >= 1 && id <= 20 ? id : undefined;
}

/** A row is about `area` when its area is that number (or the number as text). */
const rowIsAbout = (row: FollowUpRow, area: number): boolean =>
  row.area === area || (typeof row.area === 'string' && row.area.trim() === String(area));

/** The rows of the follow-up plan and the business plan about `area`. */
export function rowsForArea(workspace: Workspace, area: number): FollowUpRow[] {
  return [...(workspace.followUpPlan.rows ?? []), ...(workspace.businessPlan.rows ?? [])].filter(
    (row) => rowIsAbout(row, area),
  );
}

/** Whether a development plan has any answer. */
export const planHasText = (plan: DevelopmentPlan | undefined): boolean =>
  DEVELOPMENT_PLAN_FIELDS.some((field) => (plan?.[field] ?? '').trim() !== '');
