// What every step view shares: the frame (title, place in the process, guide, previous/next),
// the widgets' bindings to the workspace, saving a widget's change, and the panel of links that
// choosing an area on the model opens.
import { followUpAreaText, format, type FollowUpDocument } from '@mulighetsrom/core';
import { html, nothing, type TemplateResult } from 'lit';
import { posterNames } from '../../messages/posters.js';
import { stepMessages } from '../../messages/steps.js';
import { href } from '../../shell/paths.js';
import { STEP_IDS, type StepId, type Workspace } from '../../workspace/document.js';
import type { ViewContext } from '../context.js';
import { chosenAreas, rowsForArea } from './areas.js';
import { WidgetBindings } from './binding.js';
import { TextDrafts } from './text-drafts.js';
import { staged } from './staged.js';

/** The widgets' `.data` objects of the view shown; a new route starts afresh. */
export let bindings = new WidgetBindings();
/** Free text being typed (notes, development plans); kept across routes until saved. */
export const drafts = new TextDrafts();
/** The area chosen on the model in this view (gathering 2 or 3), for its panel of links. */
let selectedArea: number | undefined;
/** A save that failed, shown until the next one succeeds. */
let saveFailed = false;

/** Called by the shell on every route change. */
export function resetStepState(): void {
  bindings = new WidgetBindings();
  selectedArea = undefined;
  void drafts.flushAll();
}

/** An area chosen on the model: its links show under the model (and are announced). */
export const selectArea = (ctx: ViewContext, id: number | undefined): void => {
  if (id === selectedArea) return;
  selectedArea = id;
  ctx.redraw();
  if (id !== undefined)
    ctx.announce(
      `${format(stepMessages[ctx.lang].selectedArea, { area: followUpAreaText(id, ctx.lang) })}. ${stepMessages[ctx.lang].areaLinksBelow}`,
    );
};

/** Writes a change to the store; a failure is shown and announced, the screen keeps it. */
export async function save(
  ctx: ViewContext,
  id: string,
  change: (workspace: Workspace) => Workspace,
): Promise<void> {
  try {
    await ctx.store.update(id, change);
    if (saveFailed) {
      saveFailed = false;
      ctx.redraw();
    }
  } catch (error) {
    console.warn('[demo] could not save', error);
    saveFailed = true;
    ctx.announce(stepMessages[ctx.lang].saveFailed);
    ctx.redraw();
  }
}

/**
 * The `.data` and the change handler of a widget bound to one part of the workspace: `read`
 * takes the part, `write` puts a new value in a workspace.
 */
export function bind<T>(
  ctx: ViewContext,
  workspace: Workspace,
  key: string,
  read: (w: Workspace) => T | undefined,
  write: (w: Workspace, value: T) => Workspace,
  fallback: () => T,
  shape?: (stored: T) => T,
): { data: T; change: (event: CustomEvent<{ value: T | undefined }>) => void } {
  return {
    data: bindings.data(key, read(workspace), fallback, shape),
    change: (event) => {
      const value = event.detail.value;
      if (value === undefined) return;
      bindings.changed(key, value);
      void save(ctx, workspace.id, (w) => write(w, value));
    },
  };
}

/**
 * A plan as the table gets it: without rows, the table shows the paper form's five empty rows
 * to fill in (an empty `rows` list would show none).
 */
export const planTemplate = (plan: FollowUpDocument): FollowUpDocument => {
  if ((plan.rows ?? []).length > 0) return plan;
  const { rows: _rows, ...rest } = plan;
  return rest;
};

type PlanPart = 'workPlan' | 'followUpPlan' | 'businessPlan' | 'nextSteps';

/** One of the workspace's plans as an editable follow-up table under its own heading. */
export function planSection(
  ctx: ViewContext,
  workspace: Workspace,
  part: PlanPart,
  id: string,
): TemplateResult {
  const plan = bind<FollowUpDocument>(
    ctx,
    workspace,
    part,
    (w) => w[part],
    (w, value) => ({ ...w, [part]: value }),
    () => ({}),
    planTemplate,
  );
  return html`<section class="widget-section" aria-labelledby=${`${id}-heading`}>
    <h2 id=${`${id}-heading`}>${posterNames[ctx.lang][part]}</h2>
    ${staged(
      'mulighetsrom-follow-up-table',
      html`<mulighetsrom-follow-up-table
        id=${id}
        editable
        toolbar
        .data=${plan.data}
        @mulighetsrom-change=${plan.change}
      ></mulighetsrom-follow-up-table>`,
    )}
  </section>`;
}

/** A step's page: h1, place, guide, the step's content and the links to its neighbours. */
export function stepFrame(
  ctx: ViewContext,
  workspace: Workspace,
  step: StepId,
  content: TemplateResult,
): TemplateResult {
  const t = stepMessages[ctx.lang];
  const index = STEP_IDS.indexOf(step);
  const previous = STEP_IDS[index - 1];
  const next = STEP_IDS[index + 1];
  const link = (target: StepId, label: string, rel: string) =>
    html`<a rel=${rel} href=${href({ view: 'step', id: workspace.id, step: target })}
      >${format(label, { name: t.steps[target].name })}</a
    >`;
  return html`
    <article class="step step-${step}">
      <p class="step-place">
        <a href=${href({ view: 'workspace', id: workspace.id })}>${workspace.name}</a>
        · ${format(t.stepOf, { n: index + 1, total: STEP_IDS.length })}
      </p>
      <h1 tabindex="-1">${t.steps[step].name}</h1>
      ${saveFailed ? html`<p class="save-error" role="alert">${t.saveFailed}</p>` : nothing}
      <section class="guide" aria-labelledby="guide-heading">
        <h2 id="guide-heading">${t.guideHeading}</h2>
        ${t.steps[step].guide.map((paragraph) => html`<p>${paragraph}</p>`)}
      </section>
      ${content}
      <nav class="step-pager" aria-label=${t.pagerLabel}>
        ${previous ? link(previous, t.previous, 'prev') : nothing}
        ${next ? link(next, t.next, 'next') : nothing}
      </nav>
    </article>
  `;
}

/** The links of the area selected on the model: its board, development plan and plan rows. */
export function areaPanel(ctx: ViewContext, workspace: Workspace): TemplateResult | typeof nothing {
  const area = selectedArea;
  if (area === undefined) return nothing;
  const t = stepMessages[ctx.lang];
  const chosen = chosenAreas(workspace.model).includes(area);
  const rows = rowsForArea(workspace, area).length;
  const plan = href({ view: 'plan', id: workspace.id, area: String(area) });
  return html`
    <section class="area-panel" aria-labelledby="area-panel-heading">
      <h3 id="area-panel-heading">
        ${format(t.selectedArea, { area: followUpAreaText(area, ctx.lang) })}
      </h3>
      <ul>
        ${
          chosen
            ? html`<li>
                <a
                  href=${`${href({ view: 'step', id: workspace.id, step: 'gathering-2' })}#board-${area}`}
                  >${t.areaBoardLink}</a
                >
              </li>`
            : html`<li>${t.areaNotChosen}</li>`
        }
        <li><a href=${plan}>${t.areaPlanLink}</a></li>
        <li><a href=${`${plan}#rows`}>${format(t.areaRowsLink, { count: rows })}</a></li>
      </ul>
    </section>
  `;
}
