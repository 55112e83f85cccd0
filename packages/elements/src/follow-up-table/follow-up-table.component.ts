import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import type {
  FollowUpColumn,
  FollowUpDocument,
  FollowUpFilter,
  FollowUpMessages,
  FollowUpRow,
  FollowUpRowIssue,
  FollowUpSort,
  FollowUpStatus,
  Lang,
  ParseResult,
  PastePlan,
} from '@mulighetsrom/core';
import { commonMessages } from '@mulighetsrom/core/i18n/common.js';
import { format } from '@mulighetsrom/core/i18n/format.js';
import { followUpMessages } from '@mulighetsrom/core/i18n/follow-up.js';
import { isoDay, todayIso } from '@mulighetsrom/core/follow-up/dates.js';
import {
  addFollowUpRow,
  deleteFollowUpRow,
  duplicateFollowUpRow,
  moveFollowUpRow,
  followUpRowNumbers,
  followUpRows,
  setFollowUpCell,
} from '@mulighetsrom/core/follow-up/edit.js';
import {
  followUpToCsv,
  followUpToMarkdown,
  followUpToText,
} from '@mulighetsrom/core/follow-up/export.js';
import {
  describeFollowUpPaste,
  followUpPastedText,
  planFollowUpPaste,
} from '@mulighetsrom/core/follow-up/paste.js';
import {
  followUpAreaChoices,
  followUpAreaText,
  FOLLOW_UP_COLUMNS,
  followUpCellText,
  followUpColumnTitle,
  followUpFilterChoices,
  followUpRowMatches,
  followUpRowState,
  followUpSectionTitle,
  followUpStatusName,
  followUpSummaryText,
  followUpTimelineItems,
  groupFollowUpRows,
  followUpRowStatus,
  sortFollowUpRows,
  summarizeFollowUp,
} from '@mulighetsrom/core/follow-up/plan.js';
import {
  followUpChecks,
  followUpRowIssues,
  quickParseFollowUp,
} from '@mulighetsrom/core/follow-up/schema.js';
import type { MaybeLater } from '../internal/data-source.js';
import type { WidgetEvents } from '../internal/events.js';
import { lazy } from '../internal/lazy.js';
import { MoveMenuController } from '../internal/move-menu.js';
import { MulighetsromElement } from '../internal/mulighetsrom-element.js';
import { offerFile } from '../internal/offer-file.js';
import { printOnPage } from '../internal/print-page.js';
import { RovingFocusController } from '../internal/roving-focus.js';
import { followUpStyles } from './follow-up-table.styles.js';

const errorsPart = lazy(() => import('./follow-up-errors.js'));
/** The timeline view with d3's scale and ticks: loaded when first shown. */
const timelinePart = lazy(() => import('./follow-up-timeline.js'));

/** Rows per row group: each group skips layout while off screen (content-visibility). */
const CHUNK = 25;
const SEP = '\u001f';
const cellKey = (id: string, column: FollowUpColumn): string => `${id}${SEP}${column}`;
const splitKey = (key: string): [string, FollowUpColumn] => {
  const at = key.lastIndexOf(SEP);
  return [key.slice(0, at), key.slice(at + 1) as FollowUpColumn];
};
const ISO = /^\d{4}-\d{2}-\d{2}$/;

let instances = 0;

/** The follow-up table's events, typed by its data (`detail.value: FollowUpDocument`). */
export type FollowUpEvents = WidgetEvents<FollowUpDocument>;

interface ViewGroup {
  readonly id: string;
  readonly title: string;
  readonly heading: boolean;
  /** The rows shown (filtered, sorted). */
  readonly rows: readonly FollowUpRow[];
  /** Every row of the section, in plan order (for moves). */
  readonly size: number;
}

interface TableView {
  readonly doc: FollowUpDocument;
  readonly rows: readonly FollowUpRow[];
  readonly groups: readonly ViewGroup[];
  readonly numbers: ReadonlyMap<string, number>;
  readonly visibleIds: readonly string[];
  /** The same ids as a set, for the Tab stop's quick check. */
  readonly visible: ReadonlySet<string>;
  readonly sections: ReadonlySet<string>;
  /** The rows of each section in plan order (unsorted, unfiltered): what moves count in. */
  readonly planGroups: ReadonlyMap<string, readonly FollowUpRow[]>;
  /** Where each row stands for moves: its section's id and its index there, in plan order. */
  readonly places: ReadonlyMap<string, { readonly container: string; readonly index: number }>;
  readonly summary: string;
  readonly shown: number;
}

function issueText(issue: FollowUpRowIssue, m: FollowUpMessages, lang: Lang): string {
  switch (issue.key) {
    case 'endBeforeStart':
      return m.endBeforeStart;
    case 'invalidDate':
      return format(m.invalidDate, { value: issue.value });
    case 'invalidStatus':
      return format(m.invalidStatus, { value: issue.value });
    case 'invalidArea':
      return format(m.invalidArea, { value: issue.value });
    case 'unknownSection':
      return format(m.unknownSection, { id: issue.value });
    case 'expectedText': {
      const column = issue.field === 'section' ? 'what' : issue.field;
      const title =
        column === 'start' || column === 'end' ? m.colWhen : followUpColumnTitle(column, lang);
      return format(m.expectedText, { column: title });
    }
  }
}

/** The column a row issue is shown in. */
const issueColumn = (issue: FollowUpRowIssue): FollowUpColumn =>
  issue.field === 'start' || issue.field === 'end'
    ? 'when'
    : issue.field === 'section'
      ? 'what'
      : issue.field;

/**
 * The follow-up plan («Plan for oppfølging»), the joint business plan and the development plans:
 * a real table (caption, scoped headers, sections as row groups with headings) laid out as CSS
 * grid with subgrid, every part with its explicit ARIA role, rows in groups of 25 that skip
 * layout off screen; every row stays in the DOM. Overdue rows (end passed, not done) are marked
 * in text and colour, an end before the start is flagged, a summary line counts done, in
 * progress and overdue. Sort by any column (a button in the header, `aria-sort`), filter by
 * status, area and responsible. With `editable`: one labelled editor at a time (Enter/F2 edit,
 * Escape cancels, Tab/Enter saves), add, delete, duplicate, move by the move menu or by drag,
 * paste from a spreadsheet (a preview when more than one row changes), undo. Below a container
 * width of 40rem each row is a card. `toolbar` adds a timeline view, CSV, text and Markdown
 * downloads, and print (every row, A4 landscape, header repeated).
 *
 * @tagname mulighetsrom-follow-up-table
 * @summary A follow-up plan: table, sections, overdue, sort, filters, editing, paste, timeline.
 *
 * @event mulighetsrom-change - The user edited the plan (`detail.value`), or undid or redid an edit.
 * @event mulighetsrom-error - Input data was rejected (`detail.errors`); the last good plan stays.
 *
 * @csspart table - The table.
 * @csspart toolbar - The view, download and print buttons.
 * @csspart filters - The filters.
 * @csspart timeline - The timeline view.
 * @csspart errors - The box listing data errors.
 *
 * @cssprop --mulighetsrom-color-status-improve-background - Fill of an overdue row (also -border, -text).
 * @cssprop --mulighetsrom-color-status-strong-background - Fill of a done status (also -border, -text).
 * @cssprop --mulighetsrom-color-focus-ring - The focus ring.
 * @cssprop --mulighetsrom-follow-up-max-height - Largest height of the scroll region (default 70vh).
 */
export class MulighetsromFollowUpTable extends MulighetsromElement<FollowUpDocument> {
  static override styles = [MulighetsromElement.styles, followUpStyles];

  /** Shows buttons for the timeline view, the downloads and print. */
  @property({ type: Boolean, reflect: true }) toolbar = false;

  /** `timeline` adds the timeline above the table. */
  @property({ reflect: true }) view: 'table' | 'timeline' = 'table';

  /** Today as an ISO date (`YYYY-MM-DD`), for overdue rows; else the clock's date. */
  @property() today?: string;

  /** The clock, when `today` is not set (tests and demos may set their own). */
  @property({ attribute: false }) now: () => Date = () => new Date();

  @state() private sort?: FollowUpSort;
  @state() private filter: FollowUpFilter = {};
  @state() private editing?: { readonly id: string; readonly column: FollowUpColumn };
  @state() private pastePlan?: PastePlan;
  @state() private printing = false;

  private readonly uid = `mr-follow-up-${++instances}`;
  private dragging?: string;
  private cached?: { readonly key: readonly unknown[]; readonly view: TableView };

  protected static override readonly parseCopiesInput = true;

  private readonly roving = new RovingFocusController<string>(this, {
    layout: 'grid',
    rows: () =>
      (this.tableView()?.visibleIds ?? []).map((id) =>
        FOLLOW_UP_COLUMNS.map((c) => cellKey(id, c)),
      ),
    element: (key) => this.cellElement(key),
    pageSize: 10,
    lookup: {
      has: (key) => {
        const [id, column] = splitKey(key);
        return FOLLOW_UP_COLUMNS.includes(column) && !!this.tableView()?.visible.has(id);
      },
      first: () => {
        const id = this.tableView()?.visibleIds[0];
        return id === undefined ? undefined : cellKey(id, FOLLOW_UP_COLUMNS[0]!);
      },
    },
  });

  private readonly moves = new MoveMenuController(this, {
    sizes: () => new Map((this.tableView()?.groups ?? []).map((g) => [g.id, g.size])),
    itemText: (at) => this.itemText(this.rowAt(at.container, at.index)),
    containerText: (id) =>
      this.tableView()?.groups.find((g) => g.id === id)?.title ??
      followUpMessages[this.language].noSection,
    move: (from, to) => {
      const doc = this.current;
      if (!doc) return;
      const next = moveFollowUpRow(doc, from, to);
      const row = this.rowAt(from.container, from.index);
      if (next !== doc)
        this.commitEdit(
          next,
          format(followUpMessages[this.language].rowMoved, { item: this.itemText(row) }),
        );
    },
    handle: (at) => {
      const row = this.rowAt(at.container, at.index);
      return row ? this.rowElement(row.id)?.querySelector<HTMLElement>('.move-handle') : undefined;
    },
    announce: (text) => this.announcer.announce(text),
    lang: () => this.language,
  });

  protected parseData(input: unknown): MaybeLater<ParseResult<FollowUpDocument>> {
    const value = quickParseFollowUp(input);
    if (value !== undefined) return { ok: true, value };
    return errorsPart.load().then(({ followUpErrors }) => followUpErrors(input, followUpChecks));
  }

  // ---------------------------------------------------------------- public API

  /** The plan as CSV (UTF-8 BOM, formula-safe), every row. */
  async exportCSV(): Promise<string> {
    await this.updateComplete;
    return this.current ? followUpToCsv(this.current, this.language) : '';
  }

  /** The plan as plain text, every row. */
  async exportText(): Promise<string> {
    await this.updateComplete;
    return this.current ? followUpToText(this.current, this.language, this.todayDate()) : '';
  }

  /** The plan as Markdown, every row. */
  async exportMarkdown(): Promise<string> {
    await this.updateComplete;
    return this.current ? followUpToMarkdown(this.current, this.language, this.todayDate()) : '';
  }

  // ---------------------------------------------------------------- view

  private todayDate(): string {
    return this.today && ISO.test(this.today) ? this.today : todayIso(this.now());
  }

  private get movable(): boolean {
    const f = this.filter;
    return (
      !this.sort && f.status === undefined && f.area === undefined && f.responsible === undefined
    );
  }

  private tableView(): TableView | undefined {
    const doc = this.current;
    if (!doc) return undefined;
    const lang = this.language;
    const today = this.todayDate();
    const filter = this.printing ? {} : this.filter;
    const key = [doc, lang, today, this.sort, filter];
    const c = this.cached;
    if (c && c.key.every((part, i) => part === key[i])) return c.view;
    const rows = followUpRows(doc);
    const full = { ...doc, rows };
    const groups = groupFollowUpRows(full);
    const hasSections = (doc.sections?.length ?? 0) > 0;
    const viewGroups: ViewGroup[] = groups.map((group) => ({
      id: group.id,
      title: followUpSectionTitle(group, lang),
      heading: hasSections,
      size: group.rows.length,
      rows: sortFollowUpRows(
        group.rows.filter((row) => followUpRowMatches(row, filter, today)),
        this.sort,
        lang,
      ),
    }));
    const visibleIds = viewGroups.flatMap((g) => g.rows.map((r) => r.id));
    const view: TableView = {
      doc,
      rows,
      groups: viewGroups,
      numbers: followUpRowNumbers(full),
      visibleIds,
      visible: new Set(visibleIds),
      sections: this.sectionIds(doc, c?.view),
      planGroups: new Map(groups.map((g) => [g.id, g.rows])),
      places: new Map(
        groups.flatMap((g) =>
          g.rows.map((row, index) => [row.id, { container: g.id, index }] as const),
        ),
      ),
      summary: followUpSummaryText(summarizeFollowUp(rows, today), lang),
      shown: viewGroups.reduce((n, g) => n + g.rows.length, 0),
    };
    this.cached = { key, view };
    return view;
  }

  /** The row at a place in plan order; from the cached view, since every row's move handle asks. */
  private rowAt(container: string, index: number): FollowUpRow | undefined {
    return this.tableView()?.planGroups.get(container)?.[index];
  }

  private itemText(row: FollowUpRow | undefined): string {
    if (!row) return '';
    const m = followUpMessages[this.language];
    const name = format(m.rowName, { number: this.tableView()?.numbers.get(row.id) ?? 0 });
    return typeof row.what === 'string' && row.what.trim() ? `${name}: ${row.what}` : name;
  }

  private rowElement(id: string): HTMLElement | undefined {
    for (const tr of this.renderRoot.querySelectorAll<HTMLElement>('tr[data-id]'))
      if (tr.dataset['id'] === id) return tr;
    return undefined;
  }

  private cellElement(key: string): HTMLElement | undefined {
    const [id, column] = splitKey(key);
    return (
      this.rowElement(id)?.querySelector<HTMLElement>(`td[data-column="${column}"]`) ?? undefined
    );
  }

  // ---------------------------------------------------------------- editing

  /** One edit: an undo step named `label`; announced when `announce`. */
  private change(next: FollowUpDocument, label: string, announce: boolean): boolean {
    return this.applyEdit(() => next, label, announce);
  }

  private number(id: string): number {
    return this.tableView()?.numbers.get(id) ?? 0;
  }

  private async startEdit(id: string, column: FollowUpColumn): Promise<void> {
    if (!this.editable) return;
    this.editing = { id, column };
    this.roving.activate(cellKey(id, column));
    await this.updateComplete;
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
    const doc = this.current;
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
    const keys = (this.tableView()?.visibleIds ?? []).flatMap((id) =>
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

  private onGridKeydown = (event: KeyboardEvent): void => {
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
      const doc = this.current;
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

  private onGridFocus = (event: FocusEvent): void => {
    const cell = this.cellOf(event);
    const key = cell && event.target === cell ? this.keyOf(cell) : undefined;
    if (key) this.roving.activate(key);
  };

  private onGridDblclick = (event: MouseEvent): void => {
    const cell = this.cellOf(event);
    const key = cell ? this.keyOf(cell) : undefined;
    if (key && !this.editing) void this.startEdit(...splitKey(key));
  };

  private addRow(section: string): void {
    const doc = this.current;
    if (!doc) return;
    const { doc: next, id } = addFollowUpRow(doc, section ? { section } : {});
    const number = followUpRowNumbers({ ...next, rows: followUpRows(next) }).get(id) ?? 0;
    if (this.change(next, format(followUpMessages[this.language].rowAdded, { number }), true))
      void this.roving.focus(cellKey(id, 'what'));
  }

  private deleteRow(row: FollowUpRow): void {
    const doc = this.current;
    const view = this.tableView();
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
        void this.updateComplete.then(() =>
          this.renderRoot.querySelector<HTMLElement>('.add-row')?.focus(),
        );
    }
  }

  private duplicateRow(row: FollowUpRow): void {
    const doc = this.current;
    if (!doc) return;
    const { doc: next, id } = duplicateFollowUpRow(doc, row.id);
    if (!id) return;
    const number = followUpRowNumbers({ ...next, rows: followUpRows(next) }).get(id) ?? 0;
    if (this.change(next, format(followUpMessages[this.language].rowDuplicated, { number }), true))
      void this.roving.focus(cellKey(id, 'what'));
  }

  // ---------------------------------------------------------------- paste

  private onPaste = (event: ClipboardEvent): void => {
    if (!this.editable || this.editing) return;
    const cell = this.cellOf(event);
    const key = cell ? this.keyOf(cell) : this.roving.active;
    const doc = this.current;
    const view = this.tableView();
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
      void this.updateComplete.then(() => {
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

  private onDragStart = (event: DragEvent): void => {
    const handle = event.target instanceof Element ? event.target.closest('td.actions') : null;
    const id = handle?.closest<HTMLElement>('tr[data-id]')?.dataset['id'];
    if (!id || !this.movable) return;
    this.dragging = id;
    event.dataTransfer?.setData('text/plain', this.itemText(this.rowById(id)));
    if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move';
  };

  private onDragOver = (event: DragEvent): void => {
    if (this.dragging === undefined) return;
    const tr =
      event.target instanceof Element ? event.target.closest('tr[data-id], tr.section') : null;
    if (!tr) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'move';
  };

  private onDrop = (event: DragEvent): void => {
    const id = this.dragging;
    this.dragging = undefined;
    const doc = this.current;
    if (id === undefined || !doc) return;
    const tr =
      event.target instanceof Element
        ? event.target.closest<HTMLElement>('tr[data-id], tr.section')
        : null;
    if (!tr) return;
    event.preventDefault();
    this.dropOn(id, tr.dataset['id'], tr.dataset['section'] ?? '');
  };

  private onDragEnd = (): void => {
    this.dragging = undefined;
  };

  private rowById(id: string): FollowUpRow | undefined {
    return this.tableView()?.rows.find((r) => r.id === id);
  }

  /** Drops row `id` on the row `onto` (takes its place) or on a section's heading (its start). */
  private dropOn(id: string, onto: string | undefined, section: string): void {
    const doc = this.current;
    const view = this.tableView();
    if (!doc || !view) return;
    const where = (rowId: string) => {
      const groups = groupFollowUpRows({ ...doc, rows: followUpRows(doc) });
      for (const g of groups) {
        const index = g.rows.findIndex((r) => r.id === rowId);
        if (index >= 0) return { container: g.id, index };
      }
      return undefined;
    };
    const from = where(id);
    const to = onto !== undefined ? where(onto) : { container: section, index: 0 };
    if (!from || !to) return;
    const item = this.itemText(this.rowById(id));
    const next = moveFollowUpRow(doc, from, to);
    this.change(next, format(followUpMessages[this.language].rowMoved, { item }), true);
  }

  // ---------------------------------------------------------------- toolbar

  private download = async (kind: 'csv' | 'txt' | 'md'): Promise<void> => {
    const types = { csv: 'text/csv', txt: 'text/plain', md: 'text/markdown' } as const;
    const make = {
      csv: () => this.exportCSV(),
      txt: () => this.exportText(),
      md: () => this.exportMarkdown(),
    }[kind];
    await offerFile(
      async () => new Blob([await make()], { type: `${types[kind]};charset=utf-8` }),
      this.current?.title ?? followUpMessages[this.language].defaultTitle,
      kind,
    );
  };

  /** Prints every row (filters set aside while printing) on A4 landscape. */
  private printAll = async (): Promise<void> => {
    this.printing = true;
    await this.updateComplete;
    try {
      printOnPage('A4 landscape');
    } finally {
      this.printing = false;
    }
  };

  private setFilter(next: FollowUpFilter): void {
    this.filter = next;
    void this.updateComplete.then(() => {
      const view = this.tableView();
      if (view)
        this.announcer.announce(
          format(followUpMessages[this.language].filterShowing, {
            shown: view.shown,
            total: view.rows.length,
          }),
        );
    });
  }

  private toggleSort(column: FollowUpColumn): void {
    const sort = this.sort;
    if (sort?.column !== column) this.sort = { column, direction: 'ascending' };
    else if (sort.direction === 'ascending') this.sort = { column, direction: 'descending' };
    else this.sort = undefined;
  }

  // ---------------------------------------------------------------- render

  override render() {
    const view = this.tableView();
    if (!view) return html`${this.renderNotices()}`;
    const lang = this.language;
    const m = followUpMessages[lang];
    const caption = view.doc.title?.trim() || m.defaultTitle;
    const filtered = view.shown !== view.rows.length;
    return html`${this.renderNotices()}
      <div class="plan ${this.editable ? 'editable' : 'readonly'}">
        ${this.toolbar ? this.renderToolbar(lang) : nothing} ${this.renderFilters(view, lang)}
        ${
          this.editable
            ? html`<div class="edit-bar">${this.history.renderButtons(lang)}</div>
                <p class="help" id="${this.uid}-help">${m.editHelp}</p>`
            : nothing
        }
        <p class="summary">
          ${view.summary}
          ${filtered ? format(m.filterShowing, { shown: view.shown, total: view.rows.length }) : ''}
        </p>
        ${this.view === 'timeline' ? this.renderTimeline(view, caption, lang) : nothing}
        <div
          class="scroll"
          role="region"
          tabindex="0"
          aria-label=${format(m.scrollRegion, { title: caption })}
        >
          ${this.renderTable(view, caption, lang)}
        </div>
        ${view.shown === 0 ? html`<p class="no-rows">${m.noRows}</p>` : nothing}
        ${this.editable ? this.renderAddButtons(view, lang) : nothing}
        ${this.renderPasteDialog(lang)}
      </div>`;
  }

  private renderToolbar(lang: Lang): TemplateResult {
    const m = followUpMessages[lang];
    return html`<div class="toolbar" part="toolbar" role="group" aria-label=${m.toolbarLabel}>
      <span class="views" role="group" aria-label=${m.viewLabel}>
        <button
          type="button"
          aria-pressed=${this.view === 'table' ? 'true' : 'false'}
          @click=${() => (this.view = 'table')}
        >
          ${m.viewTable}
        </button>
        <button
          type="button"
          aria-pressed=${this.view === 'timeline' ? 'true' : 'false'}
          @click=${() => (this.view = 'timeline')}
        >
          ${m.viewTimeline}
        </button>
      </span>
      <button type="button" @click=${() => void this.download('csv')}>${m.exportCsv}</button>
      <button type="button" @click=${() => void this.download('txt')}>${m.exportText}</button>
      <button type="button" @click=${() => void this.download('md')}>${m.exportMarkdown}</button>
      <button type="button" @click=${this.printAll}>${commonMessages[lang].print}</button>
    </div>`;
  }

  private renderFilters(view: TableView, lang: Lang): TemplateResult {
    const m = followUpMessages[lang];
    const choices = followUpFilterChoices(view.doc, lang);
    const f = this.filter;
    const statuses: (FollowUpStatus | 'overdue')[] = ['todo', 'doing', 'done', 'overdue'];
    const areaValue =
      f.area === undefined ? '' : typeof f.area === 'number' ? `n:${f.area}` : `t:${f.area}`;
    const changed = f.status !== undefined || f.area !== undefined || f.responsible !== undefined;
    return html`<div class="filters" part="filters" role="group" aria-label=${m.filtersLabel}>
      <label
        >${m.colStatus}
        <select
          .value=${live(f.status ?? '')}
          @change=${(e: Event) => {
            const value = (e.target as HTMLSelectElement).value;
            this.setFilter({
              ...this.filter,
              status: value ? (value as FollowUpStatus | 'overdue') : undefined,
            });
          }}
        >
          <option value="">${m.filterAll}</option>
          ${statuses.map(
            (s) =>
              html`<option value=${s} ?selected=${f.status === s}>
                ${s === 'overdue' ? m.overdue : followUpStatusName(s, lang)}
              </option>`,
          )}
        </select></label
      >
      <label
        >${m.colArea}
        <select
          .value=${live(areaValue)}
          @change=${(e: Event) => {
            const value = (e.target as HTMLSelectElement).value;
            const area =
              value === ''
                ? undefined
                : value.startsWith('n:')
                  ? Number(value.slice(2))
                  : value.slice(2);
            this.setFilter({ ...this.filter, area });
          }}
        >
          <option value="">${m.filterAll}</option>
          ${choices.areas.map((area) => {
            const value = typeof area === 'number' ? `n:${area}` : `t:${area}`;
            return html`<option value=${value} ?selected=${value === areaValue}>
              ${followUpAreaText(area, lang)}
            </option>`;
          })}
        </select></label
      >
      <label
        >${m.colResponsible}
        <select
          .value=${live(f.responsible ?? '')}
          @change=${(e: Event) => {
            const value = (e.target as HTMLSelectElement).value;
            this.setFilter({ ...this.filter, responsible: value || undefined });
          }}
        >
          <option value="">${m.filterAll}</option>
          ${choices.responsible.map(
            (name) =>
              html`<option value=${name} ?selected=${f.responsible === name}>${name}</option>`,
          )}
        </select></label
      >
      ${
        changed
          ? html`<button type="button" class="clear-filters" @click=${() => this.setFilter({})}>
              ${m.clearFilters}
            </button>`
          : nothing
      }
    </div>`;
  }

  private renderTable(view: TableView, caption: string, lang: Lang): TemplateResult {
    const m = followUpMessages[lang];
    const editable = this.editable;
    const cellRole = editable ? 'gridcell' : 'cell';
    const today = this.todayDate();
    const active = this.roving.active;
    const editing = this.editing;
    const movable = editable && this.movable;
    return html`<table
      part="table"
      role=${editable ? 'grid' : 'table'}
      class=${editable ? 'with-actions' : ''}
      aria-describedby=${ifDefined(editable ? `${this.uid}-help` : undefined)}
      @keydown=${editable ? this.onGridKeydown : nothing}
      @focusin=${editable ? this.onGridFocus : nothing}
      @dblclick=${editable ? this.onGridDblclick : nothing}
      @paste=${editable ? this.onPaste : nothing}
      @dragstart=${editable ? this.onDragStart : nothing}
      @dragover=${editable ? this.onDragOver : nothing}
      @drop=${editable ? this.onDrop : nothing}
      @dragend=${editable ? this.onDragEnd : nothing}
    >
      <caption>
        ${caption}
      </caption>
      <thead role="rowgroup">
        <tr role="row">
          <th scope="col" role="columnheader" class="num">${m.colNumber}</th>
          ${FOLLOW_UP_COLUMNS.map((column) => {
            const sorted = this.sort?.column === column ? this.sort.direction : undefined;
            return html`<th scope="col" role="columnheader" aria-sort=${ifDefined(sorted)}>
              <button type="button" class="sort" @click=${() => this.toggleSort(column)}>
                ${followUpColumnTitle(column, lang)}
                <svg
                  viewBox="0 0 10 14"
                  aria-hidden="true"
                  focusable="false"
                  class="sort-icon ${sorted ?? 'none'}"
                >
                  <path class="up" d="M5 1 1 6h8z"></path>
                  <path class="down" d="M5 13 1 8h8z"></path>
                </svg>
              </button>
            </th>`;
          })}
          ${
            editable
              ? html`<th scope="col" role="columnheader" class="actions-head">
                  <span class="visually-hidden">${commonMessages[lang].edit}</span>
                </th>`
              : nothing
          }
        </tr>
      </thead>
      ${view.groups.map((group) => this.renderGroup(group, view, lang, today, active, editing, cellRole, movable))}
    </table>`;
  }

  private renderGroup(
    group: ViewGroup,
    view: TableView,
    lang: Lang,
    today: string,
    active: string | undefined,
    editing: { id: string; column: FollowUpColumn } | undefined,
    cellRole: 'cell' | 'gridcell',
    movable: boolean,
  ): TemplateResult {
    const chunks: FollowUpRow[][] = [];
    for (let i = 0; i < group.rows.length; i += CHUNK)
      chunks.push(group.rows.slice(i, i + CHUNK) as FollowUpRow[]);
    const head = group.heading
      ? html`<tr role="row" class="section" data-section=${group.id}>
          <th scope="rowgroup" role="rowheader" class="section-title">${group.title}</th>
        </tr>`
      : nothing;
    if (chunks.length === 0)
      return group.heading
        ? html`<tbody role="rowgroup" class="chunk">
            ${head}
          </tbody>`
        : html``;
    return html`${chunks.map(
      (rows, i) =>
        html`<tbody role="rowgroup" class="chunk">
          ${i === 0 ? head : nothing}
          ${repeat(
            rows,
            (row) => row.id,
            (row) => {
              const activeColumn = active?.startsWith(`${row.id}${SEP}`)
                ? splitKey(active)[1]
                : undefined;
              const editColumn = editing?.id === row.id ? editing.column : undefined;
              const number = view.numbers.get(row.id) ?? 0;
              return guard(
                [
                  row,
                  number,
                  lang,
                  today,
                  cellRole,
                  activeColumn,
                  editColumn,
                  movable,
                  view.sections,
                  this.moves.open,
                ],
                () =>
                  this.renderRow(
                    row,
                    number,
                    lang,
                    today,
                    cellRole,
                    activeColumn,
                    editColumn,
                    movable,
                    view.sections,
                  ),
              );
            },
          )}
        </tbody>`,
    )}`;
  }

  /**
   * The section ids, kept from the last view while they are the same: every row's guard holds
   * them, so a new set on each edit rendered all 1,000 rows again (56 ms CPU per edit).
   */
  private sectionIds(doc: FollowUpDocument, last: TableView | undefined): ReadonlySet<string> {
    const ids = (doc.sections ?? []).map((section) => section.id);
    const kept = last?.sections;
    return kept && kept.size === ids.length && ids.every((id) => kept.has(id))
      ? kept
      : new Set(ids);
  }

  private renderRow(
    row: FollowUpRow,
    number: number,
    lang: Lang,
    today: string,
    cellRole: 'cell' | 'gridcell',
    activeColumn: FollowUpColumn | undefined,
    editColumn: FollowUpColumn | undefined,
    movable: boolean,
    sections: ReadonlySet<string>,
  ): TemplateResult {
    const m = followUpMessages[lang];
    const state = followUpRowState(row, today);
    const issues = followUpRowIssues(row, sections);
    const editable = cellRole === 'gridcell';
    const status = followUpRowStatus(row);
    const classes = [
      'row',
      state.overdue ? 'overdue' : '',
      issues.length > 0 ? 'flagged' : '',
      status === 'done' ? 'done' : '',
    ].join(' ');
    const inRow = activeColumn !== undefined;
    return html`<tr role="row" class=${classes} data-id=${row.id}>
      <th scope="row" role="rowheader" class="num">${number}</th>
      ${FOLLOW_UP_COLUMNS.map((column) => {
        const key = cellKey(row.id, column);
        const editing = editColumn === column;
        const overdueTag = column === 'when' && state.overdue;
        const flags = issues.length > 0 ? issues.filter((i) => issueColumn(i) === column) : [];
        // One template per cell (its text bound directly, the editor or the notes after it): a
        // nested template per cell made 7,000 more template instances at 1,000 rows.
        return html`<td
          role=${cellRole}
          class="cell col-${column} ${column === 'status' && status ? `status-${status}` : ''}"
          data-column=${column}
          data-label=${followUpColumnTitle(column, lang)}
          tabindex=${ifDefined(editable ? this.roving.tabIndex(key) : undefined)}
        >
          <span class="value">${editing ? '' : followUpCellText(row, column, lang)}</span>${
            editing
              ? this.renderEditor(row, column, number, lang)
              : overdueTag || flags.length > 0
                ? this.renderCellNotes(overdueTag, flags, m, lang)
                : nothing
          }
        </td>`;
      })}
      ${editable ? this.renderActions(row, number, lang, inRow, movable) : nothing}
    </tr>`;
  }

  /** What a cell says beside its value: that the row is overdue, and its problems. */
  private renderCellNotes(
    overdue: boolean,
    flags: readonly FollowUpRowIssue[],
    m: FollowUpMessages,
    lang: Lang,
  ): TemplateResult {
    return html`${overdue ? html` <span class="tag overdue-tag">${m.overdue}</span>` : nothing}${flags.map(
      (issue) =>
        html`<span class="flag"
          ><span aria-hidden="true">⚠ </span>${issueText(issue, m, lang)}</span
        >`,
    )}`;
  }

  private renderActions(
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
    return this.tableView()?.places.get(row.id);
  }

  private renderEditor(
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
        list=${ifDefined(column === 'area' ? `${this.uid}-areas` : undefined)}
        .value=${followUpCellText(row, column, lang)}
        @keydown=${this.onEditorKeydown}
        @blur=${this.onEditorBlur}
      />${
        column === 'area'
          ? html`<datalist id="${this.uid}-areas">
              ${followUpAreaChoices(lang).map(([, name]) => html`<option value=${name}></option>`)}
            </datalist>`
          : nothing
      }`;
  }

  private renderAddButtons(view: TableView, lang: Lang): TemplateResult {
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

  private renderPasteDialog(lang: Lang): TemplateResult | typeof nothing {
    const plan = this.pastePlan;
    if (!plan) return nothing;
    const m = followUpMessages[lang];
    const text = describeFollowUpPaste(plan, lang);
    return html`<dialog
      class="paste"
      aria-labelledby="${this.uid}-paste-title"
      aria-describedby="${this.uid}-paste-summary"
      @cancel=${(e: Event) => {
        e.preventDefault();
        this.cancelPaste();
      }}
    >
      <p class="dialog-title" id="${this.uid}-paste-title"><strong>${m.previewTitle}</strong></p>
      <p id="${this.uid}-paste-summary">${text.summary}</p>
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

  private renderTimeline(view: TableView, caption: string, lang: Lang): unknown {
    const part = this.parts.get(timelinePart);
    if (!part) return nothing;
    const m = followUpMessages[lang];
    const today = this.todayDate();
    return part.renderTimeline({
      items: followUpTimelineItems(
        view.groups.flatMap((g) => g.rows),
        today,
      ),
      today: isoDay(today),
      lang,
      uid: this.uid,
      none: m.timelineNone,
      label: format(m.timelineLabel, { title: caption }),
      todayText: m.today,
      undatedTitle: m.timelineUndated,
      number: (row) => view.numbers.get(row.id) ?? 0,
      itemText: (row) => this.itemText(row),
      barText: (bar) => {
        const status = followUpRowStatus(bar.row);
        return format(m.timelineBar, {
          what: this.itemText(bar.row),
          when: followUpCellText(bar.row, 'when', lang),
          status: bar.overdue ? m.overdue : status ? followUpStatusName(status, lang) : '',
        });
      },
    });
  }
}
