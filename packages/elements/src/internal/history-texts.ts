// The undo and redo buttons and what undo and redo say: loaded with the first edit or the first
// render of an editable widget, so a read-only widget never downloads them.
import { html, type TemplateResult } from 'lit';
import type { Lang } from '@mulighetsrom/core';
import { editingMessages } from '@mulighetsrom/core/i18n/editing.js';
import { format } from '@mulighetsrom/core/i18n/format.js';
import type { StepLabel } from './history.js';

/** The buttons' view of the history. */
export interface HistoryButtonsHost {
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  undo(): void;
  redo(): void;
}

/** A step's label in `lang`. */
export const labelText = (label: StepLabel, lang: Lang): string =>
  typeof label === 'string' ? label : label(editingMessages[lang]);

/** What undo or redo of the step labelled `label` says; `undefined`: there was none. */
export function travelText(
  kind: 'undo' | 'redo',
  label: StepLabel | undefined,
  lang: Lang,
): string {
  const m = editingMessages[lang];
  if (label === undefined) return kind === 'undo' ? m.nothingToUndo : m.nothingToRedo;
  return format(kind === 'undo' ? m.undone : m.redone, { action: labelText(label, lang) });
}

/**
 * The undo and redo buttons. Without a step to take they stay focusable and say so with
 * `aria-disabled` (a disabled button would drop focus and vanish from the Tab order). `mac`:
 * the shortcuts are ⌘Z and ⇧⌘Z.
 */
export function renderHistoryButtons(
  history: HistoryButtonsHost,
  lang: Lang,
  mac: boolean,
): TemplateResult {
  const m = editingMessages[lang];
  return html`<span class="history" role="group" aria-label=${m.historyLabel}>
    <button
      type="button"
      class="undo"
      aria-disabled=${history.canUndo ? 'false' : 'true'}
      aria-keyshortcuts=${mac ? 'Meta+Z' : 'Control+Z'}
      @click=${() => history.undo()}
    >
      ${m.undo}
    </button>
    <button
      type="button"
      class="redo"
      aria-disabled=${history.canRedo ? 'false' : 'true'}
      aria-keyshortcuts=${mac ? 'Meta+Shift+Z' : 'Control+Shift+Z Control+Y'}
      @click=${() => history.redo()}
    >
      ${m.redo}
    </button>
  </span>`;
}
