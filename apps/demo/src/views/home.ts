// The home page: the partnerships' workspaces (open, delete with an undo offer) and the form
// that creates a new one.
import { format, type Lang } from '@mulighetsrom/core';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { homeMessages } from '../messages/home.js';
import { shellMessages } from '../messages/shell.js';
import { navigate } from '../shell/navigate.js';
import { href } from '../shell/paths.js';
import type { Workspace } from '../workspace/document.js';
import { newWorkspace } from '../workspace/new-workspace.js';
import type { ViewContext } from './context.js';
import { readWorkspaceForm, type FormErrors } from './workspace-form.js';

/** The workspace deleted last, while its undo is offered. */
let deleted: Workspace | undefined;
let errors: FormErrors = {};

const dateFormat = (lang: Lang) =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });

async function remove(ctx: ViewContext, id: string): Promise<void> {
  const workspace = ctx.store.get(id);
  if (!workspace) return;
  await ctx.store.remove(id);
  deleted = workspace;
  ctx.announce(format(homeMessages[ctx.lang].deleted, { name: workspace.name }));
  ctx.redraw();
  // The row and its button are gone: the undo offer takes the focus.
  requestAnimationFrame(() => document.querySelector<HTMLElement>('#undo-delete')?.focus());
}

async function undo(ctx: ViewContext): Promise<void> {
  const workspace = deleted;
  if (!workspace) return;
  await ctx.store.put(workspace);
  deleted = undefined;
  ctx.announce(format(homeMessages[ctx.lang].restored, { name: workspace.name }));
  ctx.redraw();
  requestAnimationFrame(() =>
    document
      .querySelector<HTMLElement>(`[data-workspace="${CSS.escape(workspace.id)}"] a`)
      ?.focus(),
  );
}

async function create(ctx: ViewContext, event: SubmitEvent): Promise<void> {
  event.preventDefault();
  const form = event.target as HTMLFormElement;
  const result = readWorkspaceForm(new FormData(form));
  const t = homeMessages[ctx.lang];
  if (!result.ok) {
    errors = result.errors;
    ctx.redraw();
    const first = Object.keys(errors)[0];
    ctx.announce(
      Object.values(errors)
        .map((key) => t[key])
        .join(' '),
    );
    requestAnimationFrame(() => form.querySelector<HTMLElement>(`[name="${first}"]`)?.focus());
    return;
  }
  errors = {};
  const workspace = newWorkspace(result.value, ctx.lang);
  await ctx.store.put(workspace);
  ctx.announce(format(t.created, { name: workspace.name }));
  form.reset();
  navigate(href({ view: 'workspace', id: workspace.id }));
}

export function homeView(ctx: ViewContext) {
  const t = homeMessages[ctx.lang];
  const shell = shellMessages[ctx.lang];
  const list = [...ctx.store.list()].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  const when = dateFormat(ctx.lang);
  const invalid = (name: keyof FormErrors) => (errors[name] ? 'true' : 'false');
  const error = (name: keyof FormErrors) =>
    errors[name]
      ? html`<p class="field-error" id=${`${name}-error`}>${t[errors[name]]}</p>`
      : nothing;
  const described = (name: keyof FormErrors, hint?: string) =>
    [hint, errors[name] ? `${name}-error` : undefined].filter(Boolean).join(' ') || undefined;
  return html`
    <h1 tabindex="-1">${t.title}</h1>
    ${t.intro.map((p) => html`<p class="intro">${p}</p>`)}
    <section aria-labelledby="list-heading">
      <h2 id="list-heading">${t.listHeading}</h2>
      ${
        deleted
          ? html`<p class="undo-offer">
              ${format(t.deleted, { name: deleted.name })}
              <button type="button" id="undo-delete" @click=${() => void undo(ctx)}>
                ${t.undoDelete}
              </button>
            </p>`
          : nothing
      }
      ${
        list.length === 0
          ? html`<p>${t.empty}</p>`
          : html`<ul class="workspace-list">
              ${list.map(
                (w) =>
                  html`<li data-workspace=${w.id}>
                    <a class="workspace-link" href=${href({ view: 'workspace', id: w.id })}
                      >${w.name}</a
                    >
                    ${
                      w.example
                        ? html`<strong class="example-label">${shell.exampleLabel}</strong>`
                        : nothing
                    }
                    <span class="updated"
                      >${format(t.updated, { date: when.format(new Date(w.updatedAt)) })}</span
                    >
                    <button
                      type="button"
                      class="delete"
                      aria-label=${format(t.deleteLabel, { name: w.name })}
                      @click=${() => void remove(ctx, w.id)}
                    >
                      ${t.deleteButton}
                    </button>
                  </li>`,
              )}
            </ul>`
      }
    </section>
    <section aria-labelledby="create-heading">
      <h2 id="create-heading">${t.createHeading}</h2>
      <form class="create-form" novalidate @submit=${(e: SubmitEvent) => void create(ctx, e)}>
        <div class="field">
          <label for="new-name">${t.nameLabel}</label>
          <p class="hint" id="new-name-hint">${t.nameHint}</p>
          <input
            id="new-name"
            name="name"
            required
            autocomplete="off"
            aria-invalid=${invalid('name')}
            aria-describedby=${ifDefined(described('name', 'new-name-hint'))}
          />
          ${error('name')}
        </div>
        <div class="field">
          <label for="new-office">${t.officeLabel}</label>
          <input id="new-office" name="office" autocomplete="off" />
        </div>
        <div class="field">
          <label for="new-municipality">${t.municipalityLabel}</label>
          <input id="new-municipality" name="municipality" autocomplete="off" />
        </div>
        <div class="field">
          <label for="new-year">${t.yearLabel}</label>
          <input
            id="new-year"
            name="year"
            inputmode="numeric"
            size="6"
            .value=${String(new Date().getFullYear())}
            aria-invalid=${invalid('year')}
            aria-describedby=${ifDefined(described('year'))}
          />
          ${error('year')}
        </div>
        <div class="field">
          <label for="new-owners">${t.ownersLabel}</label>
          <p class="hint" id="new-owners-hint">${t.onePerLine}</p>
          <textarea
            id="new-owners"
            name="owners"
            rows="3"
            aria-describedby="new-owners-hint"
          ></textarea>
        </div>
        <div class="field">
          <label for="new-participants">${t.participantsLabel}</label>
          <p class="hint" id="new-participants-hint">${t.onePerLine}</p>
          <textarea
            id="new-participants"
            name="participants"
            rows="4"
            aria-describedby="new-participants-hint"
          ></textarea>
        </div>
        <button type="submit" class="primary">${t.createButton}</button>
      </form>
    </section>
  `;
}
