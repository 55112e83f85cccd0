// The versions page of a workspace: make a named version (optionally tied to a step, e.g.
// «Samling 1»), list them, compare one with now, restore one (after a confirmation; the state
// before is kept as a version, so the restore can be undone) or delete one.
import { format } from '@mulighetsrom/core';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { dataMessages } from '../messages/data.js';
import { STEP_IDS, type StepId } from '../workspace/document.js';
import { compareWorkspaces } from '../workspace/compare.js';
import { describeComparison, formatTime } from '../workspace/describe.js';
import { safeStore } from '../workspace/saved-store.js';
import type { NamedVersion } from '../workspace/versions.js';
import type { ViewContext } from './context.js';
import { focusAfterRedraw } from './tab-notice.js';

interface PageState {
  comparing?: string;
  confirming?: { kind: 'restore' | 'delete'; version: string };
  nameMissing?: boolean;
  failed?: boolean;
}

/** What each workspace's versions page has open (kept while the reader moves around the app). */
const pages = new Map<string, PageState>();

const domId = (version: NamedVersion, part: string) => `version-${version.id}-${part}`;

function workspaceIdOf(ctx: ViewContext): string | undefined {
  const route = ctx.route;
  return 'id' in route ? route.id : undefined;
}

export function versionsView(ctx: ViewContext): TemplateResult {
  const t = dataMessages[ctx.lang];
  const workspaceId = workspaceIdOf(ctx);
  const workspace = workspaceId === undefined ? undefined : ctx.store.get(workspaceId);
  const store = safeStore(ctx.store);
  if (!workspace || !store || workspaceId === undefined)
    return html`<section class="versions"><p role="alert">${t.noWorkspace}</p></section>`;
  const page = pages.get(workspaceId) ?? {};
  const set = (next: PageState) => {
    pages.set(workspaceId, next);
    ctx.redraw();
  };
  const versions = store.versions.list(workspaceId);

  const fail = () => {
    set({ ...page, failed: true });
    ctx.announce(t.versionFailed);
  };

  const create = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const name = String(data.get('name') ?? '').trim();
    const stepValue = String(data.get('step') ?? '');
    const step = STEP_IDS.includes(stepValue as StepId) ? (stepValue as StepId) : undefined;
    if (!name) {
      set({ ...page, nameMissing: true });
      focusAfterRedraw('#version-name');
      return;
    }
    try {
      const version = await store.versions.create(workspaceId, step ? { name, step } : { name });
      form.reset();
      set({});
      ctx.announce(format(t.versionSaved, { name }));
      focusAfterRedraw(`#${domId(version, 'name')}`);
    } catch {
      fail();
    }
  };

  const restore = async (version: NamedVersion) => {
    try {
      await store.versions.restore(workspaceId, version.id, t.beforeRestoreName);
      set({});
      ctx.announce(format(t.versionRestored, { name: version.name, before: t.beforeRestoreName }));
      focusAfterRedraw('#versions-heading');
    } catch {
      fail();
    }
  };

  const remove = async (version: NamedVersion) => {
    try {
      await store.versions.remove(workspaceId, version.id);
      set({});
      ctx.announce(format(t.versionDeleted, { name: version.name }));
      focusAfterRedraw('#version-list-heading');
    } catch {
      fail();
    }
  };

  const confirmation = (version: NamedVersion) => {
    const confirming = page.confirming;
    if (confirming?.version !== version.id) return nothing;
    const restoring = confirming.kind === 'restore';
    const cancel = () => {
      set({ ...page, confirming: undefined });
      focusAfterRedraw(`#${domId(version, confirming.kind)}`);
    };
    return html`<div
      class="notice version-confirm"
      role="group"
      aria-labelledby=${domId(version, 'ask')}
    >
      <p id=${domId(version, 'ask')}>
        ${format(restoring ? t.confirmRestore : t.confirmDelete, {
          name: version.name,
          before: t.beforeRestoreName,
        })}
      </p>
      <button
        type="button"
        class="primary"
        id=${domId(version, 'yes')}
        @click=${() => (restoring ? restore(version) : remove(version))}
      >
        ${restoring ? t.confirmRestoreButton : t.confirmDeleteButton}
      </button>
      <button type="button" @click=${cancel}>${t.cancel}</button>
    </div>`;
  };

  const comparison = (version: NamedVersion) => {
    if (page.comparing !== version.id) return nothing;
    const lines = describeComparison(compareWorkspaces(version.workspace, workspace), ctx.lang);
    return html`<div class="version-comparison" id=${domId(version, 'comparison')}>
      <h4>${format(t.comparisonHeading, { name: version.name })}</h4>
      ${
        lines.length
          ? html`<ul>
              ${lines.map((line) => html`<li>${line}</li>`)}
            </ul>`
          : html`<p>${t.comparisonSame}</p>`
      }
    </div>`;
  };

  const item = (version: NamedVersion) => {
    const comparing = page.comparing === version.id;
    const ask = (kind: 'restore' | 'delete') => {
      set({ ...page, confirming: { kind, version: version.id } });
      focusAfterRedraw(`#${domId(version, 'yes')}`);
    };
    return html`<li class="version">
      <h3 class="version-name" id=${domId(version, 'name')} tabindex="-1">${version.name}</h3>
      <p class="version-meta">
        <time datetime=${version.createdAt}>${formatTime(version.createdAt, ctx.lang)}</time>
        ${
          version.step
            ? html` · ${format(t.versionStep, { step: t.stepNames[version.step] })}`
            : nothing
        }
      </p>
      <p class="version-actions">
        <button
          type="button"
          aria-expanded=${comparing ? 'true' : 'false'}
          aria-controls=${ifDefined(comparing ? domId(version, 'comparison') : undefined)}
          @click=${() => set({ ...page, comparing: comparing ? undefined : version.id })}
        >
          ${comparing ? t.hideCompareButton : format(t.compareButton, { name: version.name })}
        </button>
        <button type="button" id=${domId(version, 'restore')} @click=${() => ask('restore')}>
          ${format(t.restoreButton, { name: version.name })}
        </button>
        <button type="button" id=${domId(version, 'delete')} @click=${() => ask('delete')}>
          ${format(t.deleteButton, { name: version.name })}
        </button>
      </p>
      ${confirmation(version)} ${comparison(version)}
    </li>`;
  };

  return html`<section class="versions" aria-labelledby="versions-heading">
    <h1 id="versions-heading" tabindex="-1">
      ${format(t.versionsTitle, { name: workspace.name })}
    </h1>
    <p>${t.versionsIntro}</p>
    <p class=${page.failed ? 'save-error' : 'versions-error'} role="alert">
      ${page.failed ? t.versionFailed : nothing}
    </p>
    <form class="version-form" novalidate @submit=${create} aria-labelledby="version-form-heading">
      <h2 id="version-form-heading">${t.newVersionHeading}</h2>
      <p class="field">
        <label for="version-name">${t.versionNameLabel}</label>
        <input
          id="version-name"
          name="name"
          type="text"
          autocomplete="off"
          required
          aria-invalid=${page.nameMissing ? 'true' : 'false'}
          aria-describedby=${ifDefined(page.nameMissing ? 'version-name-error' : undefined)}
        />
        ${
          page.nameMissing
            ? html`<span id="version-name-error" class="field-error">${t.versionNameMissing}</span>`
            : nothing
        }
      </p>
      <p class="field">
        <label for="version-step">${t.versionStepLabel}</label>
        <select
          id="version-step"
          name="step"
          @change=${(event: Event) => {
            // A step suggests its name («Samling 1») while the name field is still empty.
            const select = event.target as HTMLSelectElement;
            const input = select.form?.elements.namedItem('name') as HTMLInputElement | null;
            if (input && !input.value.trim() && STEP_IDS.includes(select.value as StepId))
              input.value = t.stepVersionNames[select.value as StepId];
          }}
        >
          <option value="">${t.noStep}</option>
          ${STEP_IDS.map((step) => html`<option value=${step}>${t.stepNames[step]}</option>`)}
        </select>
      </p>
      <p><button type="submit" class="primary">${t.saveVersionButton}</button></p>
    </form>
    <h2 id="version-list-heading" tabindex="-1">${t.versionListHeading}</h2>
    ${
      versions.length
        ? html`<ul class="version-list">
            ${versions.map(item)}
          </ul>`
        : html`<p>${t.noVersions}</p>`
    }
  </section>`;
}
