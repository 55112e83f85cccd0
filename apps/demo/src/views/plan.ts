// A chosen area's development plan (appendix B's six questions), linked to the area's
// situation board and its rows in the follow-up plan and the business plan.
import { followUpAreaText, format, type FollowUpDocument } from '@mulighetsrom/core';
import { html, nothing } from 'lit';
import { posterNames } from '../messages/posters.js';
import { stepMessages } from '../messages/steps.js';
import { workspaceMessages } from '../messages/workspace.js';
import { href } from '../shell/paths.js';
import type { DevelopmentPlan, Workspace } from '../workspace/document.js';
import type { ViewContext } from './context.js';
import { DEVELOPMENT_PLAN_FIELDS, areaOfRoute, chosenAreas, rowsForArea } from './steps/areas.js';
import { drafts, save } from './steps/frame.js';

/** The read-only table of the area's rows: the same object while its sources are the same. */
let rowsTable: { sources: unknown[]; area: number; data: FollowUpDocument } | undefined;

function areaRows(workspace: Workspace, area: number): FollowUpDocument {
  const sources = [workspace.followUpPlan, workspace.businessPlan];
  if (rowsTable?.area !== area || rowsTable.sources.some((source, i) => source !== sources[i]))
    rowsTable = { sources, area, data: { rows: rowsForArea(workspace, area) } };
  return rowsTable.data;
}

export function planView(ctx: ViewContext, workspace: Workspace, part: string) {
  const t = workspaceMessages[ctx.lang];
  const steps = stepMessages[ctx.lang];
  const name = posterNames[ctx.lang].developmentPlan;
  const area = areaOfRoute(part);
  if (area === undefined)
    return html`<h1 tabindex="-1">${format(name, { area: part })}</h1>
      <p class="error-text" role="alert">${format(t.planBadArea, { area: part })}</p>
      <p>
        <a href=${href({ view: 'step', id: workspace.id, step: 'gathering-2' })}
          >${t.backToGathering2}</a
        >
      </p>`;
  const chosen = chosenAreas(workspace.model).includes(area);
  const plan: DevelopmentPlan = workspace.developmentPlans[String(area)] ?? {};
  const rows = areaRows(workspace, area);
  const gathering2 = href({ view: 'step', id: workspace.id, step: 'gathering-2' });
  const write = (field: string) => (text: string) =>
    save(ctx, workspace.id, (w) => ({
      ...w,
      developmentPlans: {
        ...w.developmentPlans,
        [String(area)]: { ...w.developmentPlans[String(area)], [field]: text },
      },
    }));
  return html`
    <article class="plan">
      <p class="step-place">
        <a href=${href({ view: 'workspace', id: workspace.id })}>${workspace.name}</a> ·
        ${steps.steps['gathering-2'].name}
      </p>
      <h1 tabindex="-1">${format(name, { area: followUpAreaText(area, ctx.lang) })}</h1>
      <p>${t.planIntro}</p>
      ${chosen ? nothing : html`<p class="notice">${t.planNotChosen}</p>`}
      <p class="area-links">
        ${chosen ? html`<a href=${`${gathering2}#board-${area}`}>${t.planBoardLink}</a>` : nothing}
        <a href=${gathering2}>${t.backToGathering2}</a>
      </p>
      <form class="plan-form" @submit=${(e: Event) => e.preventDefault()}>
        ${DEVELOPMENT_PLAN_FIELDS.map((field) => {
          const key = `${workspace.id}:plan:${area}:${field}`;
          const id = `plan-${field}`;
          return html`<div class="field">
            <label for=${id}>${t.planQuestions[field]}</label>
            <textarea
              id=${id}
              rows="4"
              .value=${drafts.value(key, typeof plan[field] === 'string' ? plan[field] : '')}
              @input=${(e: Event) =>
                drafts.input(key, (e.target as HTMLTextAreaElement).value, write(field))}
              @blur=${() => void drafts.flush(key)}
            ></textarea>
          </div>`;
        })}
      </form>
      <section id="rows" tabindex="-1" class="widget-section" aria-labelledby="rows-heading">
        <h2 id="rows-heading">${t.planRowsHeading}</h2>
        <p class="hint">${t.planRowsHint}</p>
        ${
          (rows.rows ?? []).length === 0
            ? html`<p>${t.planNoRows}</p>`
            : html`<mulighetsrom-follow-up-table
                id="area-rows"
                .data=${rows}
              ></mulighetsrom-follow-up-table>`
        }
      </section>
    </article>
  `;
}
