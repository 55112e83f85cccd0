// Preparation: the work plan before and between the gatherings.
import type { FollowUpDocument } from '@mulighetsrom/core';
import { html } from 'lit';
import { stepMessages } from '../../messages/steps.js';
import type { Workspace } from '../../workspace/document.js';
import type { ViewContext } from '../context.js';
import { bind, planTemplate, stepFrame } from './frame.js';
import { loadWidgets } from './widgets.js';

export function preparationView(ctx: ViewContext, workspace: Workspace) {
  loadWidgets('mulighetsrom-follow-up-table');
  const t = stepMessages[ctx.lang];
  const plan = bind<FollowUpDocument>(
    ctx,
    workspace,
    'workPlan',
    (w) => w.workPlan,
    (w, workPlan) => ({ ...w, workPlan }),
    () => ({}),
    planTemplate,
  );
  return stepFrame(
    ctx,
    workspace,
    'preparation',
    html`<section class="widget-section" aria-labelledby="work-plan-heading">
      <h2 id="work-plan-heading">${t.workPlan}</h2>
      <mulighetsrom-follow-up-table
        id="work-plan"
        editable
        toolbar
        .data=${plan.data}
        @mulighetsrom-change=${plan.change}
      ></mulighetsrom-follow-up-table>
    </section>`,
  );
}
