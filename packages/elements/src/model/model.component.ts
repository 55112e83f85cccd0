import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import type {
  AreaStatus,
  Lang,
  LevelId,
  ModelData,
  ModelDocument,
  ParseResult,
  VennMarker,
} from '@mulighetsrom/core';
import { LEVEL_IDS, isLevelId } from '@mulighetsrom/core/catalog/levels.js';
import { commonMessages } from '@mulighetsrom/core/i18n/common.js';
import { format } from '@mulighetsrom/core/i18n/format.js';
import { modelMessages } from '@mulighetsrom/core/i18n/model.js';
import { AREA_STATUSES, quickParseModelData } from '@mulighetsrom/core/schema/model-schema.js';
import { levelMask } from '@mulighetsrom/core/venn/frame.js';
import type { MaybeLater } from '../internal/data-source.js';
import { offerFile } from '../internal/offer-file.js';
import { print } from '../internal/print.js';
import { lazy } from '../internal/lazy.js';
import { RovingFocusController, type ArrowKey } from '../internal/roving-focus.js';
import type { WidgetEvents } from '../internal/events.js';
import { MulighetsromElement } from '../internal/mulighetsrom-element.js';
import {
  DASH,
  accessibleName,
  badgeDisc,
  numberSize,
  badgePath,
  areaView,
  diagramLabel,
  entryMap,
  geometryFor,
  legendGroups,
  levelName,
  nextInDirection,
  plannedPath,
  regionName,
  statusLabel,
  withEntry,
  type AreaView,
  type Direction,
  type ModelGeometry,
} from './model-view.js';
import type { EntryPatch } from './model-detail.js';
import { modelStyles } from './model.styles.js';

// Parts the first render does not need, loaded on first use and shared by every instance.
const exporter = lazy(() => import('./model-export.js'));
const comparePart = lazy(() => import('./model-compare.js'));
const detailPart = lazy(() => import('./model-detail.js'));
// The parser that explains bad data: good data passes the quick check without it.
const fullParser = lazy(() => import('./model-parse.js'));

const KEY_DIRECTIONS: Readonly<Record<ArrowKey, Direction>> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

let instances = 0;

/** `mulighetsrom-select` of the model: the selected area's number, or null when cleared. */
export interface ModelSelectDetail {
  readonly id: number | null;
}

/** The model's events, typed by its data (`detail.value: ModelData`). */
export type ModelEvents = WidgetEvents<ModelData, ModelSelectDetail>;

interface LevelListeners {
  readonly choose: () => void;
  readonly enter: () => void;
  readonly leave: () => void;
}

/** The class attribute of the keys that are true (what classMap does, without the directive). */
const classes = (flags: Readonly<Record<string, boolean>>): string =>
  Object.keys(flags)
    .filter((name) => flags[name])
    .join(' ');

/**
 * The opportunity-space model of the NAV partnership: three overlapping circles (owner, office
 * and service level) with the 20 development areas, each in the region of its levels, and the
 * users and the social mission in the centre. Statuses show as colour, outline, badge and text.
 * Given an array of documents it compares partnerships: small multiples and a count table.
 *
 * @tagname mulighetsrom-model
 * @summary The Venn model of the opportunity space, with statuses, details and comparison.
 *
 * @event mulighetsrom-select - An area was selected (`detail.id`) or the detail closed (`id: null`).
 * @event mulighetsrom-change - The user edited a status, the plan flag or a note (`detail.value`).
 * @event mulighetsrom-error - Input data was rejected (`detail.errors`); the last good data stays.
 *
 * @csspart circle - Each level circle (also `circle-eier`, `circle-kontor`, `circle-tjeneste`).
 * @csspart area - Each area marker in the diagram.
 * @csspart legend - The legend: status key and areas grouped by region.
 * @csspart detail - The detail panel of the selected area.
 * @csspart toolbar - The export and print buttons.
 * @csspart table - The aggregate table in compare mode.
 * @csspart errors - The box listing data errors.
 *
 * @cssprop --mulighetsrom-font-family - Font of the widget and of exports (inherits by default).
 * @cssprop --mulighetsrom-color-level-eier-fill - Fill of the owner-level circle (also -stroke, -text; same for kontor, tjeneste).
 * @cssprop --mulighetsrom-color-status-strong-background - Fill of a strong area (also -border, -text; same for improve, unknown, planned).
 * @cssprop --mulighetsrom-color-focus-ring - The focus ring.
 * @cssprop --mulighetsrom-model-max-width - Largest width of the diagram (default 40rem).
 */
export class MulighetsromModel extends MulighetsromElement<ModelData, ModelSelectDetail> {
  static override styles = [MulighetsromElement.styles, modelStyles];

  /** Highlights one level's circle and areas (`eier`, `kontor` or `tjeneste`). */
  @property({ reflect: true }) level?: LevelId;

  /** Shows buttons for SVG and PNG export and print. */
  @property({ type: Boolean, reflect: true }) toolbar = false;

  /** The area whose details are shown. */
  @state() private selectedId: number | undefined;
  /** Area under the pointer or focus, named under the diagram. */
  @state() private hoverId: number | undefined;
  /** Level under the pointer or focus (wins over `level` while it lasts). */
  @state() private hoverLevel: LevelId | undefined;

  private readonly uid = `mr-model-${++instances}`;

  /** The diagram's single Tab stop; arrows follow the markers' places, not their numbers. */
  private readonly roving = new RovingFocusController<number>(this, {
    layout: 'list',
    rows: () => [geometryFor(this.doc).layout.markers.map((marker) => marker.id)],
    element: (id) => this.marker(id),
    arrow: (from, key) =>
      nextInDirection(geometryFor(this.doc).layout.markers, from, KEY_DIRECTIONS[key]),
  });

  /** parseModelData() returns a deep copy of its input. */
  protected static override readonly parseCopiesInput = true;

  protected parseData(input: unknown): MaybeLater<ParseResult<ModelData>> {
    const value = quickParseModelData(input);
    if (value !== undefined) return { ok: true, value };
    return fullParser.load().then(({ parseModelData }) => parseModelData(input));
  }

  /** The single document (undefined in compare mode or without data). */
  private get doc(): ModelDocument | undefined {
    return this.current && !Array.isArray(this.current) ? this.current : undefined;
  }

  private views(doc: ModelDocument | undefined, geometry: ModelGeometry): Map<number, AreaView> {
    const entries = entryMap(doc);
    return new Map(geometry.areas.map((area) => [area.id, areaView(area, entries.get(area.id))]));
  }

  // ---------------------------------------------------------------- public API

  /** Select an area (opens its details) or clear the selection with `null`. */
  select(id: number | null): void {
    const known = id !== null && geometryFor(this.doc).areas.some((a) => a.id === id);
    const next = known ? id : undefined;
    if (next === this.selectedId) return;
    this.selectedId = next;
    if (next !== undefined) this.roving.activate(next);
    this.emit('mulighetsrom-select', { id: next ?? null });
  }

  /**
   * The model as a standalone SVG document (styles and text inside). Async: the export code
   * is loaded on first use. In compare mode, the first document.
   */
  async exportSVG(): Promise<string> {
    const { buildSvg } = await exporter.load();
    const doc = this.doc ?? (Array.isArray(this.current) ? this.current[0] : undefined);
    const geometry = geometryFor(doc);
    const views = this.views(doc, geometry);
    const lang = this.language;
    const label = diagramLabel(doc, lang);
    // The file draws the diagram with the template on screen, without the live state.
    return buildSvg({
      diagram: this.renderDiagram(geometry, views, lang, false, label),
      geometry,
      views,
      lang,
      label,
      title: doc?.title,
      styles: modelStyles,
      style: getComputedStyle(this),
    });
  }

  /** The model as a PNG image, `scale` times the SVG size (default 2). */
  async exportPNG({ scale = 2 }: { scale?: number } = {}): Promise<Blob> {
    const { svgToPng } = await exporter.load();
    return svgToPng(await this.exportSVG(), scale);
  }

  // ---------------------------------------------------------------- lifecycle

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const ids = geometryFor(this.doc).areas.map((a) => a.id);
    if (this.selectedId !== undefined && !ids.includes(this.selectedId))
      this.selectedId = undefined;
  }

  // ---------------------------------------------------------------- events

  private onAreaKey(event: KeyboardEvent, id: number): void {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      void this.openDetail(id);
      return;
    }
    const next = this.roving.onKeydown(event, id);
    if (next !== undefined) this.hoverId = next;
  }

  private marker(id: number): SVGGElement | null | undefined {
    return this.renderRoot.querySelector<SVGGElement>(`.area[data-id="${id}"]`);
  }

  private async openDetail(id: number): Promise<void> {
    this.select(id);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.detail h3')?.focus();
  }

  private async closeDetail(): Promise<void> {
    const id = this.selectedId;
    if (id === undefined) return;
    this.select(null);
    await this.updateComplete;
    this.marker(id)?.focus();
  }

  /** The area marker an event in the diagram came from (events are delegated to the svg). */
  private areaOf(event: Event): number | undefined {
    const target = event.target instanceof Element ? event.target.closest('.area[data-id]') : null;
    return target ? Number(target.getAttribute('data-id')) : undefined;
  }

  // One listener per kind on the diagram instead of four per marker: fewer parts to update.
  private onDiagramClick = (event: MouseEvent): void => {
    const id = this.areaOf(event);
    if (id !== undefined) void this.openDetail(id);
  };

  private onDiagramKey = (event: KeyboardEvent): void => {
    const id = this.areaOf(event);
    if (id !== undefined) this.onAreaKey(event, id);
  };

  private onDiagramFocus = (event: FocusEvent): void => {
    const id = this.areaOf(event);
    if (id === undefined) return;
    this.roving.activate(id);
    this.hoverId = id;
  };

  private onDiagramOver = (event: MouseEvent): void => {
    const id = this.areaOf(event);
    if (id !== undefined) this.hoverId = id;
  };

  private onLegendOver = (event: MouseEvent): void => {
    const item =
      event.target instanceof Element ? event.target.closest<HTMLLIElement>('.items > li') : null;
    if (item) this.hoverId = item.value;
  };

  /** Listeners of the level chips and circles, made once per level so Lit has nothing to swap. */
  private readonly levelListeners = new Map<LevelId | undefined, LevelListeners>();

  private listenersFor(level: LevelId | undefined): LevelListeners {
    let listeners = this.levelListeners.get(level);
    if (!listeners) {
      listeners = {
        choose: () => this.chooseLevel(level),
        enter: () => (this.hoverLevel = level),
        leave: () => (this.hoverLevel = undefined),
      };
      this.levelListeners.set(level, listeners);
    }
    return listeners;
  }

  private onKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.selectedId !== undefined) {
      event.stopPropagation();
      void this.closeDetail();
    }
  };

  private edit(id: number, patch: EntryPatch): void {
    const doc = this.doc;
    if (!doc || !this.editable) return;
    const label = this.editLabel(doc, id, patch);
    this.commitEdit(withEntry(doc, id, patch), label);
    this.announcer.announce(label);
  }

  /** What an edit did, in words: the undo step's name and what a screen reader hears. */
  private editLabel(doc: ModelDocument, id: number, patch: EntryPatch): string {
    const lang = this.language;
    const m = modelMessages[lang];
    const view = this.views(doc, geometryFor(doc)).get(id);
    const name = view ? view.area.name[lang] : String(id);
    if (patch.status)
      return format(m.editedStatus, { name, status: statusLabel(patch.status, lang) });
    if (patch.planned !== undefined)
      return format(patch.planned ? m.editedPlanned : m.editedNotPlanned, { name });
    return format(m.editedNote, { name });
  }

  private chooseLevel(level: LevelId | undefined): void {
    this.level = level;
  }

  private async exportFile(kind: 'svg' | 'png'): Promise<void> {
    await offerFile(
      async () =>
        kind === 'svg'
          ? new Blob([await this.exportSVG()], { type: 'image/svg+xml' })
          : this.exportPNG({ scale: 2 }),
      this.doc?.title,
      kind,
    );
  }

  // ---------------------------------------------------------------- render

  override render() {
    const lang = this.language;
    if (Array.isArray(this.current)) {
      const compare = this.parts.use(comparePart);
      return html`${this.renderNotices()}${
        compare
          ? compare.renderCompare(
              {
                views: (doc, geometry) => this.views(doc, geometry),
                diagram: (geometry, views, label) =>
                  this.renderDiagram(geometry, views, lang, false, label),
                toolbar: () => (this.toolbar ? this.renderToolbar(lang) : nothing),
              },
              this.current,
              lang,
            )
          : nothing
      }`;
    }
    const doc = this.doc;
    const geometry = geometryFor(doc);
    const views = this.views(doc, geometry);
    const m = modelMessages[lang];
    const selected = this.selectedId === undefined ? undefined : views.get(this.selectedId);
    return html`${this.renderNotices()}
      <div class="model" @keydown=${this.onKeydown}>
        ${doc?.title ? html`<p class="title">${doc.title}</p>` : nothing}
        ${this.toolbar ? this.renderToolbar(lang) : nothing}
        ${this.editable ? html`<div class="edit-bar">${this.history.renderButtons(lang)}</div>` : nothing}
        <div class="columns">
          <figure class="figure">
            ${this.renderDiagram(geometry, views, lang, true, diagramLabel(doc, lang))}
            <figcaption class="hover-name" aria-hidden="true">
              ${
                this.hoverId !== undefined && views.has(this.hoverId)
                  ? accessibleName(views.get(this.hoverId)!, lang)
                  : '\u00a0'
              }
            </figcaption>
            <p id="${this.uid}-help" class="visually-hidden">${m.diagramHelp}</p>
          </figure>
          <div class="side">
            ${guard([lang, this.level], () => this.renderLevelChooser(lang))}
            ${selected ? this.renderDetail(selected, lang) : nothing}
            ${this.renderLegend(geometry, views, lang)}
          </div>
        </div>
      </div>`;
  }

  private activeLevel(): LevelId | undefined {
    const level = this.hoverLevel ?? this.level;
    return isLevelId(level) ? level : undefined;
  }

  private renderDiagram(
    geometry: ModelGeometry,
    views: ReadonlyMap<number, AreaView>,
    lang: Lang,
    interactive: boolean,
    label: string,
  ): TemplateResult {
    const { layout } = geometry;
    const m = modelMessages[lang];
    const active = interactive ? this.activeLevel() : undefined;
    const activeBit = active ? levelMask([active]) : 0;
    const markers = layout.markers;
    return html`<svg
      class="diagram"
      viewBox="0 0 ${layout.width} ${layout.height}"
      role=${interactive ? 'group' : 'img'}
      aria-label=${label}
      aria-describedby=${interactive ? `${this.uid}-help` : nothing}
      @click=${interactive ? this.onDiagramClick : nothing}
      @keydown=${interactive ? this.onDiagramKey : nothing}
      @focusin=${interactive ? this.onDiagramFocus : nothing}
      @mouseover=${interactive ? this.onDiagramOver : nothing}
    >
      ${layout.circles.map(
        (c) =>
          svg`<circle part="circle circle-${c.level}" class=${classes({ circle: true, [`c-${c.level}`]: true, active: active === c.level, dim: !!active && active !== c.level })} cx=${c.cx} cy=${c.cy} r=${c.r} @mouseenter=${interactive ? this.listenersFor(c.level).enter : nothing} @mouseleave=${interactive ? this.listenersFor(c.level).leave : nothing}></circle>`,
      )}
      ${layout.circles.map(
        (c) =>
          svg`<text class="level-label t-${c.level}" x=${c.labelX} y=${c.labelY} text-anchor="middle" aria-hidden="true">${levelName(c.level, lang)}</text>`,
      )}
      <text
        class="centre-label"
        x=${layout.centre.x}
        y=${layout.centre.y}
        text-anchor="middle"
        aria-hidden="true"
      >
        <tspan x=${layout.centre.x} dy="-0.2em">${m.centreLine1}</tspan>
        <tspan x=${layout.centre.x} dy="1.2em">${m.centreLine2}</tspan>
      </text>
      ${markers.map((marker) => {
        const view = views.get(marker.id);
        if (!view) return nothing;
        const dim = !!active && (marker.region & activeBit) === 0;
        const id = marker.id;
        // A status change re-renders one marker, not twenty: the rest are skipped unchanged.
        return guard(
          [marker, view.area, view.status, view.planned, lang, interactive, dim].concat(
            interactive ? [this.selectedId === id, this.roving.tabIndex(id) === 0] : [],
          ),
          () => this.renderMarker(marker, view, lang, interactive, dim),
        );
      })}
    </svg>`;
  }

  private renderMarker(
    marker: VennMarker,
    view: AreaView,
    lang: Lang,
    interactive: boolean,
    dim: boolean,
  ): TemplateResult {
    const { id, r } = marker;
    const status = view.status;
    const selected = interactive && this.selectedId === id;
    const names = `area ${status}${view.planned ? ' planned' : ''}${dim ? ' dim' : ''}${selected ? ' selected' : ''}`;
    const size = numberSize(id, r);
    const disc = badgeDisc(r);
    // One template per marker (not a group and a nested shape): the first render makes 20
    // template instances fewer. Outside the live diagram the interactive attributes are left out.
    return svg`<g
      part=${interactive ? 'area' : nothing}
      class=${names}
      data-id=${interactive ? id : nothing}
      transform="translate(${marker.x} ${marker.y})"
      role=${interactive ? 'button' : nothing}
      tabindex=${interactive ? this.roving.tabIndex(id) : nothing}
      aria-label=${interactive ? accessibleName(view, lang) : nothing}
      aria-expanded=${interactive ? (selected ? 'true' : 'false') : nothing}
    ><circle class="ring" r=${r + 5}></circle><circle class="mark" r=${r} stroke-dasharray=${DASH[status] || nothing}></circle><text class="num" font-size=${size} text-anchor="middle" dominant-baseline="central">${id}</text>${status === 'unknown' ? nothing : svg`<circle class="badge-bg" cx=${disc.cx} cy=${disc.cy} r=${disc.r}></circle><path class="badge" d=${badgePath(status, r)}></path>`}${view.planned ? svg`<path class="planned-mark" d=${plannedPath(r)}></path>` : nothing}</g>`;
  }

  private renderLevelChooser(lang: Lang): TemplateResult {
    const m = modelMessages[lang];
    const option = (level: LevelId | undefined, label: string) => {
      const on = this.listenersFor(level);
      return html`<button
        type="button"
        class="chip ${level ? `chip-${level}` : ''}"
        aria-pressed=${this.level === level ? 'true' : 'false'}
        @click=${on.choose}
        @focus=${on.enter}
        @blur=${on.leave}
        @mouseenter=${on.enter}
        @mouseleave=${on.leave}
      >
        ${label}
      </button>`;
    };
    return html`<div class="levels" role="group" aria-label=${m.levelFocus}>
      ${option(undefined, m.allLevels)} ${LEVEL_IDS.map((l) => option(l, levelName(l, lang)))}
    </div>`;
  }

  private renderKey(lang: Lang): TemplateResult {
    const c = commonMessages[lang];
    const item = (status: AreaStatus, planned: boolean, label: string) =>
      html`<li>
        <svg class="key-symbol" viewBox="-16 -16 32 32" aria-hidden="true">
          <g class="area ${status} ${planned ? 'planned' : ''}">
            <circle class="mark" r="10" stroke-dasharray=${DASH[status] || nothing}></circle>
            ${
              status === 'unknown' || planned
                ? nothing
                : svg`<circle class="badge-bg" cx="7.8" cy="7.8" r="4.2"></circle><path class="badge" d=${badgePath(status, 10)}></path>`
            }
            ${planned ? svg`<path class="planned-mark" d=${plannedPath(10)}></path>` : nothing}
          </g>
        </svg>
        ${label}
      </li>`;
    return html`<ul class="key">
      ${AREA_STATUSES.map((s) => item(s, false, statusLabel(s, lang)))}
      ${item('unknown', true, c.statusPlanned)}
    </ul>`;
  }

  private renderLegend(
    geometry: ModelGeometry,
    views: ReadonlyMap<number, AreaView>,
    lang: Lang,
  ): TemplateResult {
    const m = modelMessages[lang];
    const active = this.activeLevel();
    const activeBit = active ? levelMask([active]) : 0;
    return html`<section
      class="legend"
      part="legend"
      aria-labelledby="${this.uid}-legend"
      @mouseover=${this.onLegendOver}
    >
      <h3 class="legend-title" id="${this.uid}-key">${m.legendStatus}</h3>
      ${guard([lang], () => this.renderKey(lang))}
      <h3 class="legend-title" id="${this.uid}-legend">${m.legendAreas}</h3>
      ${legendGroups(geometry.layout).map(({ mask, markers }) => {
        return html`<div class="group ${active && (mask & activeBit) !== 0 ? 'hit' : ''}">
          <p class="group-title">${regionName(mask, lang)}</p>
          <ol class="items">
            ${markers.map((marker) => {
              const view = views.get(marker.id)!;
              const hover = this.hoverId === marker.id;
              return guard(
                [marker, view.area, view.status, view.planned, lang, hover],
                () =>
                  html`<li value=${marker.id} class="${view.status}${hover ? ' hover' : ''}">
                    <span class="item-name">${view.area.name[lang]}</span>
                    <span class="item-status"
                      >${statusLabel(view.status, lang)}${
                        view.planned ? ` · ${commonMessages[lang].statusPlanned}` : ''
                      }</span
                    >
                  </li>`,
              );
            })}
          </ol>
        </div>`;
      })}
    </section>`;
  }

  private renderDetail(view: AreaView, lang: Lang): unknown {
    const detail = this.parts.use(detailPart);
    if (!detail) return nothing;
    return detail.renderDetail(
      {
        uid: this.uid,
        editable: this.editable,
        close: () => void this.closeDetail(),
        edit: (id, patch) => this.edit(id, patch),
      },
      view,
      lang,
    );
  }

  private renderToolbar(lang: Lang): TemplateResult {
    const m = modelMessages[lang];
    return html`<div class="toolbar" part="toolbar" role="group" aria-label=${m.toolbarLabel}>
      <button type="button" @click=${() => void this.exportFile('svg')}>${m.exportSvg}</button>
      <button type="button" @click=${() => void this.exportFile('png')}>${m.exportPng}</button>
      <button type="button" @click=${print}>${commonMessages[lang].print}</button>
    </div>`;
  }
}
