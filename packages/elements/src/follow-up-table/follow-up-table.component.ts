import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
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
} from '@mulighetsrom/core';
import { commonMessages } from '@mulighetsrom/core/i18n/common.js';
import { format } from '@mulighetsrom/core/i18n/format.js';
import { followUpMessages } from '@mulighetsrom/core/i18n/follow-up.js';
import { isoDay, todayIso } from '@mulighetsrom/core/follow-up/dates.js';
import {
  followUpAreaText,
  FOLLOW_UP_COLUMNS,
  followUpCellText,
  followUpColumnTitle,
  followUpFilterChoices,
  followUpRowMatches,
  followUpRowNumbers,
  followUpRows,
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
import { MulighetsromElement } from '../internal/mulighetsrom-element.js';
import { offerFile } from '../internal/offer-file.js';
import { printOnPage } from '../internal/print-page.js';
import type { FollowUpEditing } from './follow-up-editing.js';
import { followUpStyles } from './follow-up-table.styles.js';
import { cellKey, inRow, splitKey, type TableView, type ViewGroup } from './follow-up-view.js';

const errorsPart = lazy(() => import('./follow-up-errors.js'));
/** The timeline view with d3's scale and ticks: loaded when first shown. */
const timelinePart = lazy(() => import('./follow-up-timeline.js'));
/** The editing half (editor, paste, move menu, drag): loaded once `editable` is set. */
const editingPart = lazy(() => import('./follow-up-editing.js'));
/** The CSV, text and Markdown writers: loaded on the first export. */
const exportPart = lazy(() => import('@mulighetsrom/core/follow-up/export.js'));

/** Rows per row group: each group skips layout while off screen (content-visibility). */
const CHUNK = 25;
const ISO = /^\d{4}-\d{2}-\d{2}$/;

let instances = 0;

/** The follow-up table's events, typed by its data (`detail.value: FollowUpDocument`). */
export type FollowUpEvents = WidgetEvents<FollowUpDocument>;

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
  @state() private printing = false;

  private readonly uid = `mr-follow-up-${++instances}`;
  private cached?: { readonly key: readonly unknown[]; readonly view: TableView };
  /** The editing half, once loaded (it stays when `editable` is unset again). */
  private edit?: FollowUpEditing;
  /** Whether a table has been rendered (then it stays read-only while the editing half loads). */
  private tableShown = false;

  protected static override readonly parseCopiesInput = true;

  protected parseData(input: unknown): MaybeLater<ParseResult<FollowUpDocument>> {
    const value = quickParseFollowUp(input);
    if (value !== undefined) return { ok: true, value };
    return errorsPart.load().then(({ followUpErrors }) => followUpErrors(input, followUpChecks));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Starts loading the editing half as soon as `editable` is set, so it is usually there
    // before the user acts; until it is, the table shows no editing controls (nothing to lose).
    if (this.editable && !this.edit)
      this.parts.with(editingPart, ({ FollowUpEditing }) => {
        this.edit ??= new FollowUpEditing({
          element: this,
          uid: this.uid,
          doc: () => this.current,
          view: () => this.tableView(),
          lang: () => this.language,
          editable: () => this.editable,
          movable: () => this.movable,
          change: (next, label, announce) => this.applyEdit(() => next, label, announce),
          commit: (next, label) => this.commitEdit(next, label),
          announce: (text) => this.announcer.announce(text),
          itemText: (row) => this.itemText(row),
        });
      });
  }

  /** The editing half when the table is editable and it has loaded: what shows the controls. */
  private get editor(): FollowUpEditing | undefined {
    return this.editable ? this.edit : undefined;
  }

  // ---------------------------------------------------------------- public API

  /** The plan as CSV (UTF-8 BOM, formula-safe), every row. */
  async exportCSV(): Promise<string> {
    await this.updateComplete;
    const { followUpToCsv } = await exportPart.load();
    return this.current ? followUpToCsv(this.current, this.language) : '';
  }

  /** The plan as plain text, every row. */
  async exportText(): Promise<string> {
    await this.updateComplete;
    const { followUpToText } = await exportPart.load();
    return this.current ? followUpToText(this.current, this.language, this.todayDate()) : '';
  }

  /** The plan as Markdown, every row. */
  async exportMarkdown(): Promise<string> {
    await this.updateComplete;
    const { followUpToMarkdown } = await exportPart.load();
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

  private itemText(row: FollowUpRow | undefined): string {
    if (!row) return '';
    const m = followUpMessages[this.language];
    const name = format(m.rowName, { number: this.tableView()?.numbers.get(row.id) ?? 0 });
    return typeof row.what === 'string' && row.what.trim() ? `${name}: ${row.what}` : name;
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
    // An editable table's first render waits for its editing half (one render of every row,
    // not a read-only one and then the grid); a table already shown stays readable meanwhile.
    const edit = this.editor;
    if (!view || (this.editable && !edit && !this.tableShown)) return html`${this.renderNotices()}`;
    this.tableShown = true;
    const lang = this.language;
    const m = followUpMessages[lang];
    const caption = view.doc.title?.trim() || m.defaultTitle;
    const filtered = view.shown !== view.rows.length;
    return html`${this.renderNotices()}
      <div class="plan ${edit ? 'editable' : 'readonly'}">
        ${this.toolbar ? this.renderToolbar(lang) : nothing} ${this.renderFilters(view, lang)}
        ${
          edit
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
        ${edit ? edit.renderAddButtons(view, lang) : nothing}
        ${edit ? edit.renderPasteDialog(lang) : nothing}
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
    const edit = this.editor;
    const editable = !!edit;
    const cellRole = editable ? 'gridcell' : 'cell';
    const today = this.todayDate();
    const active = edit?.roving.active;
    const editing = edit?.editing;
    const movable = editable && this.movable;
    return html`<table
      part="table"
      role=${editable ? 'grid' : 'table'}
      class=${editable ? 'with-actions' : ''}
      aria-describedby=${ifDefined(editable ? `${this.uid}-help` : undefined)}
      @keydown=${edit ? edit.onGridKeydown : nothing}
      @focusin=${edit ? edit.onGridFocus : nothing}
      @dblclick=${edit ? edit.onGridDblclick : nothing}
      @paste=${edit ? edit.onPaste : nothing}
      @dragstart=${edit ? edit.onDragStart : nothing}
      @dragover=${edit ? edit.onDragOver : nothing}
      @drop=${edit ? edit.onDrop : nothing}
      @dragend=${edit ? edit.onDragEnd : nothing}
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
              const activeColumn =
                active && inRow(active, row.id) ? splitKey(active)[1] : undefined;
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
                  this.edit?.moves.open,
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
    const edit = cellRole === 'gridcell' ? this.editor : undefined;
    const status = followUpRowStatus(row);
    const classes = [
      'row',
      state.overdue ? 'overdue' : '',
      issues.length > 0 ? 'flagged' : '',
      status === 'done' ? 'done' : '',
    ].join(' ');
    const hasActive = activeColumn !== undefined;
    return html`<tr role="row" class=${classes} data-id=${row.id}>
      <th scope="row" role="rowheader" class="num">${number}</th>
      ${FOLLOW_UP_COLUMNS.map((column) => {
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
          tabindex=${ifDefined(edit ? edit.roving.tabIndex(cellKey(row.id, column)) : undefined)}
        >
          <span class="value">${editing ? '' : followUpCellText(row, column, lang)}</span>${
            editing
              ? edit?.renderEditor(row, column, number, lang)
              : overdueTag || flags.length > 0
                ? this.renderCellNotes(overdueTag, flags, m, lang)
                : nothing
          }
        </td>`;
      })}
      ${edit ? edit.renderActions(row, number, lang, hasActive, movable) : nothing}
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

  private renderTimeline(view: TableView, caption: string, lang: Lang): unknown {
    const part = this.parts.use(timelinePart);
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
