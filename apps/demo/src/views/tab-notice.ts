// The store's warnings, shown on every page: a workspace changed in another tab while this one
// had changes (reload the saved copy or take over with this tab's), a write that failed (the
// change is only in this tab; try again), saved work that could not be read (left untouched).
import { format } from '@mulighetsrom/core';
import { html, nothing, type TemplateResult } from 'lit';
import { dataMessages } from '../messages/data.js';
import { describeComparison, formatTime } from '../workspace/describe.js';
import { compareWorkspaces } from '../workspace/compare.js';
import { migrateErrorText } from '../workspace/migrate.js';
import {
  safeStore,
  type ConflictChoice,
  type StoreProblem,
  type WorkspaceConflict,
} from '../workspace/saved-store.js';
import type { ViewContext } from './context.js';

/**
 * Moves the focus to an element of the next render (views redraw through ctx.redraw, which may
 * render at once or in the next frame): tried after a task, once more after a frame.
 */
export function focusAfterRedraw(selector: string): void {
  const attempt = () => {
    const target = document.querySelector<HTMLElement>(selector);
    target?.focus();
    return target !== null;
  };
  setTimeout(() => {
    if (!attempt()) requestAnimationFrame(() => void attempt());
  }, 0);
}

/** Where the focus goes when the notice it was in is gone: the page's main region. */
const MAIN = 'main, #main';

async function resolve(ctx: ViewContext, conflict: WorkspaceConflict, choice: ConflictChoice) {
  const store = safeStore(ctx.store);
  if (!store) return;
  const t = dataMessages[ctx.lang];
  const name = conflict.mine.name;
  const keepAs = `${t.keptVersionName} (${formatTime(new Date().toISOString(), ctx.lang)})`;
  await store.resolveConflict(conflict.id, choice, keepAs);
  ctx.announce(format(choice === 'reload' ? t.reloaded : t.tookOver, { name }));
  ctx.redraw();
  focusAfterRedraw(MAIN);
}

function conflictNotice(ctx: ViewContext, conflict: WorkspaceConflict): TemplateResult {
  const t = dataMessages[ctx.lang];
  if (conflict.unreadable)
    return html`<p class="save-error tab-notice" role="alert">
      ${format(t.conflictUnreadable, { name: conflict.mine.name })}
    </p>`;
  const id = `tab-conflict-${conflict.id}`;
  const changes = conflict.saved
    ? describeComparison(compareWorkspaces(conflict.saved, conflict.mine), ctx.lang)
    : [];
  return html`<section class="save-error tab-notice" role="alert" aria-labelledby=${id}>
    <p class="tab-notice-question" id=${id}>
      <strong>${conflict.saved ? t.conflictNotice : t.conflictDeleted}</strong>
    </p>
    <p>${format(t.conflictWorkspace, { name: conflict.mine.name })}</p>
    ${
      changes.length
        ? html`<ul class="tab-notice-changes">
            ${changes.map((line) => html`<li>${line}</li>`)}
          </ul>`
        : nothing
    }
    <p class="hint tab-notice-help">${t.reloadHelp} ${t.takeOverHelp}</p>
    <p class="tab-notice-actions">
      <button type="button" class="primary" @click=${() => resolve(ctx, conflict, 'reload')}>
        ${t.reloadButton}
      </button>
      <button type="button" @click=${() => resolve(ctx, conflict, 'take-over')}>
        ${t.takeOverButton}
      </button>
    </p>
  </section>`;
}

function problemNotice(ctx: ViewContext, problem: StoreProblem): TemplateResult {
  const t = dataMessages[ctx.lang];
  const store = safeStore(ctx.store);
  if (problem.kind === 'load-failed')
    return html`<p class="save-error tab-notice" role="alert">${t.loadFailed}</p>`;
  if (problem.kind === 'unreadable')
    return html`<p class="save-error tab-notice" role="alert">
      ${format(t.unreadableSaved, {
        id: problem.id,
        reason: migrateErrorText(problem.error, ctx.lang),
      })}
    </p>`;
  const name = ctx.store.get(problem.id)?.name ?? problem.id;
  const retry = async () => {
    await store?.retry(problem.id);
    ctx.redraw();
    if (store?.saveState(problem.id) === 'saved') {
      ctx.announce(t.saveStates.saved);
      focusAfterRedraw(MAIN);
    }
  };
  return html`<section class="save-error tab-notice" role="alert">
    <p>${format(t.saveFailed, { name })}</p>
    <p><button type="button" @click=${retry}>${t.retryButton}</button></p>
  </section>`;
}

/** Every current warning of the store (nothing when all is saved). */
export function tabNotice(ctx: ViewContext): TemplateResult | typeof nothing {
  const store = safeStore(ctx.store);
  if (!store) return nothing;
  const conflicts = store.conflicts();
  const problems = store.problems();
  if (conflicts.length === 0 && problems.length === 0) return nothing;
  // A named region: the notices stand outside <main>, above the page.
  return html`<section
    class="app-notice tab-notices"
    aria-label=${dataMessages[ctx.lang].noticesLabel}
  >
    ${conflicts.map((conflict) => conflictNotice(ctx, conflict))}
    ${problems.map((problem) => problemNotice(ctx, problem))}
  </section>`;
}

/** «Lagret», «Lagrer …», «Ikke lagret» … for one workspace (a status line the shell may show). */
export function saveStateText(ctx: ViewContext, id: string): string {
  const state = safeStore(ctx.store)?.saveState(id);
  return state ? dataMessages[ctx.lang].saveStates[state] : '';
}
