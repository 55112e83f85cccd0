// The view of each step of the process.
import type { TemplateResult } from 'lit';
import type { StepId, Workspace } from '../../workspace/document.js';
import type { ViewContext } from '../context.js';
import { annualWheelView, resetWheelState } from './annual-wheel.js';
import { resetStepState } from './frame.js';
import { gathering1View } from './gathering-1.js';
import { gathering2View, resetModelState } from './gathering-2.js';
import { gathering3View } from './gathering-3.js';
import { gathering4View } from './gathering-4.js';
import { localWorkView } from './local-work.js';
import { preparationView } from './preparation.js';

const views: Record<StepId, (ctx: ViewContext, workspace: Workspace) => TemplateResult> = {
  preparation: preparationView,
  'gathering-1': gathering1View,
  'local-work': localWorkView,
  'gathering-2': gathering2View,
  'gathering-3': gathering3View,
  'gathering-4': gathering4View,
  'annual-wheel': annualWheelView,
};

export const stepView = (ctx: ViewContext, workspace: Workspace, step: StepId): TemplateResult =>
  views[step](ctx, workspace);

/** A new route: the widgets get their data afresh, and the views forget their selections. */
export function resetSteps(): void {
  resetStepState();
  resetModelState();
  resetWheelState();
}
