// Export and import: one workspace or the whole network as a JSON file, and a file input whose
// file is checked and previewed (what it adds, what it replaces and how) before anything is
// written; confirm applies it, cancel leaves everything as it was.
import { format } from '@mulighetsrom/core';
import { html, nothing, type TemplateResult } from 'lit';
import { dataMessages } from '../messages/data.js';
import type { Workspace } from '../workspace/document.js';
import { describeComparison } from '../workspace/describe.js';
import { migrateError, migrateErrorText } from '../workspace/migrate.js';
import {
  MAX_IMPORT_BYTES,
  applyImport,
  exportFile,
  exportFileName,
  exportText,
  parseImport,
  previewImport,
  type ImportPreview,
  type TransferKind,
} from '../workspace/transfer.js';
import type { ViewContext } from './context.js';
import { focusAfterRedraw } from './tab-notice.js';

export interface TransferOptions {
  /** The workspace the panel offers to export alone (a workspace's page); none: network only. */
  workspaceId?: string;
  /** Makes the panel's ids unique if a page shows it twice. */
  idPrefix?: string;
}

interface PanelState {
  preview?: ImportPreview;
  error?: string;
}

let panel: PanelState = {};

/** Offers `text` as a download named `name` (a Blob URL; no data: URL built from strings). */
function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const readFile = (file: File): Promise<string> => file.text();

const nameWithLabel = (ctx: ViewContext, workspace: Workspace) =>
  workspace.example
    ? html`${workspace.name}
        <span class="example-label">(${dataMessages[ctx.lang].exampleLabel})</span>`
    : workspace.name;

export function transferPanel(ctx: ViewContext, options: TransferOptions = {}): TemplateResult {
  const t = dataMessages[ctx.lang];
  const prefix = options.idPrefix ?? 'transfer';
  const inputId = `${prefix}-file`;
  const workspace =
    options.workspaceId === undefined ? undefined : ctx.store.get(options.workspaceId);

  const set = (next: PanelState) => {
    panel = next;
    ctx.redraw();
  };

  const exportAs = (kind: TransferKind) => {
    const workspaces =
      kind === 'workspace' && workspace
        ? [workspace]
        : ctx.store
            .list()
            .map(({ id }) => ctx.store.get(id))
            .filter((w): w is Workspace => w !== undefined);
    const file = exportFile(workspaces, kind);
    const name = exportFileName(file, kind === 'workspace' && workspace ? workspace.name : kind);
    download(exportText(file), name);
    ctx.announce(format(t.exportDone, { file: name }));
  };

  const fail = (reason: string) => {
    const error = format(t.importFailed, { reason });
    set({ error });
    ctx.announce(error);
  };

  const choose = async (event: Event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      fail(migrateErrorText(migrateError('tooLarge'), ctx.lang));
      return;
    }
    let text: string;
    try {
      text = await readFile(file);
    } catch {
      fail(migrateErrorText(migrateError('unreadableFile'), ctx.lang));
      return;
    }
    const parsed = parseImport(text);
    if (!parsed.ok) {
      input.value = '';
      fail(migrateErrorText(parsed.error, ctx.lang));
      return;
    }
    await ctx.store.ready;
    set({ preview: previewImport(parsed.file, ctx.store) });
    focusAfterRedraw(`#${prefix}-preview-heading`);
  };

  const finish = (message: string) => {
    const input = document.getElementById(inputId) as HTMLInputElement | null;
    if (input) input.value = '';
    set({});
    ctx.announce(message);
    focusAfterRedraw(`#${inputId}`);
  };

  const confirm = async (preview: ImportPreview) => {
    const written = await applyImport(preview, ctx.store);
    finish(format(t.importDone, { n: written }));
  };

  const preview = panel.preview;
  const previewPart = preview
    ? html`<section class="import-preview" aria-labelledby="${prefix}-preview-heading">
        <h3 id="${prefix}-preview-heading" tabindex="-1">${t.previewHeading}</h3>
        ${
          preview.adds.length
            ? html`<h4>${format(t.previewAdds, { n: preview.adds.length })}</h4>
                <ul>
                  ${preview.adds.map((w) => html`<li>${nameWithLabel(ctx, w)}</li>`)}
                </ul>`
            : nothing
        }
        ${
          preview.replaces.length
            ? html`<h4>${format(t.previewReplaces, { n: preview.replaces.length })}</h4>
                <ul>
                  ${preview.replaces.map(
                    ({ incoming, comparison }) =>
                      html`<li>
                        ${nameWithLabel(ctx, incoming)}
                        <ul>
                          ${describeComparison(comparison, ctx.lang).map(
                            (line) => html`<li>${line}</li>`,
                          )}
                        </ul>
                      </li>`,
                  )}
                </ul>`
            : nothing
        }
        ${
          preview.unchanged.length
            ? html`<h4>${format(t.previewUnchanged, { n: preview.unchanged.length })}</h4>
                <ul>
                  ${preview.unchanged.map((w) => html`<li>${nameWithLabel(ctx, w)}</li>`)}
                </ul>`
            : nothing
        }
        ${
          preview.adds.length + preview.replaces.length === 0
            ? html`<p>${t.previewNothing}</p>`
            : nothing
        }
        <p class="import-actions">
          ${
            preview.adds.length + preview.replaces.length > 0
              ? html`<button type="button" class="primary" @click=${() => confirm(preview)}>
                  ${t.confirmImportButton}
                </button>`
              : nothing
          }
          <button type="button" @click=${() => finish(t.importCancelled)}>${t.cancel}</button>
        </p>
      </section>`
    : nothing;

  return html`<section class="transfer" aria-labelledby="${prefix}-heading">
    <h2 id="${prefix}-heading">${t.transferHeading}</h2>
    <p class="transfer-export">
      ${
        workspace
          ? html`<button type="button" @click=${() => exportAs('workspace')}>
              ${format(t.exportWorkspaceButton, { name: workspace.name })}
            </button>`
          : nothing
      }
      <button type="button" @click=${() => exportAs('network')}>${t.exportNetworkButton}</button>
    </p>
    <p class="field transfer-import">
      <label for=${inputId}>${t.importLabel}</label>
      <input
        id=${inputId}
        type="file"
        accept="application/json,.json"
        aria-describedby="${prefix}-hint"
        @change=${choose}
      />
      <span id="${prefix}-hint" class="hint">${t.importHint}</span>
    </p>
    <p class=${panel.error ? 'save-error' : 'transfer-error'} role="alert">
      ${panel.error ?? nothing}
    </p>
    ${previewPart}
  </section>`;
}
