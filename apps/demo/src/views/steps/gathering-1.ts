// Gathering 1: the assessment cross, what the groups expect of the rådmann and the
// fylkesdirektør, and the follow-up plan.
import type { AssessmentCrossDocument, FollowUpDocument, MatrixDocument } from '@mulighetsrom/core';
import { html } from 'lit';
import { stepMessages } from '../../messages/steps.js';
import type { Workspace } from '../../workspace/document.js';
import type { ViewContext } from '../context.js';
import { bind, planTemplate, stepFrame } from './frame.js';
import { loadWidgets } from './widgets.js';

export function gathering1View(ctx: ViewContext, workspace: Workspace) {
  loadWidgets(
    'mulighetsrom-assessment-cross',
    'mulighetsrom-expectation-matrix',
    'mulighetsrom-follow-up-table',
  );
  const t = stepMessages[ctx.lang];
  const cross = bind<AssessmentCrossDocument>(
    ctx,
    workspace,
    'assessmentCross',
    (w) => w.assessmentCross,
    (w, assessmentCross) => ({ ...w, assessmentCross }),
    () => ({ office: workspace.name }),
  );
  const radmann = bind<MatrixDocument>(
    ctx,
    workspace,
    'expectationsRadmann',
    (w) => w.expectationsRadmann,
    (w, expectationsRadmann) => ({ ...w, expectationsRadmann }),
    () => ({ preset: 'radmann' }),
  );
  const fylkesdirektor = bind<MatrixDocument>(
    ctx,
    workspace,
    'expectationsFylkesdirektor',
    (w) => w.expectationsFylkesdirektor,
    (w, expectationsFylkesdirektor) => ({ ...w, expectationsFylkesdirektor }),
    () => ({ preset: 'fylkesdirektor' }),
  );
  const plan = bind<FollowUpDocument>(
    ctx,
    workspace,
    'followUpPlan',
    (w) => w.followUpPlan,
    (w, followUpPlan) => ({ ...w, followUpPlan }),
    () => ({}),
    planTemplate,
  );
  return stepFrame(
    ctx,
    workspace,
    'gathering-1',
    html`
      <section class="widget-section" aria-labelledby="cross-heading">
        <h2 id="cross-heading">${t.assessmentCross}</h2>
        <mulighetsrom-assessment-cross
          id="assessment-cross"
          editable
          toolbar
          .data=${cross.data}
          @mulighetsrom-change=${cross.change}
        ></mulighetsrom-assessment-cross>
      </section>
      <section class="widget-section" aria-labelledby="radmann-heading">
        <h2 id="radmann-heading">${t.expectationsRadmann}</h2>
        <mulighetsrom-expectation-matrix
          id="expectations-radmann"
          editable
          toolbar
          .data=${radmann.data}
          @mulighetsrom-change=${radmann.change}
        ></mulighetsrom-expectation-matrix>
      </section>
      <section class="widget-section" aria-labelledby="fylkesdirektor-heading">
        <h2 id="fylkesdirektor-heading">${t.expectationsFylkesdirektor}</h2>
        <mulighetsrom-expectation-matrix
          id="expectations-fylkesdirektor"
          editable
          toolbar
          .data=${fylkesdirektor.data}
          @mulighetsrom-change=${fylkesdirektor.change}
        ></mulighetsrom-expectation-matrix>
      </section>
      <section class="widget-section" aria-labelledby="follow-up-heading">
        <h2 id="follow-up-heading">${t.followUpPlan}</h2>
        <mulighetsrom-follow-up-table
          id="follow-up-plan"
          editable
          toolbar
          .data=${plan.data}
          @mulighetsrom-change=${plan.change}
        ></mulighetsrom-follow-up-table>
      </section>
    `,
  );
}
