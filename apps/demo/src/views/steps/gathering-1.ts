// Gathering 1: the assessment cross, what the groups expect of the rådmann and the
// fylkesdirektør, and the follow-up plan.
import type { AssessmentCrossDocument, MatrixDocument } from '@mulighetsrom/core';
import { html } from 'lit';
import { posterNames } from '../../messages/posters.js';
import type { Workspace } from '../../workspace/document.js';
import type { ViewContext } from '../context.js';
import { bind, planSection, stepFrame } from './frame.js';
import { staged } from './staged.js';

const MATRICES = {
  expectationsRadmann: { preset: 'radmann', id: 'expectations-radmann' },
  expectationsFylkesdirektor: { preset: 'fylkesdirektor', id: 'expectations-fylkesdirektor' },
} as const;

/** One of the two expectation matrices, on its preset. */
function matrixSection(ctx: ViewContext, workspace: Workspace, part: keyof typeof MATRICES) {
  const { preset, id } = MATRICES[part];
  const matrix = bind<MatrixDocument>(
    ctx,
    workspace,
    part,
    (w) => w[part],
    (w, value) => ({ ...w, [part]: value }),
    () => ({ preset }),
  );
  return html`<section class="widget-section" aria-labelledby=${`${id}-heading`}>
    <h2 id=${`${id}-heading`}>${posterNames[ctx.lang][part]}</h2>
    ${staged(
      'mulighetsrom-expectation-matrix',
      html`<mulighetsrom-expectation-matrix
        id=${id}
        editable
        toolbar
        .data=${matrix.data}
        @mulighetsrom-change=${matrix.change}
      ></mulighetsrom-expectation-matrix>`,
    )}
  </section>`;
}

export function gathering1View(ctx: ViewContext, workspace: Workspace) {
  const cross = bind<AssessmentCrossDocument>(
    ctx,
    workspace,
    'assessmentCross',
    (w) => w.assessmentCross,
    (w, assessmentCross) => ({ ...w, assessmentCross }),
    () => ({ office: workspace.name }),
  );
  return stepFrame(
    ctx,
    workspace,
    'gathering-1',
    html`
      <section class="widget-section" aria-labelledby="cross-heading">
        <h2 id="cross-heading">${posterNames[ctx.lang].assessmentCross}</h2>
        ${staged(
          'mulighetsrom-assessment-cross',
          html`<mulighetsrom-assessment-cross
            id="assessment-cross"
            editable
            toolbar
            .data=${cross.data}
            @mulighetsrom-change=${cross.change}
          ></mulighetsrom-assessment-cross>`,
        )}
      </section>
      ${matrixSection(ctx, workspace, 'expectationsRadmann')}
      ${matrixSection(ctx, workspace, 'expectationsFylkesdirektor')}
      ${planSection(ctx, workspace, 'followUpPlan', 'follow-up-plan')}
    `,
  );
}
