// The editing half of <mulighetsrom-expectation-matrix>, loaded only once `editable` is set:
// the cell edits (cycle, clear, the star), the editor of rows and columns with its move menus,
// and the texts of the undo steps. A read-only matrix, the common embed, never downloads it.
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type {
  Lang,
  MatrixDocument,
  MatrixMessages,
  ResolvedMatrix,
  ResolvedMatrixItem,
} from '@mulighetsrom/core';
import { format } from '@mulighetsrom/core/i18n/format.js';
import { matrixMessages } from '@mulighetsrom/core/i18n/matrix.js';
import { describeMatrixEdit, type MatrixEdit } from '@mulighetsrom/core/matrix/describe-edit.js';
import {
  addMatrixColumn,
  addMatrixRow,
  clearMatrixCell,
  cycleMatrixCell,
  moveMatrixColumn,
  moveMatrixRow,
  removeMatrixColumn,
  removeMatrixRow,
  renameMatrixColumn,
  renameMatrixRow,
  setMatrixNoAnswer,
  toggleMatrixMain,
} from '@mulighetsrom/core/matrix/edit.js';
import { MoveMenuController } from '../internal/move-menu.js';

export type Axis = 'rows' | 'columns';

/** What a key or click on a grid cell does to it. */
export type CellEdit = 'cycle' | 'clear' | 'main';

/** What the editor needs of the widget: its element, its data and its one way to edit. */
export interface MatrixEditorHost {
  readonly element: ReactiveControllerHost &
    HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };
  /** Prefix of the ids the editor's labels point at. */
  readonly uid: string;
  readonly lang: () => Lang;
  /** The rows or columns of the data (not the view), resolved in the widget's language. */
  readonly axis: (axis: Axis) => readonly ResolvedMatrixItem[];
  /** A document resolved as the widget shows it (a network of models derived first). */
  readonly resolve: (doc: MatrixDocument) => ResolvedMatrix;
  /** The widget's applyEdit(): one undo step, announced unless `announce` is false. */
  readonly applyEdit: (
    change: (doc: MatrixDocument) => MatrixDocument,
    label: string | ((next: MatrixDocument) => string),
    announce?: boolean,
  ) => boolean;
  readonly announce: (text: string) => void;
}

const axisHeading = (m: MatrixMessages, axis: Axis): string =>
  axis === 'rows' ? m.rowsHeading : m.columnsHeading;

export class MatrixEditor {
  /** The move menus of the row and column lists (one container each: no move across). */
  private readonly moves: Readonly<Record<Axis, MoveMenuController>>;

  constructor(private readonly host: MatrixEditorHost) {
    this.moves = { rows: this.moveMenu('rows'), columns: this.moveMenu('columns') };
  }

  /** One edit of a data cell: an undo step named by what it did, announced. */
  edit(row: string, column: string, kind: CellEdit): void {
    const change = { cycle: cycleMatrixCell, clear: clearMatrixCell, main: toggleMatrixMain }[kind];
    const lang = this.host.lang();
    this.host.applyEdit(
      (doc) => change(doc, row, column),
      (next) => {
        const after = this.host.resolve(next);
        const names = {
          row: after.rows.find((r) => r.id === row)?.label ?? row,
          column: after.columns.find((c) => c.id === column)?.label ?? column,
        };
        const cell = after.cells.get(row)?.get(column);
        return describeMatrixEdit(
          kind === 'main'
            ? { kind: 'main', ...names, main: cell?.main === true }
            : { kind: 'cell', ...names, value: cell?.value?.label },
          lang,
        );
      },
    );
  }

  /** The editor of rows and columns: rename, move (menu), remove, add. */
  renderStructure(lang: Lang): TemplateResult {
    const m = matrixMessages[lang];
    const { uid } = this.host;
    return html`<div class="structure" role="group" aria-labelledby="${uid}-structure">
      <p class="legend-title" id="${uid}-structure">${m.structureHeading}</p>
      ${(['rows', 'columns'] as const).map((axis) => {
        const items = this.host.axis(axis);
        const heading = `${uid}-${axis}`;
        return html`<div class="axis axis-${axis}" role="group" aria-labelledby=${heading}>
          <p class="axis-title" id=${heading}>${axisHeading(m, axis)}</p>
          <ol>
            ${items.map(
              (item, index) =>
                html`<li>
                  <input
                    type="text"
                    .value=${item.label}
                    aria-label=${format(m.renameItem, { label: item.label })}
                    @change=${(e: Event) => this.rename(axis, item.id, e.target as HTMLInputElement)}
                  />
                  ${this.moves[axis].render({ container: axis, index }, lang)}
                  ${
                    axis === 'rows'
                      ? html`<label class="no-answer-choice"
                          ><input
                            type="checkbox"
                            .checked=${item.noAnswer}
                            aria-label=${format(m.rowNoAnswer, { label: item.label })}
                            @change=${(e: Event) =>
                              this.setNoAnswer(item, (e.target as HTMLInputElement).checked)}
                          />${m.noAnswer}</label
                        >`
                      : nothing
                  }
                  <button type="button" @click=${() => this.removeItem(axis, item)}>
                    ${format(m.removeItem, { label: item.label })}
                  </button>
                </li>`,
            )}
          </ol>
          <form class="add" @submit=${(e: SubmitEvent) => this.addItem(axis, e)}>
            <label
              >${axis === 'rows' ? m.newRowName : m.newColumnName} <input type="text" name="label"
            /></label>
            <button type="submit">${axis === 'rows' ? m.addRow : m.addColumn}</button>
          </form>
        </div>`;
      })}
    </div>`;
  }

  private moveMenu(axis: Axis): MoveMenuController {
    const { host } = this;
    return new MoveMenuController(host.element, {
      sizes: () => new Map([[axis, host.axis(axis).length]]),
      itemText: (at) => host.axis(axis)[at.index]?.label ?? '',
      containerText: () => axisHeading(matrixMessages[host.lang()], axis),
      move: (from, to) => {
        const label = host.axis(axis)[from.index]?.label ?? '';
        const move = axis === 'rows' ? moveMatrixRow : moveMatrixColumn;
        this.structureEdit(
          (doc) => move(doc, from.index, to.index),
          { kind: axis === 'rows' ? 'rowMoved' : 'columnMoved', label },
          false,
        );
      },
      handle: (at) =>
        host.element.renderRoot.querySelector<HTMLElement>(
          `.axis-${axis} > ol > li:nth-child(${at.index + 1}) .move-handle`,
        ),
      announce: (text) => host.announce(text),
      lang: () => host.lang(),
    });
  }

  /** One edit of the rows or columns: an undo step, announced (the move menu says its own). */
  private structureEdit(
    change: (doc: MatrixDocument) => MatrixDocument,
    edit: MatrixEdit,
    announce = true,
  ): boolean {
    return this.host.applyEdit(change, describeMatrixEdit(edit, this.host.lang()), announce);
  }

  private rename(axis: Axis, id: string, input: HTMLInputElement): void {
    const label = input.value.trim();
    const rename = axis === 'rows' ? renameMatrixRow : renameMatrixColumn;
    const done = this.structureEdit((doc) => rename(doc, id, label), {
      kind: axis === 'rows' ? 'rowRenamed' : 'columnRenamed',
      label: label || id,
    });
    if (!done) input.value = this.host.axis(axis).find((item) => item.id === id)?.label ?? '';
  }

  private removeItem(axis: Axis, item: ResolvedMatrixItem): void {
    const remove = axis === 'rows' ? removeMatrixRow : removeMatrixColumn;
    const at = this.host.axis(axis).findIndex((i) => i.id === item.id);
    const done = this.structureEdit((doc) => remove(doc, item.id), {
      kind: axis === 'rows' ? 'rowRemoved' : 'columnRemoved',
      label: item.label,
    });
    // The button went with its item: focus the item now in its place, else the add field.
    const { element } = this.host;
    if (done)
      void element.updateComplete.then(() => {
        const list = element.renderRoot.querySelector(`.axis-${axis}`);
        const items = list?.querySelectorAll('ol > li') ?? [];
        const near = items[Math.min(at, items.length - 1)];
        (near?.querySelector('input') ?? list?.querySelector<HTMLElement>('form input'))?.focus();
      });
  }

  private setNoAnswer(row: ResolvedMatrixItem, noAnswer: boolean): void {
    this.structureEdit((doc) => setMatrixNoAnswer(doc, row.id, noAnswer), {
      kind: 'noAnswer',
      row: row.label,
      noAnswer,
    });
  }

  private addItem(axis: Axis, event: SubmitEvent): void {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const input = form.querySelector('input')!;
    const label = input.value.trim();
    if (!label) return;
    const add = axis === 'rows' ? addMatrixRow : addMatrixColumn;
    const done = this.structureEdit((doc) => add(doc, { label }), {
      kind: axis === 'rows' ? 'rowAdded' : 'columnAdded',
      label,
    });
    if (done) input.value = '';
  }
}
