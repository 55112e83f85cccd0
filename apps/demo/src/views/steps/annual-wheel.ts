// The continued work on the annual wheel. An empty wheel is offered core's `partnerskap`
// example; a meeting with the model as its checklist links to (and opens) the model.
import { format, wheelPreset, type WheelActivity, type WheelDocument } from '@mulighetsrom/core';
import { html, nothing } from 'lit';
import { posterNames } from '../../messages/posters.js';
import { stepMessages } from '../../messages/steps.js';
import { navigate } from '../../shell/navigate.js';
import { href } from '../../shell/paths.js';
import type { Workspace } from '../../workspace/document.js';
import type { ViewContext } from '../context.js';
import { bind, save, stepFrame } from './frame.js';
import { staged } from './staged.js';

/** The selected activity when it is a checklist meeting. */
let modelMeeting: WheelActivity | undefined;

export const resetWheelState = (): void => {
  modelMeeting = undefined;
};

interface WheelSelect {
  id: string | null;
  activity?: WheelActivity;
  open?: 'model';
}

export function annualWheelView(ctx: ViewContext, workspace: Workspace) {
  const t = stepMessages[ctx.lang];
  const wheel = bind<WheelDocument>(
    ctx,
    workspace,
    'wheel',
    (w) => w.wheel,
    (w, value) => ({ ...w, wheel: value }),
    () => ({ year: workspace.year, rings: [], activities: [] }),
  );
  const modelHref = `${href({ view: 'step', id: workspace.id, step: 'gathering-3' })}#model-heading`;
  const select = (event: CustomEvent<WheelSelect>) => {
    const { activity, open } = event.detail;
    if (open === 'model') {
      navigate(modelHref);
      return;
    }
    modelMeeting = activity?.checklist === 'model' ? activity : undefined;
    ctx.redraw();
  };
  const usePreset = async () => {
    await save(ctx, workspace.id, (w) => ({
      ...w,
      wheel: { ...wheelPreset('partnerskap', w.year, ctx.lang), title: w.wheel.title ?? w.name },
    }));
    ctx.announce(t.wheelPresetDone);
  };
  const empty = (workspace.wheel.activities ?? []).length === 0;
  return stepFrame(
    ctx,
    workspace,
    'annual-wheel',
    html`
      <section class="widget-section" aria-labelledby="wheel-heading">
        <h2 id="wheel-heading">${posterNames[ctx.lang].wheel}</h2>
        ${
          empty
            ? html`<div class="offer">
                <p>${t.wheelEmpty}</p>
                <button type="button" id="wheel-preset" @click=${usePreset}>
                  ${t.wheelPresetButton}
                </button>
              </div>`
            : nothing
        }
        ${
          modelMeeting
            ? html`<p class="model-meeting">
                ${format(t.wheelModelMeeting, { title: modelMeeting.title })}
                <a href=${modelHref}>${t.wheelOpenModel}</a>
              </p>`
            : nothing
        }
        ${staged(
          'mulighetsrom-annual-wheel',
          html`<mulighetsrom-annual-wheel
            id="wheel"
            editable
            toolbar
            .data=${wheel.data}
            @mulighetsrom-change=${wheel.change}
            @mulighetsrom-select=${select}
          ></mulighetsrom-annual-wheel>`,
        )}
      </section>
    `,
  );
}
