import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import {
  commonMessages,
  format,
  modelDocuments,
  modelMessages,
  parseModelData,
  type AreaStatus,
  type Lang,
  type LevelId,
  type ModelData,
  type ModelDocument,
  type ParseResult,
  type VennMarker,
} from '@mulighetsrom/core';
import { MulighetsromElement } from '../internal/mulighetsrom-element.js';
import {
  REGION_ORDER,
  accessibleName,
  aggregate,
  areaView,
  entryMap,
  geometryFor,
  levelName,
  nextInDirection,
  regionName,
  statusLabel,
  withEntry,
  type AreaView,
  type Direction,
  type ModelGeometry,
} from './model-view.js';
import {
  DASH,
  badgePath,
  buildSvg,
  download,
  plannedPath,
  svgToPng,
  type ExportTheme,
} from './model-export.js';
import { modelStyles } from './model.styles.js';

const LEVELS: readonly LevelId[] = ['eier', 'kontor', 'tjeneste'];
const STATUSES: readonly AreaStatus[] = ['strong', 'improve', 'unknown'];
const KEY_DIRECTIONS: Readonly<Record<string, Direction>> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

let instances = 0;

/**
 * The opportunity-space model of the NAV partnership: three overlapping circles (owner, office
 * and service level) with the 20 development areas, each in the region of its levels, and the
 * users and the social mission in the centre. Statuses show as colour, outline, badge and text.
 * Given an array of documents it compares partnerships: small multiples and a count table.
 *
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
export class MulighetsromModel extends MulighetsromElement<ModelData> {
  static override styles = [MulighetsromElement.styles, modelStyles];

  /** Highlights one level's circle and areas (`eier`, `kontor` or `tjeneste`). */
  @property({ reflect: true }) level?: LevelId;

  /** Shows buttons for SVG and PNG export and print. */
  @property({ type: Boolean, reflect: true }) toolbar = false;

  /** The area whose details are shown. */
  @state() private selectedId: number | undefined;
  /** The marker that holds the diagram's single Tab stop. */
  @state() private focusId: number | undefined;
  /** Area under the pointer or focus, named under the diagram. */
  @state() private hoverId: number | undefined;
  /** Level under the pointer or focus (wins over `level` while it lasts). */
  @state() private hoverLevel: LevelId | undefined;

  private readonly uid = `mr-model-${++instances}`;

  protected parseData(input: unknown): ParseResult<ModelData> {
    return parseModelData(input);
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
    if (next !== undefined) this.focusId = next;
    this.emit('mulighetsrom-select', { id: next ?? null });
  }

  /** The model as a standalone SVG document (styles and text inside). */
  exportSVG(): string {
    const doc = this.doc ?? (Array.isArray(this.current) ? this.current[0] : undefined);
    const geometry = geometryFor(doc);
    return buildSvg(geometry, this.views(doc, geometry), this.language, this.theme(), doc?.title);
  }

  /** The model as a PNG image, `scale` times the SVG size (default 2). */
  exportPNG({ scale = 2 }: { scale?: number } = {}): Promise<Blob> {
    return svgToPng(this.exportSVG(), scale);
  }

  // ---------------------------------------------------------------- lifecycle

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const ids = geometryFor(this.doc).areas.map((a) => a.id);
    if (this.selectedId !== undefined && !ids.includes(this.selectedId))
      this.selectedId = undefined;
    if (this.focusId === undefined || !ids.includes(this.focusId)) this.focusId = ids[0];
  }

  // ---------------------------------------------------------------- events

  private onAreaKey(event: KeyboardEvent, id: number, markers: readonly VennMarker[]): void {
    const dir = KEY_DIRECTIONS[event.key];
    let next: number | undefined;
    if (dir) next = nextInDirection(markers, id, dir);
    else if (event.key === 'Home') next = markers[0]?.id;
    else if (event.key === 'End') next = markers[markers.length - 1]?.id;
    else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.openDetail(id);
      return;
    } else return;
    event.preventDefault();
    if (next !== undefined) this.moveFocus(next);
  }

  private async moveFocus(id: number): Promise<void> {
    this.focusId = id;
    this.hoverId = id;
    await this.updateComplete;
    this.marker(id)?.focus();
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

  private onKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.selectedId !== undefined) {
      event.stopPropagation();
      void this.closeDetail();
    }
  };

  private edit(
    id: number,
    patch: Partial<{ status: AreaStatus; planned: boolean; note: string }>,
  ): void {
    const doc = this.doc;
    if (!doc || !this.editable) return;
    this.commitEdit(withEntry(doc, id, patch));
  }

  private chooseLevel(level: LevelId | undefined): void {
    this.level = level;
  }

  private theme(): ExportTheme {
    const style = getComputedStyle(this);
    const read = (name: string, fallback: string): string =>
      style.getPropertyValue(name).trim() || fallback;
    const level = (l: LevelId, fill: string, stroke: string) => ({
      fill: read(`--mulighetsrom-color-level-${l}-fill`, fill),
      stroke: read(`--mulighetsrom-color-level-${l}-stroke`, stroke),
    });
    const status = (s: string, fill: string, stroke: string) => ({
      fill: read(`--mulighetsrom-color-status-${s}-background`, fill),
      stroke: read(`--mulighetsrom-color-status-${s}-border`, stroke),
    });
    return {
      font: read('--mulighetsrom-font-family', '') || style.fontFamily || 'sans-serif',
      text: read('--mulighetsrom-color-text-default', '#1a2230'),
      surface: read('--mulighetsrom-color-surface-default', '#ffffff'),
      level: {
        eier: level('eier', '#2c5ea824', '#2c5ea8'),
        kontor: level('kontor', '#0d737724', '#0d7377'),
        tjeneste: level('tjeneste', '#8a4a9e24', '#8a4a9e'),
      },
      status: {
        strong: status('strong', '#dff3e4', '#2e8540'),
        improve: status('improve', '#fff3c4', '#a37800'),
        unknown: status('unknown', '#ffffff', '#6b7480'),
        planned: status('planned', '#e4ebfb', '#3b5fc0'),
      },
    };
  }

  private async exportFile(kind: 'svg' | 'png'): Promise<void> {
    const name = (this.doc?.title ?? 'mulighetsrom').replace(/[^\p{L}\p{N}]+/gu, '-');
    if (kind === 'svg') {
      download(new Blob([this.exportSVG()], { type: 'image/svg+xml' }), `${name}.svg`);
    } else {
      download(await this.exportPNG({ scale: 2 }), `${name}.png`);
    }
  }

  // ---------------------------------------------------------------- render

  override render() {
    const lang = this.language;
    if (Array.isArray(this.current))
      return html`${this.renderErrors()}${this.renderCompare(this.current, lang)}`;
    const doc = this.doc;
    const geometry = geometryFor(doc);
    const views = this.views(doc, geometry);
    const m = modelMessages[lang];
    const selected = this.selectedId === undefined ? undefined : views.get(this.selectedId);
    return html`${this.renderErrors()}
      <div class="model" @keydown=${this.onKeydown}>
        ${doc?.title ? html`<p class="title">${doc.title}</p>` : nothing}
        ${this.toolbar ? this.renderToolbar(lang) : nothing}
        <div class="columns">
          <figure class="figure">
            ${this.renderDiagram(geometry, views, lang, true)}
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
            ${this.renderLevelChooser(lang)}
            ${selected ? this.renderDetail(selected, lang) : nothing}
            ${this.renderLegend(geometry, views, lang)}
          </div>
        </div>
      </div>`;
  }

  private activeLevel(): LevelId | undefined {
    const level = this.hoverLevel ?? this.level;
    return level && LEVELS.includes(level) ? level : undefined;
  }

  private renderDiagram(
    geometry: ModelGeometry,
    views: ReadonlyMap<number, AreaView>,
    lang: Lang,
    interactive: boolean,
    title?: string,
  ): TemplateResult {
    const { layout } = geometry;
    const m = modelMessages[lang];
    const active = interactive ? this.activeLevel() : undefined;
    const activeBit = active ? 1 << LEVELS.indexOf(active) : 0;
    const markers = layout.markers;
    const label = interactive
      ? title
        ? format(m.diagramLabelTitled, { title })
        : m.diagramLabel
      : this.summary(title, views, lang);
    return html`<svg
      class="diagram"
      viewBox="0 0 ${layout.width} ${layout.height}"
      role=${interactive ? 'group' : 'img'}
      aria-label=${label}
      aria-describedby=${interactive ? `${this.uid}-help` : nothing}
    >
      ${layout.circles.map(
        (c) =>
          svg`<circle part="circle circle-${c.level}" class=${classMap({ circle: true, [`c-${c.level}`]: true, active: active === c.level, dim: !!active && active !== c.level })} cx=${c.cx} cy=${c.cy} r=${c.r} @mouseenter=${interactive ? () => (this.hoverLevel = c.level) : nothing} @mouseleave=${interactive ? () => (this.hoverLevel = undefined) : nothing}></circle>`,
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
        return this.renderMarker(marker, view, lang, interactive, dim, markers);
      })}
    </svg>`;
  }

  private renderMarker(
    marker: VennMarker,
    view: AreaView,
    lang: Lang,
    interactive: boolean,
    dim: boolean,
    markers: readonly VennMarker[],
  ): TemplateResult {
    const { id, r } = marker;
    const status = view.status;
    const selected = interactive && this.selectedId === id;
    const classes = classMap({ area: true, [status]: true, planned: view.planned, dim, selected });
    const size = String(id).length > 2 ? r * 0.8 : r * 1.05;
    const shape = svg`
      <circle class="ring" r=${r + 5}></circle>
      <circle class="mark" r=${r} stroke-dasharray=${DASH[status] || nothing}></circle>
      <text class="num" font-size=${size} text-anchor="middle" dominant-baseline="central">${id}</text>
      ${status === 'unknown' ? nothing : svg`<circle class="badge-bg" cx=${r * 0.78} cy=${r * 0.78} r=${r * 0.42}></circle><path class="badge" d=${badgePath(status, r)}></path>`}
      ${view.planned ? svg`<path class="planned-mark" d=${plannedPath(r)}></path>` : nothing}`;
    if (!interactive) {
      return svg`<g class=${classes} transform="translate(${marker.x} ${marker.y})">${shape}</g>`;
    }
    return svg`<g
      part="area"
      class=${classes}
      data-id=${id}
      transform="translate(${marker.x} ${marker.y})"
      role="button"
      tabindex=${this.focusId === id ? 0 : -1}
      aria-label=${accessibleName(view, lang)}
      aria-expanded=${selected ? 'true' : 'false'}
      @click=${() => void this.openDetail(id)}
      @keydown=${(e: KeyboardEvent) => this.onAreaKey(e, id, markers)}
      @focus=${() => {
        this.focusId = id;
        this.hoverId = id;
      }}
      @mouseenter=${() => (this.hoverId = id)}
    >${shape}</g>`;
  }

  private renderLevelChooser(lang: Lang): TemplateResult {
    const m = modelMessages[lang];
    const option = (level: LevelId | undefined, label: string) =>
      html`<button
        type="button"
        class="chip ${level ? `chip-${level}` : ''}"
        aria-pressed=${this.level === level ? 'true' : 'false'}
        @click=${() => this.chooseLevel(level)}
        @focus=${() => (this.hoverLevel = level)}
        @blur=${() => (this.hoverLevel = undefined)}
        @mouseenter=${() => (this.hoverLevel = level)}
        @mouseleave=${() => (this.hoverLevel = undefined)}
      >
        ${label}
      </button>`;
    return html`<div class="levels" role="group" aria-label=${m.levelFocus}>
      ${option(undefined, m.allLevels)} ${LEVELS.map((l) => option(l, levelName(l, lang)))}
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
      ${STATUSES.map((s) => item(s, false, statusLabel(s, lang)))}
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
    const activeBit = active ? 1 << LEVELS.indexOf(active) : 0;
    return html`<section class="legend" part="legend" aria-labelledby="${this.uid}-legend">
      <h3 class="legend-title" id="${this.uid}-key">${m.legendStatus}</h3>
      ${this.renderKey(lang)}
      <h3 class="legend-title" id="${this.uid}-legend">${m.legendAreas}</h3>
      ${REGION_ORDER.map((mask) => {
        const markers = geometry.layout.markers
          .filter((marker) => marker.region === mask)
          .sort((a, b) => a.id - b.id);
        if (markers.length === 0) return nothing;
        return html`<div class="group ${active && (mask & activeBit) !== 0 ? 'hit' : ''}">
          <p class="group-title">${regionName(mask, lang)}</p>
          <ol class="items">
            ${markers.map((marker) => {
              const view = views.get(marker.id)!;
              return html`<li
                value=${marker.id}
                class=${classMap({ hover: this.hoverId === marker.id, [view.status]: true })}
                @mouseenter=${() => (this.hoverId = marker.id)}
              >
                <span class="item-name">${view.area.name[lang]}</span>
                <span class="item-status"
                  >${statusLabel(view.status, lang)}${
                    view.planned ? ` · ${commonMessages[lang].statusPlanned}` : ''
                  }</span
                >
              </li>`;
            })}
          </ol>
        </div>`;
      })}
    </section>`;
  }

  private renderDetail(view: AreaView, lang: Lang): TemplateResult {
    const m = modelMessages[lang];
    const c = commonMessages[lang];
    const { area } = view;
    const id = area.id;
    const headingId = `${this.uid}-detail`;
    return html`<section class="detail" part="detail" aria-labelledby=${headingId}>
      <div class="detail-head">
        <h3 id=${headingId} tabindex="-1">${id}. ${area.name[lang]}</h3>
        <button type="button" class="close" @click=${() => void this.closeDetail()}>
          ${c.close}
        </button>
      </div>
      <dl>
        <dt>${m.levelsLabel}</dt>
        <dd>${area.levels.map((l) => levelName(l, lang)).join(', ')}</dd>
        ${
          area.description[lang]
            ? html`<dt>${m.descriptionLabel}</dt>
                <dd>${area.description[lang]}</dd>`
            : nothing
        }
        ${
          area.tool
            ? html`<dt>${c.tool}</dt>
                <dd>${area.tool[lang]}</dd>`
            : nothing
        }
        ${
          this.editable
            ? nothing
            : html`<dt>${c.statusLabel}</dt>
                <dd>
                  ${statusLabel(view.status, lang)}${view.planned ? ` · ${c.statusPlanned}` : ''}
                </dd>
                <dt>${c.noteLabel}</dt>
                <dd class="note">${view.note || m.noNote}</dd>`
        }
      </dl>
      ${this.editable ? this.renderEditor(view, lang) : nothing}
    </section>`;
  }

  private renderEditor(view: AreaView, lang: Lang): TemplateResult {
    const m = modelMessages[lang];
    const c = commonMessages[lang];
    const id = view.area.id;
    return html`<div class="editor">
      <fieldset class="status-choice">
        <legend>${c.statusLabel}</legend>
        ${STATUSES.map(
          (status) =>
            html`<label
              ><input
                type="radio"
                name="${this.uid}-status"
                value=${status}
                .checked=${view.status === status}
                @change=${() => this.edit(id, { status })}
              />
              ${statusLabel(status, lang)}</label
            >`,
        )}
      </fieldset>
      <label class="planned-choice"
        ><input
          type="checkbox"
          .checked=${view.planned}
          @change=${(e: Event) => this.edit(id, { planned: (e.target as HTMLInputElement).checked })}
        />
        ${m.plannedToggle}</label
      >
      <label class="note-field" for="${this.uid}-note">${c.noteLabel}</label>
      <textarea
        id="${this.uid}-note"
        rows="3"
        .value=${view.note}
        @change=${(e: Event) => this.edit(id, { note: (e.target as HTMLTextAreaElement).value })}
      ></textarea>
    </div>`;
  }

  private renderToolbar(lang: Lang): TemplateResult {
    const m = modelMessages[lang];
    return html`<div class="toolbar" part="toolbar" role="group" aria-label=${m.toolbarLabel}>
      <button type="button" @click=${() => void this.exportFile('svg')}>${m.exportSvg}</button>
      <button type="button" @click=${() => void this.exportFile('png')}>${m.exportPng}</button>
      <button type="button" @click=${() => window.print()}>${commonMessages[lang].print}</button>
    </div>`;
  }

  private summary(
    title: string | undefined,
    views: ReadonlyMap<number, AreaView>,
    lang: Lang,
  ): string {
    let strong = 0;
    let improve = 0;
    let planned = 0;
    for (const view of views.values()) {
      if (view.status === 'strong') strong++;
      if (view.status === 'improve') improve++;
      if (view.planned) planned++;
    }
    const text = format(modelMessages[lang].summary, { strong, improve, planned });
    return `${title ?? commonMessages[lang].untitled}: ${text}`;
  }

  private renderCompare(data: ModelData, lang: Lang): TemplateResult {
    const docs = modelDocuments(data);
    const m = modelMessages[lang];
    const c = commonMessages[lang];
    const counts = aggregate(docs, c.untitled);
    return html`<div class="compare">
      <p class="title">${format(m.compareTitle, { count: docs.length })}</p>
      ${this.toolbar ? this.renderToolbar(lang) : nothing}
      <ul class="multiples" aria-label=${m.compareModels}>
        ${docs.map((doc) => {
          const geometry = geometryFor(doc);
          const views = this.views(doc, geometry);
          return html`<li class="multiple">
            <p class="multiple-title" aria-hidden="true">${doc.title ?? c.untitled}</p>
            ${this.renderDiagram(geometry, views, lang, false, doc.title)}
          </li>`;
        })}
      </ul>
      <div class="table-wrap">
        <table part="table">
          <caption>
            ${m.aggregateCaption}
          </caption>
          <thead>
            <tr>
              <th scope="col">${m.aggregateArea}</th>
              <th scope="col">${m.countStrong}</th>
              <th scope="col">${m.countImprove}</th>
              <th scope="col">${m.countPlanned}</th>
              <th scope="col">${m.strongAt}</th>
            </tr>
          </thead>
          <tbody>
            ${counts.map(
              (row) =>
                html`<tr>
                  <th scope="row">${row.area.id}. ${row.area.name[lang]}</th>
                  <td>${row.strong}</td>
                  <td>${row.improve}</td>
                  <td>${row.planned}</td>
                  <td class="names">${row.strongAt.join(', ')}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </div>`;
  }
}
