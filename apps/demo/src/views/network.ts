// The facilitator's network: every workspace in this browser (examples labelled in text), their
// models in compare mode, and the network-status matrix derived from those models, where a cell
// edit is saved into the model of the workspace it belongs to. Each workspace opens from here
// (the shell adds the export and import panel below).
import '@mulighetsrom/elements/model.js';
import '@mulighetsrom/elements/expectation-matrix.js';
import { format, type MatrixDocument, type ModelDocument } from '@mulighetsrom/core';
import { html, nothing, type TemplateResult } from 'lit';
import { aroundMessages } from '../messages/around.js';
import { routePath } from '../router.js';
import type { Workspace } from '../workspace/document.js';
import type { ViewContext } from './context.js';
import { changedModels, networkModels, stableData, withModelAreas } from './network-data.js';
import './around.css';

const base = import.meta.env.BASE_URL;
const compareData = stableData<ModelDocument[]>();
const matrixData = stableData<MatrixDocument>();
/** The workspace whose matrix edit could not be saved (shown until the next edit saves). */
let failedName: string | undefined;

/** Every workspace, the partnerships' own first, then the examples, each group by name. */
function networkWorkspaces(ctx: ViewContext): Workspace[] {
  return ctx.store
    .list()
    .map((summary) => ctx.store.get(summary.id))
    .filter((workspace): workspace is Workspace => workspace !== undefined)
    .sort(
      (a, b) =>
        Number(a.example === true) - Number(b.example === true) ||
        a.name.localeCompare(b.name, ctx.lang),
    );
}

async function saveMatrixEdit(
  ctx: ViewContext,
  workspaces: readonly Workspace[],
  event: CustomEvent<{ value: unknown }>,
): Promise<void> {
  const value = event.detail.value as MatrixDocument;
  matrixData.heard(value);
  for (const { id, areas } of changedModels(workspaces, value.models ?? [])) {
    try {
      await ctx.store.update(id, (workspace) => withModelAreas(workspace, areas));
      failedName = undefined;
    } catch {
      // The matrix shows an edit the store does not have: give it the saved models again, and
      // say so in the alert below.
      failedName = workspaces.find((workspace) => workspace.id === id)?.name ?? id;
      matrixData.heard(undefined);
    }
  }
  ctx.redraw();
}

function workspaceItem(ctx: ViewContext, workspace: Workspace): TemplateResult {
  const t = aroundMessages[ctx.lang];
  const date = new Intl.DateTimeFormat(ctx.lang === 'en' ? 'en-GB' : ctx.lang, {
    dateStyle: 'medium',
  }).format(new Date(workspace.updatedAt));
  return html`<li class="around-workspace">
    <a
      class="around-workspace-name"
      href=${routePath({ view: 'workspace', id: workspace.id }, base)}
      >${workspace.name}</a
    >
    ${workspace.example ? html`<strong class="around-example">${t.exampleLabel}</strong>` : nothing}
    <span class="around-subtle">${format(t.network.updated, { date })}</span>
    <span class="around-links">
      <a href=${routePath({ view: 'print', id: workspace.id }, base)}
        >${format(t.network.printLink, { name: workspace.name })}</a
      >
      <a href=${routePath({ view: 'embed', id: workspace.id }, base)}
        >${format(t.network.embedLink, { name: workspace.name })}</a
      >
    </span>
  </li>`;
}

export function networkView(ctx: ViewContext): TemplateResult {
  const t = aroundMessages[ctx.lang];
  const n = t.network;
  const workspaces = networkWorkspaces(ctx);
  if (workspaces.length === 0)
    return html`<section class="around-view" aria-labelledby="network-heading">
      <h1 id="network-heading">${n.title}</h1>
      <p>${n.empty}</p>
      <p><a href=${routePath({ view: 'home' }, base)}>${t.toHome}</a></p>
    </section>`;
  const models = networkModels(workspaces, t.exampleTitle);
  return html`<section class="around-view" aria-labelledby="network-heading">
    <h1 id="network-heading">${n.title}</h1>
    <p>${n.intro}</p>
    <section aria-labelledby="network-list-heading">
      <h2 id="network-list-heading">${n.listHeading}</h2>
      <ul class="around-workspaces">
        ${workspaces.map((workspace) => workspaceItem(ctx, workspace))}
      </ul>
    </section>
    <section aria-labelledby="network-compare-heading">
      <h2 id="network-compare-heading">${n.compareHeading}</h2>
      <p>${n.compareIntro}</p>
      <mulighetsrom-model
        id="network-compare"
        .data=${compareData.next(models)}
      ></mulighetsrom-model>
    </section>
    <section aria-labelledby="network-matrix-heading">
      <h2 id="network-matrix-heading">${n.matrixHeading}</h2>
      <p>${n.matrixIntro}</p>
      ${
        failedName === undefined
          ? nothing
          : html`<p class="around-error" role="alert">
              ${format(n.saveFailed, { name: failedName })}
            </p>`
      }
      <mulighetsrom-expectation-matrix
        id="network-matrix"
        editable
        .data=${matrixData.next({ title: n.matrixTitle, models })}
        @mulighetsrom-change=${(event: CustomEvent<{ value: unknown }>) =>
          void saveMatrixEdit(ctx, workspaces, event)}
      ></mulighetsrom-expectation-matrix>
    </section>
  </section>`;
}
