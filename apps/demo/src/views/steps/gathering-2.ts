// Gathering 2: up to three development areas chosen on the model, a situation board for each,
// and the joint business plan.
import {
  followUpAreaText,
  format,
  type ModelData,
  type ModelDocument,
  type SituationBoardDocument,
} from '@mulighetsrom/core';
import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { posterNames } from '../../messages/posters.js';
import { stepMessages } from '../../messages/steps.js';
import { href } from '../../shell/paths.js';
import type { Workspace } from '../../workspace/document.js';
import type { ViewContext } from '../context.js';
import { MAX_CHOSEN_AREAS, chosenAreas, rowsForArea } from './areas.js';
import { areaPanel, bind, bindings, planSection, selectArea, stepFrame } from './frame.js';
import { staged } from './staged.js';

/** Shown after a fourth area was refused, until the next accepted change. */
let limitRefused = false;

export const resetModelState = (): void => {
  limitRefused = false;
};

/** The model on gathering 2 and 3: every change saved, more than three chosen areas refused. */
export function modelWidget(ctx: ViewContext, workspace: Workspace, limit: boolean) {
  const t = stepMessages[ctx.lang];
  const model = bind<ModelDocument>(
    ctx,
    workspace,
    'model',
    (w) => w.model,
    (w, value) => ({ ...w, model: value }),
    () => ({ areas: [] }),
  );
  const change = (event: CustomEvent<{ value: ModelData | undefined }>) => {
    const value = event.detail.value;
    if (value === undefined || Array.isArray(value)) return;
    if (limit && chosenAreas(value).length > MAX_CHOSEN_AREAS) {
      // The widget shows the refused choice: give it (a copy of) the saved model back.
      limitRefused = true;
      bindings.revert('model', ctx.store.get(workspace.id)?.model ?? workspace.model);
      ctx.announce(format(t.limitReached, { limit: MAX_CHOSEN_AREAS }));
      ctx.redraw();
      return;
    }
    if (limitRefused) {
      limitRefused = false;
      ctx.redraw();
    }
    model.change(event as CustomEvent<{ value: ModelDocument | undefined }>);
  };
  const select = (event: CustomEvent<{ id: number | string | null }>) => {
    const id = event.detail.id;
    selectArea(ctx, typeof id === 'number' ? id : undefined);
  };
  return html`
    ${
      limit && limitRefused
        ? html`<p class="limit-message" role="alert">
            ${format(t.limitReached, { limit: MAX_CHOSEN_AREAS })}
          </p>`
        : nothing
    }
    ${staged(
      'mulighetsrom-model',
      html`<mulighetsrom-model
        id="model"
        editable
        toolbar
        .data=${model.data}
        @mulighetsrom-change=${change}
        @mulighetsrom-select=${select}
      ></mulighetsrom-model>`,
    )}
    ${areaPanel(ctx, workspace)}
  `;
}

export function gathering2View(ctx: ViewContext, workspace: Workspace) {
  const t = stepMessages[ctx.lang];
  const chosen = chosenAreas(workspace.model);
  // A board no longer shown starts from the store when its area is chosen again.
  for (let area = 1; area <= 20; area++)
    if (!chosen.includes(area)) bindings.forget(`board-${area}`);
  const names = chosen.map((area) => followUpAreaText(area, ctx.lang)).join('; ');
  const board = (area: number) => {
    const b = bind<SituationBoardDocument>(
      ctx,
      workspace,
      `board-${area}`,
      (w) => w.situationBoards[String(area)],
      (w, value) => ({ ...w, situationBoards: { ...w.situationBoards, [String(area)]: value } }),
      () => ({ area }),
    );
    const title = format(posterNames[ctx.lang].situationBoard, {
      area: followUpAreaText(area, ctx.lang),
    });
    const plan = href({ view: 'plan', id: workspace.id, area: String(area) });
    return html`<section
      class="board-section"
      id=${`board-${area}`}
      tabindex="-1"
      aria-labelledby=${`board-${area}-heading`}
    >
      <h3 id=${`board-${area}-heading`}>${title}</h3>
      <p class="area-links">
        <a href=${plan}>${t.areaPlanLink}</a>
        <a href=${`${plan}#rows`}
          >${format(t.areaRowsLink, { count: rowsForArea(workspace, area).length })}</a
        >
      </p>
      ${staged(
        'mulighetsrom-situation-board',
        html`<mulighetsrom-situation-board
          editable
          toolbar
          .data=${b.data}
          @mulighetsrom-change=${b.change}
        ></mulighetsrom-situation-board>`,
      )}
    </section>`;
  };
  return stepFrame(
    ctx,
    workspace,
    'gathering-2',
    html`
      <section class="widget-section" aria-labelledby="model-heading">
        <h2 id="model-heading">${posterNames[ctx.lang].model}</h2>
        <p class="hint">${t.chooseAreasHint}</p>
        <p class="chosen-areas" aria-live="polite">
          ${chosen.length > 0 ? format(t.chosenAreas, { areas: names }) : t.noChosenAreas}
        </p>
        ${modelWidget(ctx, workspace, true)}
      </section>
      <section class="widget-section" aria-labelledby="boards-heading">
        <h2 id="boards-heading">${posterNames[ctx.lang].situationBoards}</h2>
        ${chosen.length === 0 ? html`<p>${t.noChosenAreas}</p>` : nothing}
        ${repeat(chosen, (area) => area, board)}
      </section>
      ${planSection(ctx, workspace, 'businessPlan', 'business-plan')}
    `,
  );
}
