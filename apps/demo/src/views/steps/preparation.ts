// Preparation: the work plan before and between the gatherings.
import type { Workspace } from '../../workspace/document.js';
import type { ViewContext } from '../context.js';
import { planSection, stepFrame } from './frame.js';

export function preparationView(ctx: ViewContext, workspace: Workspace) {
  return stepFrame(
    ctx,
    workspace,
    'preparation',
    planSection(ctx, workspace, 'workPlan', 'work-plan'),
  );
}
