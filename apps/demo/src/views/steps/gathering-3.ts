// Gathering 3: status on the model (strong, can be strengthened, planned) and what helps and
// what hinders the work.
import type { SwotDocument } from '@mulighetsrom/core';
import { html } from 'lit';
import { posterNames } from '../../messages/posters.js';
import { stepMessages } from '../../messages/steps.js';
import type { Workspace } from '../../workspace/document.js';
import type { ViewContext } from '../context.js';
import { bind, stepFrame } from './frame.js';
import { modelWidget } from './gathering-2.js';
import { staged } from './staged.js';

export function gathering3View(ctx: ViewContext, workspace: Workspace) {
  const t = stepMessages[ctx.lang];
  const swot = bind<SwotDocument>(
    ctx,
    workspace,
    'helpsAndHinders',
    (w) => w.helpsAndHinders,
    (w, helpsAndHinders) => ({ ...w, helpsAndHinders }),
    () => ({}),
  );
  return stepFrame(
    ctx,
    workspace,
    'gathering-3',
    html`
      <section class="widget-section" aria-labelledby="model-heading">
        <h2 id="model-heading">${posterNames[ctx.lang].model}</h2>
        <p class="hint">${t.statusHint}</p>
        ${modelWidget(ctx, workspace, false)}
      </section>
      <section class="widget-section" aria-labelledby="helps-heading">
        <h2 id="helps-heading">${posterNames[ctx.lang].helpsAndHinders}</h2>
        ${staged(
          'mulighetsrom-swot',
          html`<mulighetsrom-swot
            id="helps-and-hinders"
            editable
            toolbar
            .data=${swot.data}
            @mulighetsrom-change=${swot.change}
          ></mulighetsrom-swot>`,
        )}
      </section>
    `,
  );
}
