// Print: every poster of a workspace as one document (route w/:id/print), or one step's summary
// (w/:id/print/:step): what was decided, then that step's posters. The widgets are read-only,
// each poster starts a new page, and the page size (A3/A4, portrait/landscape) is a `@page`
// rule that exists only while this view prints (a constructed sheet, added on `beforeprint`).
import '@mulighetsrom/elements/model.js';
import '@mulighetsrom/elements/expectation-matrix.js';
import '@mulighetsrom/elements/swot.js';
import '@mulighetsrom/elements/assessment-cross.js';
import '@mulighetsrom/elements/situation-board.js';
import '@mulighetsrom/elements/annual-wheel.js';
import '@mulighetsrom/elements/follow-up-table.js';
import { followUpAreaText, format, type FollowUpRow, type Lang } from '@mulighetsrom/core';
import { html, nothing, type TemplateResult } from 'lit';
import { aroundMessages, type WidgetTag } from '../messages/around.js';
import { posterNames } from '../messages/posters.js';
import { stepMessages } from '../messages/steps.js';
import { workspaceMessages } from '../messages/workspace.js';
import { routePath } from '../router.js';
import { STEP_IDS, type StepId, type Workspace } from '../workspace/document.js';
import { choiceGroup } from './choice.js';
import { DEVELOPMENT_PLAN_FIELDS } from './steps/areas.js';
import type { ViewContext } from './context.js';
import {
  pageRule,
  posterData,
  rowWhen,
  stepDecisions,
  workspacePosters,
  type Orientation,
  type Paper,
  type Poster,
} from './print-posters.js';
import './around.css';

const base = import.meta.env.BASE_URL;

/** The reader's page choice, kept while the app is open. */
let paper: Paper = 'A3';
let orientation: Orientation = 'landscape';

// The page rule for this view's prints only: added before any print (the button or Ctrl+P)
// when this view is on the page, and taken away after it, so other views print as they do.
let sheet: CSSStyleSheet | undefined;
function removePageRule(): void {
  if (sheet) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  sheet = undefined;
}
window.addEventListener('beforeprint', () => {
  removePageRule();
  if (!document.querySelector('.around-print')) return;
  sheet = new CSSStyleSheet();
  sheet.replaceSync(pageRule(paper, orientation));
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
});
window.addEventListener('afterprint', removePageRule);

const stepName = (lang: Lang, step: StepId): string => stepMessages[lang].steps[step].name;

/** A read-only widget for a poster (Lit needs a template per tag). */
function widget(tag: WidgetTag, data: unknown): TemplateResult {
  switch (tag) {
    case 'mulighetsrom-model':
      return html`<mulighetsrom-model .data=${data}></mulighetsrom-model>`;
    case 'mulighetsrom-expectation-matrix':
      return html`<mulighetsrom-expectation-matrix
        .data=${data}
      ></mulighetsrom-expectation-matrix>`;
    case 'mulighetsrom-swot':
      return html`<mulighetsrom-swot .data=${data}></mulighetsrom-swot>`;
    case 'mulighetsrom-assessment-cross':
      return html`<mulighetsrom-assessment-cross .data=${data}></mulighetsrom-assessment-cross>`;
    case 'mulighetsrom-situation-board':
      return html`<mulighetsrom-situation-board .data=${data}></mulighetsrom-situation-board>`;
    case 'mulighetsrom-annual-wheel':
      return html`<mulighetsrom-annual-wheel .data=${data}></mulighetsrom-annual-wheel>`;
    case 'mulighetsrom-follow-up-table':
      return html`<mulighetsrom-follow-up-table .data=${data}></mulighetsrom-follow-up-table>`;
  }
}

function posterBody(poster: Poster, title: string, lang: Lang): TemplateResult {
  const t = aroundMessages[lang].print;
  if ('widget' in poster) return widget(poster.widget, posterData(poster, title));
  if ('text' in poster) return html`<p class="around-notes">${poster.text}</p>`;
  return html`<dl class="around-plan">
    ${DEVELOPMENT_PLAN_FIELDS.map((question) => {
      const answer = poster.plan[question];
      return html`<dt>${workspaceMessages[lang].planQuestions[question]}</dt>
        <dd>${typeof answer === 'string' && answer.trim() ? answer : t.notAnswered}</dd>`;
    })}
  </dl>`;
}

function posterSection(poster: Poster, workspace: Workspace, lang: Lang, index: number) {
  const area =
    'area' in poster && poster.area !== undefined ? followUpAreaText(poster.area, lang) : '';
  const id = `poster-${index}`;
  const title = format(posterNames[lang][poster.key], { area });
  // Not a landmark (no label): the widget inside names its own region, often with this title.
  return html`<section class="around-poster">
    <h2 id=${id}>${title}</h2>
    <p class="around-subtle">${workspace.name} · ${stepName(lang, poster.step)}</p>
    ${posterBody(poster, title, lang)}
  </section>`;
}

function rowsTable(rows: readonly FollowUpRow[], lang: Lang): TemplateResult {
  const t = aroundMessages[lang].print;
  return html`<table class="around-rows">
    <caption>
      ${t.planRows}
    </caption>
    <thead>
      <tr>
        <th scope="col">${t.columnWhat}</th>
        <th scope="col">${t.columnResponsible}</th>
        <th scope="col">${t.columnWhen}</th>
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        (row) =>
          html`<tr>
            <td>${row.what ?? ''}</td>
            <td>${row.responsible ?? ''}</td>
            <td>${rowWhen(row)}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

function decisions(
  workspace: Workspace,
  step: StepId,
  lang: Lang,
): TemplateResult | typeof nothing {
  const t = aroundMessages[lang].print;
  const { areas, rows } = stepDecisions(workspace, step);
  if (areas === undefined && rows === undefined) return nothing;
  return html`<section class="around-decisions" aria-labelledby="decisions-heading">
    <h2 id="decisions-heading">${t.decisionsHeading}</h2>
    ${
      areas === undefined
        ? nothing
        : html`<h3>${t.chosenAreas}</h3>
            ${
              areas.length === 0
                ? html`<p>${t.noChosenAreas}</p>`
                : html`<ul>
                    ${areas.map((id) => html`<li>${followUpAreaText(id, lang)}</li>`)}
                  </ul>`
            }`
    }
    ${
      rows === undefined
        ? nothing
        : rows.length === 0
          ? html`<h3>${t.planRows}</h3>
              <p>${t.noPlanRows}</p>`
          : rowsTable(rows, lang)
    }
  </section>`;
}

function controls(ctx: ViewContext, workspace: Workspace, step: StepId | undefined) {
  const t = aroundMessages[ctx.lang].print;
  const choose =
    <T>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      ctx.redraw();
    };
  const link = (to: StepId | undefined, label: string) =>
    html`<li>
      <a
        href=${routePath({ view: 'print', id: workspace.id, ...(to ? { step: to } : {}) }, base)}
        aria-current=${to === step ? 'page' : 'false'}
        >${label}</a
      >
    </li>`;
  return html`<div class="around-print-controls">
    <section aria-labelledby="print-settings-heading">
      <h2 id="print-settings-heading">${t.settingsHeading}</h2>
      <div class="around-print-options">
        ${choiceGroup({
          name: 'print-paper',
          legend: t.paperLabel,
          options: (['A3', 'A4'] as const).map((value) => ({ value, label: value })),
          current: paper,
          choose: choose((value) => (paper = value)),
        })}
        ${choiceGroup({
          name: 'print-orientation',
          legend: t.orientationLabel,
          options: (['portrait', 'landscape'] as const).map((value) => ({
            value,
            label: t[value],
          })),
          current: orientation,
          choose: choose((value) => (orientation = value)),
        })}
        <p>
          <button type="button" class="around-print-button" @click=${() => window.print()}>
            ${t.printButton}
          </button>
        </p>
      </div>
    </section>
    <nav aria-labelledby="print-other-heading">
      <h2 id="print-other-heading">${t.otherPrints}</h2>
      <ul class="around-links-list">
        ${link(undefined, t.allPosters)}
        ${STEP_IDS.map((id) => link(id, format(t.summaryOf, { step: stepName(ctx.lang, id) })))}
      </ul>
      <p>
        <a href=${routePath({ view: 'workspace', id: workspace.id }, base)}>${t.back}</a>
      </p>
    </nav>
  </div>`;
}

export function printView(ctx: ViewContext): TemplateResult {
  const all = aroundMessages[ctx.lang];
  const t = all.print;
  const route = ctx.route;
  const id = route.view === 'print' ? route.id : '';
  const step = route.view === 'print' ? route.step : undefined;
  const workspace = ctx.store.get(id);
  if (!workspace)
    return html`<section class="around-view">
      <h1>${format(t.title, { name: id })}</h1>
      <p role="alert">${format(all.workspaceNotFound, { id })}</p>
      <p><a href=${routePath({ view: 'home' }, base)}>${all.toHome}</a></p>
    </section>`;
  const posters = workspacePosters(workspace, step);
  return html`<article class="around-view around-print" aria-labelledby="print-heading">
    <h1 id="print-heading">
      ${
        step
          ? format(t.summaryTitle, { step: stepName(ctx.lang, step), name: workspace.name })
          : format(t.title, { name: workspace.name })
      }
      ${workspace.example ? html`<strong class="around-example">${all.exampleLabel}</strong>` : nothing}
    </h1>
    <p>${step ? t.summaryIntro : t.intro}</p>
    ${controls(ctx, workspace, step)} ${step ? decisions(workspace, step, ctx.lang) : nothing}
    ${posters.length === 0 ? html`<p>${t.empty}</p>` : nothing}
    ${posters.map((poster, i) => posterSection(poster, workspace, ctx.lang, i))}
  </article>`;
}
