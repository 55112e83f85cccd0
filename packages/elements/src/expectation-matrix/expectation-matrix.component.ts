import { ifDefined } from 'lit/directives/if-defined.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type {
  Lang,
  MatrixDocument,
  MatrixTally,
  ParseResult,
  ResolvedMatrix,
  ResolvedMatrixItem,
} from '@mulighetsrom/core';
import { commonMessages } from '@mulighetsrom/core/i18n/common.js';
import { format } from '@mulighetsrom/core/i18n/format.js';
import { matrixMessages } from '@mulighetsrom/core/i18n/matrix.js';
import {
  describeMatrixConsensus,
  describeMatrixTally,
  matrixCaption,
  matrixItemsValue,
  matrixLegend,
  summarizeMatrixConsensus,
} from '@mulighetsrom/core/matrix/describe.js';
import { matrixToCsv } from '@mulighetsrom/core/matrix/csv.js';
import { networkOfModels } from '@mulighetsrom/core/matrix/derive.js';
import { matrixChecks, quickParseMatrix } from '@mulighetsrom/core/matrix/matrix-schema.js';
import { resolveMatrix, transposeMatrix } from '@mulighetsrom/core/matrix/resolve.js';
import {
  matrixConsensus,
  tallyMatrixColumns,
  tallyMatrixRows,
} from '@mulighetsrom/core/matrix/tally.js';
import { offerFile } from '../internal/offer-file.js';
import type { MaybeLater } from '../internal/data-source.js';
import type { WidgetEvents } from '../internal/events.js';
import { byData } from '../internal/by-data.js';
import { lazy } from '../internal/lazy.js';
import { MulighetsromElement } from '../internal/mulighetsrom-element.js';
import { printOnPage } from '../internal/print-page.js';
import { ContainerWidthController } from '../internal/container-width.js';
import { RovingFocusController } from '../internal/roving-focus.js';
import { matrixStyles } from './expectation-matrix.styles.js';
import type { Axis, CellEdit, MatrixEditor } from './matrix-editor.js';

// Parts the first render does not need, loaded on first use and shared by every instance: the
// texts of bad data, and the editing half (loaded as soon as `editable` is set). vite.config.ts
// keeps the matrix's modules they share with the first render out of the chunk every widget's
// page loads. The CSV writer (0.3 kB gzip) stays in the first download: as a part of its own it
// cost the CDN folder more than it saved.
const errorsPart = lazy(() => import('./matrix-errors.js'));

/** The edit a key on a grid cell makes, if any (the arrows are the roving focus's). */
function cellEditOf(event: KeyboardEvent, hasMain: boolean): CellEdit | undefined {
  if (event.key === ' ' || event.key === 'Enter') return 'cycle';
  if (event.key === 'Delete' || event.key === 'Backspace') return 'clear';
  return event.key === '*' && hasMain ? 'main' : undefined;
}

let instances = 0;

/** `mulighetsrom-select` of the matrix: the focused cell (`id` is `row/column`), or null. */
export interface MatrixSelectDetail {
  readonly id: string | null;
  readonly row?: string;
  readonly column?: string;
}

/** The matrix's events, typed by its data (`detail.value: MatrixDocument`). */
export type MatrixEvents = WidgetEvents<MatrixDocument, MatrixSelectDetail>;

/** A run of neighbouring columns with the same group (a spanning header). */
interface ColumnGroup {
  readonly label: string | undefined;
  readonly span: number;
}

function columnGroups(columns: readonly ResolvedMatrixItem[]): ColumnGroup[] {
  const groups: { label: string | undefined; span: number }[] = [];
  for (const column of columns) {
    const last = groups[groups.length - 1];
    if (last && last.label === column.group) last.span++;
    else groups.push({ label: column.group, span: 1 });
  }
  return groups;
}

// Separates the row and column ids of a grid cell's key (ids are JSON strings, never control
// characters in practice; a clash only moves focus to the first such cell).
const SEP = '\u001f';
const cellKey = (row: string, column: string): string => `${row}${SEP}${column}`;

/** What the render needs of one view (language × transposed), worked out once per data. */
interface MatrixView {
  readonly matrix: ResolvedMatrix;
  readonly columnTallies: readonly MatrixTally[];
  readonly rowTallies: readonly MatrixTally[];
  readonly agreed: ReadonlyMap<string, string>;
  readonly summary: string;
  /** The row and column ids, for the Tab stop's quick check. */
  readonly rowIds: ReadonlySet<string>;
  readonly columnIds: ReadonlySet<string>;
}

/**
 * Who expects what of whom, and where a network of offices stands: a real table with caption,
 * scoped headers, column groups, a legend, tallies per row and column and the columns where
 * all agree. Each cell shows its value by symbol, text and colour; the main area by a star and
 * text. Four presets (`radmann`, `fylkesdirektor`, `network-status`, `network-priorities`) give
 * rows, columns and scale in nb, nn and en. With `editable` the table becomes an ARIA grid:
 * arrows, Home/End, Ctrl+Home/End, PageUp/PageDown move; Space/Enter cycles the scale; Delete
 * clears; each edit is an undo step. Below a container width of 36rem a read-only matrix shows
 * one list per row.
 *
 * @tagname mulighetsrom-expectation-matrix
 * @summary An expectation or network matrix: table, legend, tallies, consensus, editable grid.
 *
 * @event mulighetsrom-select - A cell of the editable grid got focus (`detail.id`, `row`, `column`).
 * @event mulighetsrom-change - The user edited a cell (`detail.value`), or undid or redid an edit.
 * @event mulighetsrom-error - Input data was rejected (`detail.errors`); the last good data stays.
 *
 * @csspart table - The table (a grid when editable).
 * @csspart legend - The legend: every scale value, the empty cell, the star, «no answer».
 * @csspart toolbar - The transpose, CSV and print buttons.
 * @csspart lists - The narrow layout: one list per row.
 * @csspart errors - The box listing data errors.
 *
 * @cssprop --mulighetsrom-color-status-strong-background - Fill of a held or strong value (also -border, -text; same for improve, planned, unknown).
 * @cssprop --mulighetsrom-color-focus-ring - The focus ring.
 * @cssprop --mulighetsrom-matrix-max-height - Largest height of the scroll region (default 70vh).
 */
export class MulighetsromExpectationMatrix extends MulighetsromElement<
  MatrixDocument,
  MatrixSelectDetail
> {
  static override styles = [MulighetsromElement.styles, matrixStyles];

  /** Shows the data's columns as rows and its rows as columns (a view: the data stays). */
  @property({ type: Boolean, reflect: true }) transposed = false;

  /** Shows buttons to transpose, download CSV and print. */
  @property({ type: Boolean, reflect: true }) toolbar = false;

  private readonly uid = `mr-matrix-${++instances}`;
  /** The grid cell last reported by mulighetsrom-select. */
  private selectedKey: string | undefined;

  /** parseMatrix() returns a deep copy of its input. */
  protected static override readonly parseCopiesInput = true;

  /** Below 36rem (the styles' container query) a read-only matrix shows one list per row. */
  private readonly width = new ContainerWidthController(this, 36);

  /** The editable grid's single Tab stop. */
  private readonly roving = new RovingFocusController<string>(this, {
    layout: 'grid',
    rows: () => {
      const matrix = this.view()?.matrix;
      if (!matrix) return [];
      return matrix.rows.map((row) => matrix.columns.map((column) => cellKey(row.id, column.id)));
    },
    element: (key) => this.cellElement(key),
    lookup: {
      has: (key) => {
        const view = this.view();
        const at = key.indexOf(SEP);
        return !!view?.rowIds.has(key.slice(0, at)) && view.columnIds.has(key.slice(at + 1));
      },
      first: () => {
        const matrix = this.view()?.matrix;
        const [row, column] = [matrix?.rows[0], matrix?.columns[0]];
        return row && column ? cellKey(row.id, column.id) : undefined;
      },
    },
  });

  /**
   * The editing half: cell edits, the row and column editor. Loaded once `editable` is set;
   * a subclass may load it another way (the tests hold it back to see the loading state).
   */
  protected static readonly editingPart = lazy(() => import('./matrix-editor.js'));
  private editor?: MatrixEditor;
  private editorRequested = false;
  /** Cell edits made before the editing half arrived, in order: made once it is there. */
  private readonly queued: { row: string; column: string; kind: CellEdit }[] = [];

  private cached?: {
    readonly doc: MatrixDocument;
    readonly lang: Lang;
    readonly transposed: boolean;
    readonly view: MatrixView;
  };

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Start loading as soon as the widget is editable: usually there before the user acts.
    if (this.editable && !this.editorRequested) this.loadEditor();
  }

  private loadEditor(): void {
    this.editorRequested = true;
    const part = (this.constructor as typeof MulighetsromExpectationMatrix).editingPart;
    this.parts.with(part, ({ MatrixEditor }) => {
      const editor = (this.editor ??= new MatrixEditor({
        element: this,
        uid: this.uid,
        lang: () => this.language,
        axis: (axis) => this.axis(axis),
        resolve: (doc) => resolveMatrix(this.source(doc, this.language), this.language),
        applyEdit: (change, label, announce) => this.applyEdit(change, label, announce),
        announce: (text) => this.announcer.announce(text),
      }));
      for (const { row, column, kind } of this.queued.splice(0)) editor.edit(row, column, kind);
    });
  }

  protected parseData(input: unknown): MaybeLater<ParseResult<MatrixDocument>> {
    const value = quickParseMatrix(input);
    if (value !== undefined) return { ok: true, value };
    return errorsPart.load().then(({ matrixErrors }) => matrixErrors(input, matrixChecks));
  }

  // ---------------------------------------------------------------- public API

  /** The matrix as CSV (formula-safe), as shown (transposed too). Loads the export on first use. */
  async exportCSV(): Promise<string> {
    await this.updateComplete;
    const view = this.view();
    return view ? matrixToCsv(view.matrix, this.language, { tallies: true }) : '';
  }

  // ---------------------------------------------------------------- view

  /** The resolved matrix of the current data, language and orientation, with its tallies. */
  private view(): MatrixView | undefined {
    const doc = this.current;
    if (!doc) return undefined;
    const lang = this.language;
    const c = this.cached;
    if (c && c.doc === doc && c.lang === lang && c.transposed === this.transposed) return c.view;
    const resolved = resolveMatrix(this.source(doc, lang), lang);
    const matrix = this.transposed ? transposeMatrix(resolved) : resolved;
    const columnTallies = tallyMatrixColumns(matrix);
    const consensus = matrixConsensus(matrix, columnTallies);
    const view: MatrixView = {
      matrix,
      columnTallies,
      rowTallies: tallyMatrixRows(matrix),
      agreed: new Map(consensus.map((one) => [one.id, describeMatrixConsensus(matrix, one)])),
      summary: summarizeMatrixConsensus(matrix, consensus),
      rowIds: new Set(matrix.rows.map((row) => row.id)),
      columnIds: new Set(matrix.columns.map((column) => column.id)),
    };
    this.cached = { doc, lang, transposed: this.transposed, view };
    return view;
  }

  /** The document to resolve: for a network of model documents, the matrix derived from them. */
  private source(doc: MatrixDocument, lang: Lang): MatrixDocument {
    return networkOfModels(doc, lang);
  }

  /** The rows or columns of the data (not the view), resolved in the widget's language. */
  private axis(axis: Axis): readonly ResolvedMatrixItem[] {
    const doc = this.current;
    return doc ? resolveMatrix(this.source(doc, this.language), this.language)[axis] : [];
  }

  /** The data's (row, column) of a view cell: swapped in a transposed view. */
  private dataCell(row: string, column: string): { row: string; column: string } {
    return this.transposed ? { row: column, column: row } : { row, column };
  }

  // ---------------------------------------------------------------- events

  private cellElement(key: string): HTMLElement | undefined {
    return byData(this.renderRoot, 'td', 'key', key);
  }

  private cellOf(event: Event): HTMLElement | undefined {
    const target = event.target instanceof Element ? event.target.closest('td[data-key]') : null;
    return target instanceof HTMLElement ? target : undefined;
  }

  private onGridKeydown = (event: KeyboardEvent): void => {
    const cell = this.cellOf(event);
    const key = cell?.dataset['key'];
    if (!cell || key === undefined) return;
    const kind = cellEditOf(event, !!this.view()?.matrix.main);
    if (kind) {
      event.preventDefault();
      const [row = '', column = ''] = key.split(SEP);
      this.edit(row, column, kind);
    } else {
      this.roving.onKeydown(event, key);
    }
  };

  private onGridFocus = (event: FocusEvent): void => {
    const key = this.cellOf(event)?.dataset['key'];
    if (key === undefined || key === this.selectedKey) return;
    this.selectedKey = key;
    this.roving.activate(key);
    const [row = '', column = ''] = key.split(SEP);
    const cell = this.dataCell(row, column);
    this.emit('mulighetsrom-select', { id: `${cell.row}/${cell.column}`, ...cell });
  };

  private onGridClick = (event: MouseEvent): void => {
    const key = this.cellOf(event)?.dataset['key'];
    if (key === undefined) return;
    const [row = '', column = ''] = key.split(SEP);
    this.edit(row, column, 'cycle');
  };

  /** One edit of a view cell; made once the editing half is there if it is still loading. */
  private edit(viewRow: string, viewColumn: string, kind: CellEdit): void {
    const { row, column } = this.dataCell(viewRow, viewColumn);
    // The grid is editable only after willUpdate() started loading the part: it drains this.
    if (this.editor) this.editor.edit(row, column, kind);
    else this.queued.push({ row, column, kind });
  }

  private toggleTransposed = (): void => {
    this.transposed = !this.transposed;
  };

  private downloadCsv = async (): Promise<void> => {
    await offerFile(
      async () => new Blob([await this.exportCSV()], { type: 'text/csv;charset=utf-8' }),
      this.view()?.matrix.title,
      'csv',
    );
  };

  private print = (): void => printOnPage('A4 landscape');

  // ---------------------------------------------------------------- render

  override render() {
    const view = this.view();
    if (!view) return html`${this.renderNotices()}`;
    const lang = this.language;
    const m = matrixMessages[lang];
    const { matrix } = view;
    const caption = matrixCaption(matrix);
    return html`${this.renderNotices()}
      <div class="matrix ${this.editable ? 'editable' : 'readonly'}">
        ${this.toolbar ? this.renderToolbar(lang) : nothing}
        ${
          this.editable
            ? html`<div class="edit-bar">${this.history.renderButtons(lang)}</div>
                <p class="help" id="${this.uid}-help">
                  ${m.gridHelp} ${matrix.main ? m.gridHelpMain : nothing}
                  ${this.current?.models ? m.gridHelpDerived : nothing}
                </p>`
            : nothing
        }
        <div
          class="scroll"
          role="region"
          tabindex="0"
          aria-label=${format(m.scrollRegion, { title: caption })}
        >
          ${this.renderTable(view, caption, lang)}
        </div>
        <p class="summary">${view.summary}</p>
        ${this.renderLegend(matrix)}
        ${
          !this.editable
            ? // Rendered only when narrow: at 50 × 40 they are as many nodes as the table.
              this.width.narrow
              ? this.renderLists(view)
              : nothing
            : this.current?.models
              ? nothing
              : (this.editor?.renderStructure(lang) ?? nothing)
        }
      </div>`;
  }

  private renderToolbar(lang: Lang): TemplateResult {
    const m = matrixMessages[lang];
    return html`<div class="toolbar" part="toolbar" role="group" aria-label=${m.toolbarLabel}>
      <button
        type="button"
        aria-pressed=${this.transposed ? 'true' : 'false'}
        @click=${this.toggleTransposed}
      >
        ${m.transpose}
      </button>
      <button type="button" @click=${this.downloadCsv}>${m.exportCsv}</button>
      <button type="button" @click=${this.print}>${commonMessages[lang].print}</button>
    </div>`;
  }

  private renderTable(view: MatrixView, caption: string, lang: Lang): TemplateResult {
    const m = matrixMessages[lang];
    const { matrix, agreed } = view;
    const groups = columnGroups(matrix.columns);
    const grouped = groups.some((g) => g.label !== undefined);
    const editable = this.editable;
    return html`<table
      part="table"
      role=${ifDefined(editable ? 'grid' : undefined)}
      aria-describedby=${editable ? `${this.uid}-help` : nothing}
      @keydown=${editable ? this.onGridKeydown : nothing}
      @focusin=${editable ? this.onGridFocus : nothing}
      @click=${editable ? this.onGridClick : nothing}
    >
      <caption>
        ${caption}
      </caption>
      <colgroup class="heads"></colgroup>
      ${groups.map((g) => html`<colgroup span=${g.span}></colgroup>`)}
      <colgroup class="tallies"></colgroup>
      <thead>
        ${
          grouped
            ? html`<tr class="groups">
                <td></td>
                ${groups.map((g) =>
                  g.label === undefined
                    ? html`<td colspan=${g.span}></td>`
                    : html`<th scope="colgroup" colspan=${g.span}>${g.label}</th>`,
                )}
                <td></td>
              </tr>`
            : nothing
        }
        <tr>
          ${
            matrix.rowHeading
              ? html`<th scope="col" class="corner">${matrix.rowHeading}</th>`
              : html`<td class="corner"></td>`
          }
          ${matrix.columns.map(
            (column) =>
              html`<th scope="col" class=${agreed.has(column.id) ? 'consensus' : ''}>
                ${column.label}
              </th>`,
          )}
          <th scope="col" class="tally">${m.tallyHeading}</th>
        </tr>
      </thead>
      <tbody>
        ${matrix.rows.map(
          (row, i) =>
            html`<tr class=${row.noAnswer ? 'no-answer' : ''}>
              <th scope="row">
                ${row.label}${
                  row.noAnswer
                    ? html` <span class="tag">(${matrix.noAnswer.label})</span>`
                    : nothing
                }
              </th>
              ${matrix.columns.map((column) => this.renderCell(matrix, row, column))}
              <td class="tally">${describeMatrixTally(matrix, view.rowTallies[i]!)}</td>
            </tr>`,
        )}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">${m.tallyHeading}</th>
          ${view.columnTallies.map((t) => html`<td class="tally">${describeMatrixTally(matrix, t)}</td>`)}
          <td></td>
        </tr>
        <tr class="agreement">
          <th scope="row">${m.consensusHeading}</th>
          ${matrix.columns.map((column) => html`<td>${agreed.get(column.id) ?? ''}</td>`)}
          <td></td>
        </tr>
      </tfoot>
    </table>`;
  }

  private renderCell(
    matrix: ResolvedMatrix,
    row: ResolvedMatrixItem,
    column: ResolvedMatrixItem,
  ): TemplateResult {
    const silent = row.noAnswer || column.noAnswer;
    const cell = silent ? undefined : matrix.cells.get(row.id)?.get(column.id);
    const value = cell?.value;
    const tone = silent ? 'no-answer' : (value?.tone ?? 'empty');
    const symbol = silent ? matrix.noAnswer.symbol : (value?.symbol ?? '');
    const text = matrixItemsValue(matrix, row, column);
    // One flat template per cell (2,000 of them at 50 × 40): an empty symbol span is hidden by
    // the styles; the star is the rare nested part.
    const star =
      cell?.main && matrix.main
        ? html`<span class="star" aria-hidden="true">${matrix.main.symbol}</span>`
        : nothing;
    const textClass = value || silent || cell?.main ? 'text' : 'visually-hidden';
    if (!this.editable)
      return html`<td class="cell tone-${tone}">
        <span class="symbol" aria-hidden="true">${symbol}</span>${star}<span class=${textClass}
          >${text}</span
        >
      </td>`;
    const key = cellKey(row.id, column.id);
    return html`<td class="cell tone-${tone}" data-key=${key} tabindex=${this.roving.tabIndex(key)}>
      <span class="symbol" aria-hidden="true">${symbol}</span>${star}<span class=${textClass}
        >${text}</span
      >
    </td>`;
  }

  private renderLegend(matrix: ResolvedMatrix): TemplateResult {
    const legend = matrixLegend(matrix);
    return html`<div class="legend" part="legend">
      <p class="legend-title" id="${this.uid}-legend">${legend.title}</p>
      <ul aria-labelledby="${this.uid}-legend">
        ${legend.items.map(
          (item) =>
            html`<li>
              <span
                class="swatch tone-${item.tone === 'unknown' && !item.symbol ? 'empty' : item.tone}"
                aria-hidden="true"
                >${item.symbol}</span
              >${item.label}
            </li>`,
        )}
      </ul>
    </div>`;
  }

  /** The narrow layout (read-only): one list per row, each cell as «column: value». */
  private renderLists(view: MatrixView): TemplateResult {
    const { matrix } = view;
    const m = matrixMessages[matrix.lang];
    return html`<div class="lists" part="lists">
      ${matrix.rows.map((row, i) => {
        const id = `${this.uid}-row-${i}`;
        return html`<div class="row-list" role="group" aria-labelledby=${id}>
          <p class="row-title" id=${id}>${row.label}</p>
          <ul>
            ${matrix.columns.map((column) => {
              const silent = row.noAnswer || column.noAnswer;
              const cell = silent ? undefined : matrix.cells.get(row.id)?.get(column.id);
              const tone = silent ? 'no-answer' : (cell?.value?.tone ?? 'empty');
              const symbol = silent ? matrix.noAnswer.symbol : (cell?.value?.symbol ?? '');
              return html`<li>
                <span class="swatch tone-${tone}" aria-hidden="true"
                  >${symbol}${cell?.main && matrix.main ? matrix.main.symbol : ''}</span
                >
                ${column.label}: ${matrixItemsValue(matrix, row, column)}
              </li>`;
            })}
            <li class="list-tally">
              ${m.tallyHeading}: ${describeMatrixTally(matrix, view.rowTallies[i]!)}
            </li>
          </ul>
        </div>`;
      })}
    </div>`;
  }
}
