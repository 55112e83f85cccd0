import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import type {
  DatedActivity,
  Lang,
  ParseResult,
  WheelActivity,
  WheelActivityPatch,
  WheelDocument,
  WheelEdit,
  WheelLayout,
  WheelMonth,
  WheelPresetId,
} from '@mulighetsrom/core';
import { deepCopy } from '@mulighetsrom/core/copy.js';
import { commonMessages } from '@mulighetsrom/core/i18n/common.js';
import { format } from '@mulighetsrom/core/i18n/format.js';
import { wheelMessages } from '@mulighetsrom/core/i18n/wheel.js';
import {
  describeWheelEdit,
  formatActivityDates,
  formatWheelDate,
  monthName,
} from '@mulighetsrom/core/wheel/describe.js';
import {
  addWheelActivity,
  addWheelRing,
  deleteWheelActivity,
  moveWheelActivity,
  moveWheelRing,
  removeWheelRing,
  renameWheelRing,
  shiftWheelActivity,
  updateWheelActivity,
} from '@mulighetsrom/core/wheel/edit.js';
import { layoutWheel } from '@mulighetsrom/core/wheel/geometry.js';
import { wheelToIcs } from '@mulighetsrom/core/wheel/ics.js';
import {
  activitiesByMonth,
  activitiesInYear,
  activityByMonth,
} from '@mulighetsrom/core/wheel/order.js';
import { wheelPreset } from '@mulighetsrom/core/wheel/presets.js';
import { quickParseWheel, wheelChecks } from '@mulighetsrom/core/wheel/wheel-schema.js';
import type { MaybeLater } from '../internal/data-source.js';
import type { WidgetEvents } from '../internal/events.js';
import { lazy } from '../internal/lazy.js';
import { MoveMenuController } from '../internal/move-menu.js';
import { byData } from '../internal/by-data.js';
import { MulighetsromElement } from '../internal/mulighetsrom-element.js';
import { offerFile } from '../internal/offer-file.js';
import { printOnPage } from '../internal/print-page.js';
import { RovingFocusController } from '../internal/roving-focus.js';
import { wheelStyles } from './annual-wheel.styles.js';

// Parts the first render does not need: the texts of bad data, and the SVG/PNG file.
const errorsPart = lazy(() => import('./wheel-errors.js'));
const exporter = lazy(() => import('./wheel-export.js'));

/** Ring colours: the status tones the shadow token sheet carries, in turn. */
const TONES = ['planned', 'strong', 'improve', 'unknown'] as const;

let instances = 0;

/** Today's date on the user's clock as `YYYY-MM-DD`. */
const isoToday = (now: Date): string =>
  `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;

/**
 * `mulighetsrom-select` of the wheel: the selected activity (a copy) or `id: null` when the
 * detail panel closes. `open: 'model'` when the user asked to open the model from a meeting
 * that has it as its checklist.
 */
export interface WheelSelectDetail {
  readonly id: string | null;
  readonly activity?: WheelActivity;
  readonly open?: 'model';
}

/** The wheel's events, typed by its data (`detail.value: WheelDocument`). */
export type WheelEvents = WidgetEvents<WheelDocument, WheelSelectDetail>;

/** What the render needs of one year, worked out once per data, year and day. */
interface WheelView {
  readonly year: number;
  readonly ordered: readonly DatedActivity[];
  readonly months: readonly WheelMonth[];
  readonly layout: WheelLayout;
  readonly numbers: ReadonlyMap<string, number>;
}

/**
 * The partnership's annual wheel (årshjul): the year as a circle, January at the top and
 * clockwise, a ring per lane, each activity an arc from start to end (a one-day activity a
 * marker), today marked and the current month emphasised; beside it the same activities as a
 * list by month, the accessible alternative and, below a container width of 40rem, the only
 * layout. The list is one Tab stop: arrows go through the activities in time order, Page Up and
 * Page Down by month, Home and End to the ends; Enter, Space or a click opens the detail panel.
 * With `editable`, activities are added, changed, moved (dates and ring) and deleted from the
 * panel and the list, and rings added, renamed, reordered and removed; every step is undoable.
 *
 * @tagname mulighetsrom-annual-wheel
 * @summary An annual wheel: rings, months, activities as arcs, a list by month, .ics export.
 *
 * @event mulighetsrom-select - An activity was selected (`detail.id`, `detail.activity`), the
 * panel closed (`id: null`), or «open the model» was asked (`detail.open: 'model'`).
 * @event mulighetsrom-change - The user edited the data (`detail.value`), or undid or redid an edit.
 * @event mulighetsrom-error - Input data was rejected (`detail.errors`); the last good data stays.
 *
 * @csspart wheel - The wheel (an SVG image; the list says the same in text).
 * @csspart list - The activities month by month.
 * @csspart detail - The detail panel of the selected activity.
 * @csspart toolbar - The export and print buttons.
 * @csspart errors - The box listing data errors.
 *
 * @cssprop --mulighetsrom-color-status-planned-background - Fill of the first ring's activities (strong, improve and unknown for the next rings).
 * @cssprop --mulighetsrom-color-focus-ring - The focus ring.
 * @cssprop --mulighetsrom-wheel-max-width - Largest width of the wheel (default 56rem).
 */
export class MulighetsromAnnualWheel extends MulighetsromElement<WheelDocument, WheelSelectDetail> {
  static override styles = [MulighetsromElement.styles, wheelStyles];

  /** A built-in example (`partnerskap`), shown when the page gives no data. */
  @property({ reflect: true }) preset?: WheelPresetId;

  /** The year shown (the year switch changes it); else the data's year, else today's. */
  @property({ type: Number, reflect: true }) year?: number;

  /** Shows buttons for SVG, PNG and calendar export and print. */
  @property({ type: Boolean, reflect: true }) toolbar = false;

  /** The clock (for today's mark and the calendar file's stamp); tests set a fixed one. */
  @property({ attribute: false }) now: () => Date = () => new Date();

  /** The activity whose detail panel is open. */
  @state() private selectedId: string | undefined;

  /** Focus is on an activity of the list: the wheel marks that activity too. */
  @state() private listFocused = false;

  /** parseWheel() returns a deep copy of its input. */
  protected static override readonly parseCopiesInput = true;

  private readonly uid = `mr-wheel-${++instances}`;
  /** The example shown for `preset`, while the user has not edited it (it follows the language). */
  private presetShown?: { readonly doc: WheelDocument; readonly lang: Lang };
  private cached?: {
    readonly doc: WheelDocument;
    readonly year: number;
    readonly today: string;
    readonly view: WheelView;
  };

  /** The list's single Tab stop, in time order. */
  private readonly roving = new RovingFocusController<string>(this, {
    layout: 'list',
    rows: () => [this.view()?.ordered.map((a) => a.activity.id) ?? []],
    element: (id) => this.itemButton(id),
  });

  private readonly ringMoves = new MoveMenuController(this, {
    sizes: () => new Map([['rings', this.current?.rings.length ?? 0]]),
    itemText: (at) => this.current?.rings[at.index]?.label ?? '',
    containerText: () => wheelMessages[this.language].ringsHeading,
    move: (from, to) => {
      const label = this.current?.rings[from.index]?.label ?? '';
      this.edit(
        (doc) => moveWheelRing(doc, from.index, to.index),
        { kind: 'ringMoved', label },
        false,
      );
    },
    handle: (at) =>
      this.renderRoot.querySelector<HTMLElement>(
        `.rings > ol > li:nth-child(${at.index + 1}) .move-handle`,
      ),
    announce: (text) => this.announcer.announce(text),
    lang: () => this.language,
  });

  protected parseData(input: unknown): MaybeLater<ParseResult<WheelDocument>> {
    const value = quickParseWheel(input);
    if (value !== undefined) return { ok: true, value };
    return errorsPart.load().then(({ wheelErrors }) => wheelErrors(input, wheelChecks));
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.showPreset();
  }

  /** The example for `preset` when the page gave no data, in the widget's language. */
  private showPreset(): void {
    if (!this.preset) return;
    const lang = this.language;
    const shown = this.presetShown;
    if (shown && this.current === shown.doc) {
      if (shown.lang === lang) return;
    } else if (this.current !== undefined || this.errors.length > 0 || this.hasPageData()) return;
    const year = this.year ?? this.now().getFullYear();
    const doc = wheelPreset(this.preset, year, lang);
    this.presetShown = { doc, lang };
    this.current = doc;
  }

  private hasPageData(): boolean {
    return (
      this.data !== undefined ||
      this.dataJson !== null ||
      Boolean(this.src) ||
      this.querySelector('script[type="application/json"]') !== null
    );
  }

  // ---------------------------------------------------------------- public API

  /** The activities as an iCalendar file (RFC 5545), every activity an all-day event. */
  exportICS(): string {
    const doc = this.current;
    return doc ? wheelToIcs(doc, { now: this.now(), lang: this.language }) : '';
  }

  /** The wheel of the shown year as a standalone SVG document (styles and text inside). */
  async exportSVG(): Promise<string> {
    const { buildWheelSvg } = await exporter.load();
    await this.updateComplete;
    const view = this.view();
    if (!view) return '';
    const lang = this.language;
    return buildWheelSvg({
      wheel: this.renderWheel(view, lang, false),
      width: view.layout.sizes.halfWidth * 2,
      height: view.layout.sizes.halfHeight * 2,
      title: this.wheelTitle(lang),
      label: this.wheelLabel(view, lang),
      legend: this.legendLines(view, lang),
      lang,
      styles: wheelStyles,
      style: getComputedStyle(this),
    });
  }

  /** The wheel as a PNG image, `scale` times the SVG size (default 2). */
  async exportPNG({ scale = 2 }: { scale?: number } = {}): Promise<Blob> {
    const { svgToPng } = await exporter.load();
    return svgToPng(await this.exportSVG(), scale);
  }

  // ---------------------------------------------------------------- view

  private shownYear(): number {
    return this.year ?? this.current?.year ?? this.now().getFullYear();
  }

  private view(): WheelView | undefined {
    const doc = this.current;
    if (!doc) return undefined;
    const year = this.shownYear();
    const now = this.now();
    const today = `${now.getFullYear()}-${now.getMonth()}-${now.getDate()}`;
    const c = this.cached;
    if (c && c.doc === doc && c.year === year && c.today === today) return c.view;
    const ordered = activitiesInYear(doc, year);
    const layout = layoutWheel({ year, rings: doc.rings, activities: ordered, now });
    const view: WheelView = {
      year,
      ordered,
      months: activitiesByMonth(ordered, year),
      layout,
      numbers: new Map(layout.legend.map((l) => [l.id, l.number])),
    };
    this.cached = { doc, year, today, view };
    return view;
  }

  private wheelTitle(lang: Lang): string {
    const title = this.current?.title;
    return title?.trim() ? title : wheelMessages[lang].untitled;
  }

  private wheelLabel(view: WheelView, lang: Lang): string {
    return format(wheelMessages[lang].wheelLabel, {
      title: this.wheelTitle(lang),
      year: view.year,
    });
  }

  private ringLabel(id: string): string {
    return this.current?.rings.find((r) => r.id === id)?.label ?? id;
  }

  private toneOf(ring: string): string {
    const index = this.current?.rings.findIndex((r) => r.id === ring) ?? 0;
    return TONES[Math.max(0, index) % TONES.length]!;
  }

  /** «Partnerskapsmøte (vår), Partnerskapet, 16. mars». */
  private activityText(a: WheelActivity, year: number, lang: Lang): string {
    return format(wheelMessages[lang].activityText, {
      title: a.title,
      ring: this.ringLabel(a.ring),
      dates: formatActivityDates(a, lang, year),
    });
  }

  /** The numbered legend's lines: «3. Title». */
  private legendLines(view: WheelView, lang: Lang): string[] {
    const byId = new Map(view.ordered.map((a) => [a.activity.id, a.activity]));
    return view.layout.legend.map((l) => {
      const a = byId.get(l.id);
      return `${l.number}. ${a ? this.activityText(a, view.year, lang) : l.id}`;
    });
  }

  private itemButton(id: string): HTMLElement | undefined {
    return byData(this.renderRoot, 'button', 'id', id);
  }

  // ---------------------------------------------------------------- actions

  private select(id: string | undefined): void {
    if (id === this.selectedId) return;
    this.selectedId = id;
    if (id !== undefined) this.roving.activate(id);
    const activity = this.current?.activities.find((a) => a.id === id);
    this.emit(
      'mulighetsrom-select',
      activity ? { id: activity.id, activity: deepCopy(activity) as WheelActivity } : { id: null },
    );
  }

  private onListKeydown = (event: KeyboardEvent): void => {
    const button =
      event.target instanceof Element ? event.target.closest<HTMLElement>('button[data-id]') : null;
    const id = button?.dataset['id'];
    const view = this.view();
    if (id === undefined || !view) return;
    if (this.editable && event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      this.shiftActivity(id, event.key === 'ArrowDown' ? 7 : -7);
      return;
    }
    if (event.key === 'PageDown' || event.key === 'PageUp') {
      event.preventDefault();
      const next = activityByMonth(view.ordered, view.year, id, event.key === 'PageDown' ? 1 : -1);
      if (next !== undefined) void this.roving.focus(next);
      return;
    }
    this.roving.onKeydown(event, id);
  };

  /** Moves activity `id` by `days` (its length kept), from the list's keyboard; focus stays on it. */
  private shiftActivity(id: string, days: number): void {
    const activity = this.current?.activities.find((a) => a.id === id);
    if (!activity) return;
    const next = shiftWheelActivity(this.current!, id, days);
    const after = next.activities.find((a) => a.id === id) ?? activity;
    const done = this.edit(() => next, {
      kind: 'activityMoved',
      title: after.title,
      dates: formatActivityDates(after, this.language, this.shownYear()),
      ring: this.ringLabel(after.ring),
    });
    // Into another year: the wheel follows the activity, so focus can stay on it.
    if (done) {
      const year = this.shownYear();
      if (!activitiesInYear(next, year).some((a) => a.activity.id === id))
        this.year = Number(after.start.slice(0, 4));
      void this.roving.focus(id);
    }
  }

  private onListFocusin = (event: FocusEvent): void => {
    const id =
      event.target instanceof Element
        ? event.target.closest<HTMLElement>('button[data-id]')?.dataset['id']
        : undefined;
    if (id !== undefined) this.roving.activate(id);
    this.listFocused = id !== undefined;
  };

  private onListFocusout = (): void => {
    // Focus also leaves when a render replaces the focused item (a move to another month): look
    // again once the update is done, never during it.
    void this.updateComplete.then(() => {
      const active = this.shadowRoot?.activeElement;
      this.listFocused = active instanceof HTMLElement && active.dataset['id'] !== undefined;
    });
  };

  private onWheelClick = (event: MouseEvent): void => {
    const shape = event.target instanceof Element ? event.target.closest('[data-activity]') : null;
    const id = shape?.getAttribute('data-activity');
    if (id) this.select(id === this.selectedId ? undefined : id);
  };

  private switchYear(step: 1 | -1): void {
    this.year = this.shownYear() + step;
    // The panel of an activity the new year does not show closes.
    const doc = this.current;
    const id = this.selectedId;
    if (doc && id && !activitiesInYear(doc, this.year).some((a) => a.activity.id === id))
      this.select(undefined);
    this.announcer.announce(String(this.year));
  }

  private openModel(activity: WheelActivity): void {
    this.emit('mulighetsrom-select', {
      id: activity.id,
      activity: deepCopy(activity) as WheelActivity,
      open: 'model',
    });
  }

  /** One edit: an undo step named by what it did, announced (unless the move menu says it). */
  private edit(
    change: (doc: WheelDocument) => WheelDocument,
    edit: WheelEdit,
    announce = true,
  ): boolean {
    return this.applyEdit(change, describeWheelEdit(edit, this.language), announce);
  }

  private addActivity(): void {
    const doc = this.current;
    const ring = doc?.rings[0];
    if (!doc || !ring) return;
    const lang = this.language;
    const year = this.shownYear();
    const now = this.now();
    const start = now.getFullYear() === year ? isoToday(now) : `${year}-01-01`;
    const title = wheelMessages[lang].newActivity;
    let added: string | undefined;
    const done = this.edit(
      (d) => {
        const next = addWheelActivity(d, { ring: ring.id, title, start });
        added = next.activities[next.activities.length - 1]?.id;
        return next;
      },
      { kind: 'activityAdded', title },
    );
    if (done && added) {
      this.select(added);
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLInputElement>('.detail input[name="title"]')?.focus(),
      );
    }
  }

  private saveActivity(event: SubmitEvent, activity: WheelActivity): void {
    event.preventDefault();
    const doc = this.current;
    if (!doc) return;
    const form = event.currentTarget as HTMLFormElement;
    const field = (name: string): string =>
      (
        form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null
      )?.value.trim() ?? '';
    const checked = (form.elements.namedItem('checklist') as HTMLInputElement | null)?.checked;
    const start = field('start');
    const end = field('end');
    const ring = field('ring');
    const rest: WheelActivityPatch = {
      title: field('title'),
      note: field('note') || undefined,
      link: field('link') || undefined,
      checklist: checked ? 'model' : undefined,
    };
    const patch: WheelActivityPatch = { ...rest, ring, start, end: end || undefined };
    // A new start with the end untouched moves the activity, its length kept; so does a new
    // ring alone. Anything else is a change of its fields.
    const endUntouched = end === (activity.end ?? '');
    const restSame = updateWheelActivity(doc, activity.id, rest) === doc;
    const moving =
      endUntouched && (start !== activity.start || (ring !== activity.ring && restSame));
    const change = moving
      ? (d: WheelDocument) => {
          const moved = moveWheelActivity(d, activity.id, { start, ring });
          return moved === d ? d : updateWheelActivity(moved, activity.id, rest);
        }
      : (d: WheelDocument) => updateWheelActivity(d, activity.id, patch);
    const next = change(doc);
    const lang = this.language;
    const after = next.activities.find((a) => a.id === activity.id) ?? activity;
    const done = this.edit(
      () => next,
      moving
        ? {
            kind: 'activityMoved',
            title: after.title,
            dates: formatActivityDates(after, lang, this.shownYear()),
            ring: this.ringLabel(after.ring),
          }
        : { kind: 'activityChanged', title: after.title },
    );
    // Nothing changed although the form differs: the dates (or title) do not make an activity.
    const differs =
      start !== activity.start || !endUntouched || ring !== activity.ring || !restSame;
    const error = form.querySelector('.form-error');
    if (error) error.textContent = !done && differs ? wheelMessages[lang].invalidDates : '';
  }

  private deleteActivity(activity: WheelActivity): void {
    const view = this.view();
    const at = view?.ordered.findIndex((a) => a.activity.id === activity.id) ?? -1;
    const done = this.edit((doc) => deleteWheelActivity(doc, activity.id), {
      kind: 'activityDeleted',
      title: activity.title,
    });
    if (!done) return;
    this.selectedId = undefined;
    this.emit('mulighetsrom-select', { id: null });
    // The item went: focus the one now in its place, else the add button.
    void this.updateComplete.then(() => {
      const ordered = this.view()?.ordered ?? [];
      const near = ordered[Math.min(at, ordered.length - 1)];
      if (near) void this.roving.focus(near.activity.id);
      else this.renderRoot.querySelector<HTMLElement>('.add-activity')?.focus();
    });
  }

  private renameRing(id: string, input: HTMLInputElement): void {
    const label = input.value.trim();
    const done = this.edit((doc) => renameWheelRing(doc, id, label), {
      kind: 'ringRenamed',
      label,
    });
    if (!done) input.value = this.ringLabel(id);
  }

  private removeRing(id: string): void {
    const label = this.ringLabel(id);
    this.edit((doc) => removeWheelRing(doc, id), { kind: 'ringRemoved', label });
    if (this.selectedId && !this.current?.activities.some((a) => a.id === this.selectedId))
      this.select(undefined);
  }

  private addRing(event: SubmitEvent): void {
    event.preventDefault();
    const input = (event.currentTarget as HTMLFormElement).querySelector('input')!;
    const label = input.value.trim();
    if (this.edit((doc) => addWheelRing(doc, label), { kind: 'ringAdded', label }))
      input.value = '';
  }

  private async exportFile(kind: 'svg' | 'png' | 'ics'): Promise<void> {
    const title = this.wheelTitle(this.language);
    await offerFile(
      async () =>
        kind === 'ics'
          ? new Blob([this.exportICS()], { type: 'text/calendar;charset=utf-8' })
          : kind === 'svg'
            ? new Blob([await this.exportSVG()], { type: 'image/svg+xml' })
            : this.exportPNG({ scale: 2 }),
      title,
      kind,
    );
  }

  // ---------------------------------------------------------------- render

  override render() {
    const view = this.view();
    if (!view) return html`${this.renderNotices()}`;
    const lang = this.language;
    const m = wheelMessages[lang];
    const selected = this.current?.activities.find((a) => a.id === this.selectedId);
    return html`${this.renderNotices()}
      <div class="annual-wheel ${this.editable ? 'editable' : 'readonly'}">
        <div class="head">
          <p class="title" id="${this.uid}-title">${this.wheelTitle(lang)}</p>
          ${this.current?.preset ? html`<p class="example">${m.example}</p>` : nothing}
          <div class="year-switch" role="group" aria-label=${m.yearLabel}>
            <button type="button" @click=${() => this.switchYear(-1)}>
              <span aria-hidden="true">‹</span> ${m.previousYear}
            </button>
            <span class="year">${view.year}</span>
            <button type="button" @click=${() => this.switchYear(1)}>
              ${m.nextYear} <span aria-hidden="true">›</span>
            </button>
          </div>
          ${this.toolbar ? this.renderToolbar(lang) : nothing}
          ${this.editable ? html`<div class="edit-bar">${this.history.renderButtons(lang)}</div>` : nothing}
        </div>
        <div class="layout">
          <div class="figure">
            ${this.renderWheel(view, lang, true)}
            ${
              view.layout.legend.length > 0
                ? html`<div class="legend">
                    <p class="legend-title" id="${this.uid}-legend">${m.legendHeading}</p>
                    <ul aria-labelledby="${this.uid}-legend">
                      ${this.legendLines(view, lang).map((line) => html`<li>${line}</li>`)}
                    </ul>
                  </div>`
                : nothing
            }
          </div>
          ${this.renderList(view, lang)}
        </div>
        ${selected ? this.renderDetail(selected, view, lang) : nothing}
        ${this.editable ? this.renderRings(lang) : nothing}
      </div>`;
  }

  private renderToolbar(lang: Lang): TemplateResult {
    const m = wheelMessages[lang];
    return html`<div class="toolbar" part="toolbar" role="group" aria-label=${m.toolbarLabel}>
      <button type="button" @click=${() => void this.exportFile('svg')}>${m.exportSvg}</button>
      <button type="button" @click=${() => void this.exportFile('png')}>${m.exportPng}</button>
      <button type="button" @click=${() => void this.exportFile('ics')}>${m.exportIcs}</button>
      <button type="button" @click=${() => printOnPage('A3 portrait')}>
        ${commonMessages[lang].print}
      </button>
    </div>`;
  }

  /**
   * The wheel, one template for the screen and the files (`live` false: no selection or focus
   * marks). An image: the list beside it says the same in text.
   */
  private renderWheel(view: WheelView, lang: Lang, live: boolean): TemplateResult {
    const { layout } = view;
    const { sizes } = layout;
    const w = sizes.halfWidth;
    const h = sizes.halfHeight;
    const focusId = live && this.listFocused ? this.roving.active : undefined;
    const selectedId = live ? this.selectedId : undefined;
    const today = layout.today;
    return html`<svg
      part="wheel"
      class="wheel"
      viewBox="${-w} ${-h} ${2 * w} ${2 * h}"
      role="img"
      aria-label=${this.wheelLabel(view, lang)}
      @click=${live ? this.onWheelClick : nothing}
    >
      ${layout.rings.map(
        (ring, i) => svg`<path class="ring tone-${TONES[i % TONES.length]}" d=${ring.path}></path>`,
      )}
      ${layout.months.map(
        (month) => svg`<path class="month ${month.current ? 'current' : ''}" d=${month.path}></path>
          <line class="spoke" x1=${month.spoke.x1} y1=${month.spoke.y1} x2=${month.spoke.x2} y2=${month.spoke.y2}></line>
          <text class="month-label ${month.current ? 'current' : ''}" x=${month.labelX} y=${month.labelY} dy="0.35em"
            >${monthName(month.month, lang).slice(0, 3)}</text>`,
      )}
      ${layout.shapes.map((shape) => {
        const tone = this.toneOf(shape.ring);
        const state = `${shape.id === selectedId ? 'selected' : ''} ${shape.id === focusId ? 'focused' : ''}`;
        return shape.kind === 'marker'
          ? svg`<circle class="activity marker tone-${tone} ${state}" data-activity=${shape.id}
              cx=${shape.cx} cy=${shape.cy} r=${shape.r}></circle>`
          : svg`<path class="activity arc tone-${tone} ${state}" data-activity=${shape.id} d=${shape.path ?? ''}></path>`;
      })}
      ${layout.rings.map(
        (ring) =>
          svg`<text class="ring-label" x="4" y=${ring.labelY} dy="0.35em">${ring.label}</text>`,
      )}
      ${layout.labels.map(
        (
          label,
        ) => svg`<line class="leader" x1=${label.leader.x1} y1=${label.leader.y1} x2=${label.leader.x2} y2=${label.leader.y2}></line>
          <text class="label ${label.numbered ? 'numbered' : ''} ${label.id === selectedId ? 'selected' : ''}"
            data-activity=${label.id} x=${label.x} y=${label.y} text-anchor=${label.anchor}>${label.text}</text>`,
      )}
      ${
        today
          ? svg`<line class="today" x1=${today.x1} y1=${today.y1} x2=${today.x2} y2=${today.y2}></line>`
          : nothing
      }
      <text class="centre-year" x="0" y="6">${view.year}</text>
    </svg>`;
  }

  private renderList(view: WheelView, lang: Lang): TemplateResult {
    const m = wheelMessages[lang];
    const now = this.now();
    const currentMonth = now.getFullYear() === view.year ? now.getMonth() : -1;
    return html`<div class="list" part="list">
      <p class="list-title" id="${this.uid}-list">${m.listHeading}</p>
      ${
        currentMonth >= 0
          ? html`<p class="today-text">
              ${format(m.today, { date: formatWheelDate(isoToday(now), lang, view.year) })}
            </p>`
          : nothing
      }
      <p class="help" id="${this.uid}-help">
        ${m.keyboardHelp} ${this.editable ? m.keyboardHelpEditable : nothing}
      </p>
      ${
        this.editable
          ? html`<button type="button" class="add-activity" @click=${() => this.addActivity()}>
              ${m.addActivity}
            </button>`
          : nothing
      }
      <ol
        class="months"
        aria-labelledby="${this.uid}-list"
        @keydown=${this.onListKeydown}
        @focusin=${this.onListFocusin}
        @focusout=${this.onListFocusout}
      >
        ${view.months.map((month) => {
          const current = month.month === currentMonth;
          const heading = `${this.uid}-month-${month.month}`;
          return html`<li class="month-group ${current ? 'current' : ''}">
            <p class="month-title" id=${heading}>
              ${monthName(month.month, lang)}${
                current ? html` <span class="tag">(${m.currentMonth})</span>` : nothing
              }
            </p>
            ${
              month.activities.length === 0
                ? html`<p class="empty">${m.monthEmpty}</p>`
                : html`<ul aria-labelledby=${heading}>
                    ${month.activities.map((a) => this.renderItem(a, view, lang))}
                  </ul>`
            }
          </li>`;
        })}
      </ol>
    </div>`;
  }

  private renderItem(a: DatedActivity, view: WheelView, lang: Lang): TemplateResult {
    const m = wheelMessages[lang];
    const { activity } = a;
    const selected = activity.id === this.selectedId;
    const number = view.numbers.get(activity.id);
    const continued = a.first < Date.UTC(view.year, 0, 1) / 86_400_000;
    return html`<li class="item tone-${this.toneOf(activity.ring)}">
      <button
        type="button"
        data-id=${activity.id}
        tabindex=${this.roving.tabIndex(activity.id)}
        aria-expanded=${selected ? 'true' : 'false'}
        aria-controls=${ifDefined(selected ? `${this.uid}-detail` : undefined)}
        aria-describedby="${this.uid}-help"
        class=${selected ? 'selected' : ''}
        @click=${() => this.select(selected ? undefined : activity.id)}
      >
        <span class="swatch ${a.first === a.last ? 'dot' : 'bar'}" aria-hidden="true"></span>
        <span class="item-text"
          >${number !== undefined ? `${number}. ` : ''}${this.activityText(activity, view.year, lang)}${
            continued ? ` (${m.continuesFromLastYear})` : ''
          }</span
        >
        ${activity.checklist === 'model' ? html`<span class="tag">${m.checklistModel}</span>` : nothing}
        ${selected ? html`<span class="tag selected-tag">${m.selected}</span>` : nothing}
      </button>
    </li>`;
  }

  private renderDetail(activity: WheelActivity, view: WheelView, lang: Lang): TemplateResult {
    const m = wheelMessages[lang];
    const c = commonMessages[lang];
    const heading = `${this.uid}-detail-title`;
    return html`<section
      class="detail"
      part="detail"
      id="${this.uid}-detail"
      aria-labelledby=${heading}
    >
      <p class="detail-kind">${m.detailHeading}</p>
      <p class="detail-title" id=${heading}>${activity.title}</p>
      <p>${this.ringLabel(activity.ring)} · ${formatActivityDates(activity, lang, view.year)}</p>
      ${activity.note ? html`<p class="note">${activity.note}</p>` : nothing}
      ${
        activity.link && /^https?:\/\//i.test(activity.link)
          ? html`<p><a href=${activity.link} rel="noopener">${activity.link}</a></p>`
          : activity.link
            ? html`<p>${activity.link}</p>`
            : nothing
      }
      ${
        activity.checklist === 'model'
          ? html`<p class="checklist">
              ${m.checklistModel}
              <button type="button" class="open-model" @click=${() => this.openModel(activity)}>
                ${m.openModel}
              </button>
            </p>`
          : nothing
      }
      ${this.editable ? keyed(activity.id, this.renderForm(activity, lang)) : nothing}
      <button type="button" class="close" @click=${() => this.closeDetail()}>${c.close}</button>
    </section>`;
  }

  private closeDetail(): void {
    const id = this.selectedId;
    this.select(undefined);
    if (id) void this.roving.focus(id);
  }

  private renderForm(activity: WheelActivity, lang: Lang): TemplateResult {
    const m = wheelMessages[lang];
    const rings = this.current?.rings ?? [];
    return html`<form class="edit" @submit=${(e: SubmitEvent) => this.saveActivity(e, activity)}>
      <label
        >${m.fieldTitle} <input name="title" type="text" required .value=${activity.title}
      /></label>
      <label
        >${m.fieldRing}
        <select name="ring">
          ${rings.map(
            (ring) =>
              html`<option value=${ring.id} ?selected=${ring.id === activity.ring}>
                ${ring.label}
              </option>`,
          )}
        </select></label
      >
      <label
        >${m.fieldStart} <input name="start" type="date" required .value=${activity.start}
      /></label>
      <label>${m.fieldEnd} <input name="end" type="date" .value=${activity.end ?? ''} /></label>
      <label>${m.fieldNote} <textarea name="note" .value=${activity.note ?? ''}></textarea></label>
      <label
        >${m.fieldLink}
        <input name="link" type="text" inputmode="url" .value=${activity.link ?? ''}
      /></label>
      <label class="check"
        ><input name="checklist" type="checkbox" .checked=${activity.checklist === 'model'} />
        ${m.fieldChecklist}</label
      >
      <p class="form-error" role="alert"></p>
      <div class="form-actions">
        <button type="submit">${m.save}</button>
        <button type="button" class="delete" @click=${() => this.deleteActivity(activity)}>
          ${m.deleteActivity}
        </button>
      </div>
    </form>`;
  }

  private renderRings(lang: Lang): TemplateResult {
    const m = wheelMessages[lang];
    const rings = this.current?.rings ?? [];
    const heading = `${this.uid}-rings`;
    return html`<div class="rings" role="group" aria-labelledby=${heading}>
      <p class="legend-title" id=${heading}>${m.ringsHeading}</p>
      <ol>
        ${rings.map(
          (ring, index) =>
            html`<li class="tone-${TONES[index % TONES.length]}">
              <span class="swatch bar" aria-hidden="true"></span>
              <input
                type="text"
                .value=${ring.label}
                aria-label=${format(m.renameRing, { label: ring.label })}
                @change=${(e: Event) => this.renameRing(ring.id, e.target as HTMLInputElement)}
              />
              ${this.ringMoves.render({ container: 'rings', index }, lang)}
              ${
                rings.length > 1
                  ? html`<button type="button" @click=${() => this.removeRing(ring.id)}>
                      ${format(m.removeRing, { label: ring.label })}
                    </button>`
                  : nothing
              }
            </li>`,
        )}
      </ol>
      <form class="add" @submit=${(e: SubmitEvent) => this.addRing(e)}>
        <label>${m.newRingName} <input type="text" name="label" /></label>
        <button type="submit">${m.addRing}</button>
      </form>
    </div>`;
  }
}
