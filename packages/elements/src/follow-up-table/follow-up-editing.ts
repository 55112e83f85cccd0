// The editing half of <mulighetsrom-follow-up-table>, loaded when `editable` is first set (a
// read-only table never loads it): the roving Tab stop of the grid, the one editor, add,
// delete and duplicate, the move menu and drag, and paste from a spreadsheet with its preview.
// The table renders this part's pieces into its own template and gives it the view it works out.
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type {
  FollowUpColumn,
  FollowUpDocument,
  FollowUpRow,
  Lang,
  PastePlan,
} from '@mulighetsrom/core';
import { format } from '@mulighetsrom/core/i18n/format.js';
import { followUpMessages } from '@mulighetsrom/core/i18n/follow-up.js';
import {
  addFollowUpRow,
  deleteFollowUpRow,
  duplicateFollowUpRow,
  moveFollowUpRow,
  setFollowUpCell,
} from '@mulighetsrom/core/follow-up/edit.js';
import {
  describeFollowUpPaste,
  followUpPastedText,
  planFollowUpPaste,
} from '@mulighetsrom/core/follow-up/paste.js';
import {
  followUpAreaChoices,
  FOLLOW_UP_COLUMNS,
  followUpCellText,
  followUpColumnTitle,
  followUpRowNumbers,
  followUpRows,
  followUpRowStatus,
  followUpStatusName,
} from '@mulighetsrom/core/follow-up/plan.js';
import { MoveMenuController } from '../internal/move-menu.js';
import { RovingFocusController } from '../internal/roving-focus.js';
import { cellKey, splitKey, type TableView } from './follow-up-view.js';
import { byData } from '../internal/by-data.js';

/** What the editing part needs of the table. */
export interface FollowUpEditingHost {
  /** The element (the controllers' host; its render root holds the cells). */
  readonly element: ReactiveControllerHost &
    HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };
  /** The element's id prefix, for ids inside its shadow root. */
  readonly uid: string;
  readonly doc: () => FollowUpDocument | undefined;
  readonly view: () => TableView | undefined;
  readonly lang: () => Lang;
  readonly editable: () => boolean;
  /** Whether rows may move now (no sort, no filter). */
  readonly movable: () => boolean;
  /** One edit: an undo step named `label`; announced when `announce`. */
  readonly change: (next: FollowUpDocument, label: string, announce: boolean) => boolean;
  /** One edit the move menu announces itself. */
  readonly commit: (next: FollowUpDocument, label: string) => void;
  readonly announce: (text: string) => void;
  /** A row's name in announcements («Rad 3: Felles møte»). */
  readonly itemText: (row: FollowUpRow | undefined) => string;
}

/** The cell being edited. */
export interface EditingCell {
  readonly id: string;
  readonly column: FollowUpColumn;
}

export class FollowUpEditing {
  private editingCell?: EditingCell;
  private plan?: PastePlan;
  private dragging?: string;

  readonly roving: RovingFocusController<string>;
  readonly moves: MoveMenuController;

  constructor(private readonly host: FollowUpEditingHost) {
    const { element } = host;
    this.roving = new RovingFocusController<string>(element, {
      layout: 'grid',
      rows: () =>
        (host.view()?.visibleIds ?? []).map((id) => FOLLOW_UP_COLUMNS.map((c) => cellKey(id, c))),
      element: (key) => this.cellElement(key),
      pageSize: 10,
      lookup: {
        has: (key) => {
          const [id, column] = splitKey(key);
          return FOLLOW_UP_COLUMNS.includes(column) && !!host.view()?.visible.has(id);
        },
        first: () => {
          const id = host.view()?.visibleIds[0];
          return id === undefined ? undefined : cellKey(id, FOLLOW_UP_COLUMNS[0]!);
        },
      },
    });
    this.moves = new MoveMenuController(element, {
      sizes: () => new Map((host.view()?.groups ?? []).map((g) => [g.id, g.size])),
      itemText: (at) => host.itemText(this.rowAt(at.container, at.index)),
      containerText: (id) =>
        host.view()?.groups.find((g) => g.id === id)?.title ??
        followUpMessages[host.lang()].noSection,
      move: (from, to) => {
        const doc = host.doc();
        if (!doc) return;
        const next = moveFollowUpRow(doc, from, to);
        const row = this.rowAt(from.container, from.index);
        if (next !== doc)
          host.commit(
            next,
            format(followUpMessages[host.lang()].rowMoved, { item: host.itemText(row) }),
          );
      },
      handle: (at) => {
        const row = this.rowAt(at.container, at.index);
        return row
          ? this.rowElement(row.id)?.querySelector<HTMLElement>('.move-handle')
          : undefined;
      },
      announce: (text) => host.announce(text),
      lang: () => host.lang(),
    });
  }

  /** The cell being edited, if one is. */
  get editing(): EditingCell | undefined {
    return this.editingCell;
  }

  private set editing(cell: EditingCell | undefined) {
    this.editingCell = cell;
    this.host.element.requestUpdate();
  }

  private get pastePlan(): PastePlan | undefined {
    return this.plan;
  }

  private set pastePlan(plan: PastePlan | undefined) {
    this.plan = plan;
    this.host.element.requestUpdate();
  }

  private get renderRoot(): HTMLElement | DocumentFragment {
    return this.host.element.renderRoot;
  }

  private get language(): Lang {
    return this.host.lang();
  }

  /** The row at a place in plan order; from the cached view, since every row's move handle asks. */
  private rowAt(container: string, index: number): FollowUpRow | undefined {
    return this.host.view()?.planGroups.get(container)?.[index];
  }

  private rowElement(id: string): HTMLElement | undefined {
    return byData(this.renderRoot, 'tr', 'id', id);
  }

  private cellElement(key: string): HTMLElement | undefined {
    const [id, column] = splitKey(key);
    return (
      this.rowElement(id)?.querySelector<HTMLElement>(`td[data-column="${column}"]`) ?? undefined
    );
  }

  private change(next: FollowUpDocument, label: string, announce: boolean): boolean {
    return this.host.change(next, label, announce);
  }

  private number(id: string): number {
    return this.host.view()?.numbers.get(id) ?? 0;
  }

  private itemText(row: FollowUpRow | undefined): string {
    return this.host.itemText(row);
  }

  // ---------------------------------------------------------------- editing

  private async startEdit(id: string, column: FollowUpColumn): Promise<void> {
    if (!this.host.editable()) return;
    this.editing = { id, column };
    this.roving.activate(cellKey(id, column));
    await this.host.element.updateComplete;
    const editor = this.renderRoot.querySelector<HTMLInputElement | HTMLSelectElement>('.editor');
    editor?.focus();
    if (editor instanceof HTMLInputElement) editor.select();
  }

  /** Ends the edit: saves the editor's text unless `cancel`; focus goes to `then`, else the cell. */
  private async endEdit(save: boolean, then?: string): Promise<void> {
    const editing = this.editing;
    if (!editing) return;
    const editor = this.renderRoot.querySelector<HTMLInputElement | HTMLSelectElement>('.editor');
    const text = editor?.value;
    this.editing = undefined;
    const doc = this.host.doc();
    if (save && doc && text !== undefined) {
      const next = setFollowUpCell(doc, editing.id, editing.column, text);
      const m = followUpMessages[this.language];
      this.change(
        next,
        format(m.editCell, {
          column: followUpColumnTitle(editing.column, this.language),
          number: this.number(editing.id),
        }),
        false,
      );
    }
    await this.roving.focus(then ?? cellKey(editing.id, editing.column));
  }

  private neighbour(key: string, step: 1 | -1): string {
    const keys = (this.host.view()?.visibleIds ?? []).flatMap((id) =>
      FOLLOW_UP_COLUMNS.map((c) => cellKey(id, c)),
    );
    const at = keys.indexOf(key);
    return keys[Math.max(0, Math.min(keys.length - 1, at + step))] ?? key;
  }

  private onEditorKeydown = (event: KeyboardEvent): void => {
    const editing = this.editing;
    if (!editing) return;
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      void this.endEdit(false);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      void this.endEdit(true);
    } else if (event.key === 'Tab') {
      event.preventDefault();
      void this.endEdit(
        true,
        this.neighbour(cellKey(editing.id, editing.column), event.shiftKey ? -1 : 1),
      );
    }
  };

  private onEditorBlur = (): void => {
    // Focus left the editor for somewhere else (a click): keep what was typed.
    if (this.editing) void this.endEdit(true, undefined).catch(() => undefined);
  };

  private cellOf(event: Event): HTMLElement | undefined {
    const target = event.target instanceof Element ? event.target.closest('td[data-column]') : null;
    return target instanceof HTMLElement ? target : undefined;
  }

  private keyOf(cell: HTMLElement): string | undefined {
    const id = cell.closest<HTMLElement>('tr[data-id]')?.dataset['id'];
    const column = cell.dataset['column'] as FollowUpColumn | undefined;
    return id !== undefined && column ? cellKey(id, column) : undefined;
  }

  readonly onGridKeydown = (event: KeyboardEvent): void => {
    if (this.editing) return;
    const cell = this.cellOf(event);
    if (!cell || event.target !== cell) return;
    const key = this.keyOf(cell);
    if (!key) return;
    const [id, column] = splitKey(key);
    if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      void this.startEdit(id, column);
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      const doc = this.host.doc();
      if (doc) {
        const m = followUpMessages[this.language];
        this.change(
          setFollowUpCell(doc, id, column, ''),
          format(m.editCell, {
            column: followUpColumnTitle(column, this.language),
            number: this.number(id),
          }),
          false,
        );
      }
    } else this.roving.onKeydown(event, key);
  };

  readonly onGridFocus = (event: FocusEvent): void => {
    const cell = this.cellOf(event);
    const key = cell && event.target === cell ? this.keyOf(cell) : undefined;
    if (key) this.roving.activate(key);
  };

  readonly onGridDblclick = (event: MouseEvent): void => {
    const cell = this.cellOf(event);
    const key = cell ? this.keyOf(cell) : undefined;
    if (key && !this.editing) void this.startEdit(...splitKey(key));
  };

  private addRow(section: string): void {
    const doc = this.host.doc();
    if (!doc) return;
    const { doc: next, id } = addFollowUpRow(doc, section ? { section } : {});
    const number = followUpRowNumbers({ ...next, rows: followUpRows(next) }).get(id) ?? 0;
    if (this.change(next, format(followUpMessages[this.language].rowAdded, { number }), true))
      void this.roving.focus(cellKey(id, 'what'));
  }

  private deleteRow(row: FollowUpRow): void {
    const doc = this.host.doc();
    const view = this.host.view();
    if (!doc || !view) return;
    const ids = view.visibleIds;
    const at = ids.indexOf(row.id);
    const near = ids[at + 1] ?? ids[at - 1];
    const label = format(followUpMessages[this.language].rowDeleted, {
      number: this.number(row.id),
    });
    if (this.change(deleteFollowUpRow(doc, row.id), label, true)) {
      if (near) void this.roving.focus(cellKey(near, 'what'));
      else
        void this.host.element.updateComplete.then(() =>
          this.renderRoot.querySelector<HTMLElement>('.add-row')?.focus(),
        );
    }
  }

  private duplicateRow(row: FollowUpRow): void {
    const doc = this.host.doc();
    if (!doc) return;
    const { doc: next, id } = duplicateFollowUpRow(doc, row.id);
    if (!id) return;
    const number = followUpRowNumbers({ ...next, rows: followUpRows(next) }).get(id) ?? 0;
    if (this.change(next, format(followUpMessages[this.language].rowDuplicated, { number }), true))
      void this.roving.focus(cellKey(id, 'what'));
  }

  // ---------------------------------------------------------------- paste

  readonly onPaste = (event: ClipboardEvent): void => {
    if (!this.host.editable() || this.editing) return;
    const cell = this.cellOf(event);
    const key = cell ? this.keyOf(cell) : this.roving.active;
    const doc = this.host.doc();
    const view = this.host.view();
    const text = event.clipboardData?.getData('text/plain') ?? '';
    if (!key || !doc || !view || text === '') return;
    event.preventDefault();
    const [id, column] = splitKey(key);
    const plan = planFollowUpPaste(
      doc,
      text,
      { rowIds: view.visibleIds, row: Math.max(0, view.visibleIds.indexOf(id)), column },
      this.language,
    );
    if (plan.rows.length === 0) return;
    if (plan.rows.length > 1) {
      this.pastePlan = plan;
      void this.host.element.updateComplete.then(() => {
        const dialog = this.renderRoot.querySelector<HTMLDialogElement>('dialog.paste');
        if (dialog && !dialog.open) dialog.showModal();
        dialog?.querySelector<HTMLElement>('.apply')?.focus();
      });
    } else this.applyPaste(plan);
  };

  private applyPaste(plan: PastePlan): void {
    const active = this.roving.active;
    this.closePaste();
    this.change(plan.doc, followUpPastedText(plan, this.language), true);
    if (active) void this.roving.focus(active);
  }

  private closePaste(): void {
    const dialog = this.renderRoot.querySelector<HTMLDialogElement>('dialog.paste');
    if (dialog?.open) dialog.close();
    this.pastePlan = undefined;
  }

  private cancelPaste = (): void => {
    const active = this.roving.active;
    this.closePaste();
    if (active) void this.roving.focus(active);
  };

  // ---------------------------------------------------------------- drag

  readonly onDragStart = (event: DragEvent): void => {
    const handle = event.target instanceof Element ? event.target.closest('td.actions') : null;
    const id = handle?.closest<HTMLElement>('tr[data-id]')?.dataset['id'];
    if (!id || !this.host.movable()) return;
    this.dragging = id;
    event.dataTransfer?.setData('text/plain', this.itemText(this.rowById(id)));
    if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move';
  };

  readonly onDragOver = (event: DragEvent): void => {
    if (this.dragging === undefined) return;
    const tr =
      event.target instanceof Element ? event.target.closest('tr[data-id], tr.section') : null;
    if (!tr) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'move';
  };

  readonly onDrop = (event: DragEvent): void => {
    const id = this.dragging;
    this.dragging = undefined;
    const doc = this.host.doc();
    if (id === undefined || !doc) return;
    const tr =
      event.target instanceof Element
        ? event.target.closest<HTMLElement>('tr[data-id], tr.section')
        : null;
    if (!tr) return;
    event.preventDefault();
    this.dropOn(id, tr.dataset['id'], tr.dataset['section'] ?? '');
  };

  readonly onDragEnd = (): void => {
    this.dragging = undefined;
  };

  private rowById(id: string): FollowUpRow | undefined {
    return this.host.view()?.rows.find((r) => r.id === id);
  }

  /** Drops row `id` on the row `onto` (takes its place) or on a section's heading (its start). */
  private dropOn(id: string, onto: string | undefined, section: string): void {
    const doc = this.host.doc();
    const view = this.host.view();
    if (!doc || !view) return;
    // The view's places are those of this plan (it is cached by the plan).
    const from = view.places.get(id);
    const to = onto !== undefined ? view.places.get(onto) : { container: section, index: 0 };
    if (!from || !to) return;
    const item = this.itemText(this.rowById(id));
    const next = moveFollowUpRow(doc, from, to);
    this.change(next, format(followUpMessages[this.language].rowMoved, { item }), true);
  }

  // ---------------------------------------------------------------- render

  renderActions(
    row: FollowUpRow,
    number: number,
    lang: Lang,
    inRow: boolean,
    movable: boolean,
  ): TemplateResult {
    const m = followUpMessages[lang];
    const tab = inRow ? 0 : -1;
    const at = this.placeOf(row);
    return html`<td
      role="gridcell"
      class="actions"
      data-label=${format(m.rowActions, { number })}
      draggable=${movable ? 'true' : 'false'}
    >
      ${movable && at ? this.moves.render(at, lang) : nothing}
      <button
        type="button"
        class="duplicate"
        tabindex=${tab}
        @click=${() => this.duplicateRow(row)}
      >
        <span class="visually-hidden">${format(m.duplicateRow, { number })}</span>
        <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path d="M5 1h9v10H5zM2 5h2v8h8v2H2z"></path>
        </svg>
      </button>
      <button type="button" class="delete" tabindex=${tab} @click=${() => this.deleteRow(row)}>
        <span class="visually-hidden">${format(m.deleteRow, { number })}</span>
        <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path d="M3 3l10 10M13 3 3 13"></path>
        </svg>
      </button>
    </td>`;
  }

  private placeOf(row: FollowUpRow): { container: string; index: number } | undefined {
    return this.host.view()?.places.get(row.id);
  }

  renderEditor(
    row: FollowUpRow,
    column: FollowUpColumn,
    number: number,
    lang: Lang,
  ): TemplateResult {
    const m = followUpMessages[lang];
    const label = format(m.editorLabel, { column: followUpColumnTitle(column, lang), number });
    if (column === 'status') {
      const status = followUpRowStatus(row) ?? 'todo';
      return html`<select
        class="editor"
        aria-label=${label}
        @keydown=${this.onEditorKeydown}
        @blur=${this.onEditorBlur}
      >
        ${(['todo', 'doing', 'done'] as const).map(
          (s) =>
            html`<option value=${s} ?selected=${s === status}>
              ${followUpStatusName(s, lang)}
            </option>`,
        )}
      </select>`;
    }
    return html`<input
        class="editor"
        type="text"
        aria-label=${label}
        list=${ifDefined(column === 'area' ? `${this.host.uid}-areas` : undefined)}
        .value=${followUpCellText(row, column, lang)}
        @keydown=${this.onEditorKeydown}
        @blur=${this.onEditorBlur}
      />${
        column === 'area'
          ? html`<datalist id="${this.host.uid}-areas">
              ${followUpAreaChoices(lang).map(([, name]) => html`<option value=${name}></option>`)}
            </datalist>`
          : nothing
      }`;
  }

  renderAddButtons(view: TableView, lang: Lang): TemplateResult {
    const m = followUpMessages[lang];
    const groups = view.groups.filter((g) => g.heading);
    return html`<div class="add-rows">
      ${
        groups.length === 0
          ? html`<button type="button" class="add-row" @click=${() => this.addRow('')}>
              ${m.addRow}
            </button>`
          : groups.map(
              (g) =>
                html`<button type="button" class="add-row" @click=${() => this.addRow(g.id)}>
                  ${format(m.addRowIn, { section: g.title })}
                </button>`,
            )
      }
    </div>`;
  }

  renderPasteDialog(lang: Lang): TemplateResult | typeof nothing {
    const plan = this.pastePlan;
    if (!plan) return nothing;
    const m = followUpMessages[lang];
    const text = describeFollowUpPaste(plan, lang);
    return html`<dialog
      class="paste"
      aria-labelledby="${this.host.uid}-paste-title"
      aria-describedby="${this.host.uid}-paste-summary"
      @cancel=${(e: Event) => {
        e.preventDefault();
        this.cancelPaste();
      }}
    >
      <p class="dialog-title" id="${this.host.uid}-paste-title">
        <strong>${m.previewTitle}</strong>
      </p>
      <p id="${this.host.uid}-paste-summary">${text.summary}</p>
      <ul>
        ${text.rows.map((line) => html`<li>${line}</li>`)}
      </ul>
      <div class="dialog-buttons">
        <button type="button" class="apply" @click=${() => this.applyPaste(plan)}>
          ${m.applyPaste}
        </button>
        <button type="button" class="cancel" @click=${this.cancelPaste}>${m.cancelPaste}</button>
      </div>
    </dialog>`;
  }
}
