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
import type { WidgetTag } from './widgets.js';

const views: Record<StepId, (ctx: ViewContext, workspace: Workspace) => TemplateResult> = {
  preparation: preparationView,
  'gathering-1': gathering1View,
  'local-work': localWorkView,
  'gathering-2': gathering2View,
  'gathering-3': gathering3View,
  'gathering-4': gathering4View,
  'annual-wheel': annualWheelView,
};

/** The widgets each step shows. */
export const STEP_WIDGETS: Record<StepId, readonly WidgetTag[]> = {
  preparation: ['mulighetsrom-follow-up-table'],
  'gathering-1': [
    'mulighetsrom-assessment-cross',
    'mulighetsrom-expectation-matrix',
    'mulighetsrom-follow-up-table',
  ],
  'local-work': [],
  'gathering-2': [
    'mulighetsrom-model',
    'mulighetsrom-situation-board',
    'mulighetsrom-follow-up-table',
  ],
  'gathering-3': ['mulighetsrom-model', 'mulighetsrom-swot'],
  'gathering-4': ['mulighetsrom-swot', 'mulighetsrom-follow-up-table'],
  'annual-wheel': ['mulighetsrom-annual-wheel'],
};

export const stepView = (ctx: ViewContext, workspace: Workspace, step: StepId): TemplateResult =>
  views[step](ctx, workspace);

/** A new route: the widgets get their data afresh, and the views forget their selections. */
export function resetSteps(): void {
  resetStepState();
  resetModelState();
  resetWheelState();
}
