// Pure helpers of <mulighetsrom-model>: view model, accessible names, keyboard navigation,
// compare-mode counts. No DOM, so they are cheap and easy to test.
import type {
  AreaStatus,
  Lang,
  LevelId,
  ModelAreaEntry,
  ModelDocument,
  ResolvedArea,
  VennLayout,
  VennMarker,
} from '@mulighetsrom/core';
import { LEVEL_IDS } from '@mulighetsrom/core/catalog/levels.js';
import { resolveAreaNames } from '@mulighetsrom/core/catalog/resolve.js';
import { commonMessages } from '@mulighetsrom/core/i18n/common.js';
import { format } from '@mulighetsrom/core/i18n/format.js';
import { modelMessages } from '@mulighetsrom/core/i18n/model.js';
import { regionMessages } from '@mulighetsrom/core/i18n/regions.js';
import { levelMask } from '@mulighetsrom/core/venn/frame.js';
import { layoutVenn } from '@mulighetsrom/core/venn/layout.js';

/** One area as the view draws it. */
export interface AreaView {
  readonly area: ResolvedArea;
  readonly status: AreaStatus;
  readonly planned: boolean;
  readonly note: string;
}

/**
 * Resolved catalog + layout, cached per custom catalog (the geometry is the costly part). The
 * built-in descriptions and tools are left out (the detail panel adds them: withAreaTexts).
 */
export interface ModelGeometry {
  readonly areas: readonly ResolvedArea[];
  readonly layout: VennLayout;
}

const geometryCache = new Map<string, ModelGeometry>();

export function geometryFor(doc: ModelDocument | undefined): ModelGeometry {
  const custom = doc?.catalog?.areas;
  const key = custom && custom.length > 0 ? JSON.stringify(custom) : '';
  let geometry = geometryCache.get(key);
  if (!geometry) {
    const areas = resolveAreaNames(custom);
    geometry = { areas, layout: layoutVenn(areas) };
    if (geometryCache.size > 16) geometryCache.clear();
    geometryCache.set(key, geometry);
  }
  return geometry;
}

export function entryMap(doc: ModelDocument | undefined): Map<number, ModelAreaEntry> {
  const map = new Map<number, ModelAreaEntry>();
  for (const entry of doc?.areas ?? []) map.set(entry.id, entry);
  return map;
}

export function areaView(area: ResolvedArea, entry: ModelAreaEntry | undefined): AreaView {
  return {
    area,
    status: entry?.status ?? 'unknown',
    planned: entry?.planned === true,
    note: entry?.note ?? '',
  };
}

const STATUS_KEYS = {
  strong: 'statusStrong',
  improve: 'statusImprove',
  unknown: 'statusUnknown',
} as const;

/** The status as a lower-case phrase for running text («sterk», «kan styrkes»). */
export function statusPhrase(status: AreaStatus, lang: Lang): string {
  return modelMessages[lang][STATUS_KEYS[status]];
}

/** The status as a label («Sterkt», «Kan styrkes»). */
export function statusLabel(status: AreaStatus, lang: Lang): string {
  return commonMessages[lang][STATUS_KEYS[status]];
}

/**
 * A small string memo: every render asks for the same few derived strings (names, paths), so
 * they are built once. Cleared when it grows, so odd inputs cannot make it leak.
 */
function memo<A extends unknown[]>(
  key: (...args: A) => string,
  build: (...args: A) => string,
): (...args: A) => string {
  const cache = new Map<string, string>();
  return (...args) => {
    const k = key(...args);
    let value = cache.get(k);
    if (value === undefined) {
      value = build(...args);
      if (cache.size >= 512) cache.clear();
      cache.set(k, value);
    }
    return value;
  };
}

const nameCache = new WeakMap<ResolvedArea, Map<string, string>>();

/** «16 Økonomisk handlingsrom – sterk, i utviklingsplanen». Memoized per area object. */
export function accessibleName(view: AreaView, lang: Lang): string {
  let names = nameCache.get(view.area);
  if (!names) nameCache.set(view.area, (names = new Map()));
  const key = lang + view.status + (view.planned ? '+' : '');
  let name = names.get(key);
  if (name === undefined) {
    const m = modelMessages[lang];
    name = format(view.planned ? m.areaNamePlanned : m.areaName, {
      number: view.area.id,
      name: view.area.name[lang],
      status: statusPhrase(view.status, lang),
    });
    names.set(key, name);
  }
  return name;
}

const LEVEL_KEYS = {
  eier: 'levelEierLong',
  kontor: 'levelKontorLong',
  tjeneste: 'levelTjenesteLong',
} as const;

export function levelName(level: LevelId, lang: Lang): string {
  return commonMessages[lang][LEVEL_KEYS[level]];
}

/** Legend group title of a region (level mask 1–7): a single level is that level's name. */
export function regionName(mask: number, lang: Lang): string {
  const single = LEVEL_IDS.find((level) => levelMask([level]) === mask);
  if (single) return levelName(single, lang);
  return regionMessages[lang][`region${mask}` as `region${3 | 5 | 6 | 7}`];
}

/** The diagram's accessible name, with the document's title when it has one. */
export function diagramLabel(doc: ModelDocument | undefined, lang: Lang): string {
  const m = modelMessages[lang];
  const title = displayTitle(doc?.title, '');
  return title ? format(m.diagramLabelTitled, { title }) : m.diagramLabel;
}

/** A document's title for display: blank or missing gives `untitled`. */
export function displayTitle(title: string | undefined, untitled: string): string {
  return title !== undefined && title.trim() !== '' ? title : untitled;
}

/** Legend order: the centre first, then single levels, then the overlaps. */
export const REGION_ORDER: readonly number[] = [7, 1, 2, 4, 3, 5, 6];

const groupCache = new WeakMap<VennLayout, readonly LegendGroup[]>();

/** One legend group: a region (level mask) and its markers by number. */
export interface LegendGroup {
  readonly mask: number;
  readonly markers: readonly VennMarker[];
}

/** The legend groups in REGION_ORDER, empty regions left out; cached per layout. */
export function legendGroups(layout: VennLayout): readonly LegendGroup[] {
  let groups = groupCache.get(layout);
  if (!groups) {
    groups = REGION_ORDER.map((mask) => ({
      mask,
      markers: layout.markers.filter((m) => m.region === mask).sort((a, b) => a.id - b.id),
    })).filter((group) => group.markers.length > 0);
    groupCache.set(layout, groups);
  }
  return groups;
}

export type Direction = 'left' | 'right' | 'up' | 'down';

interface Point {
  readonly id: number;
  readonly x: number;
  readonly y: number;
}

/**
 * The nearest marker in a direction: only markers ahead (within 60° either side of the
 * direction) count, and sideways distance costs double, so moves feel straight. Returns the
 * current id when there is nothing that way.
 */
export function nextInDirection(points: readonly Point[], fromId: number, dir: Direction): number {
  const from = points.find((p) => p.id === fromId);
  if (!from) return points[0]?.id ?? fromId;
  const ux = dir === 'left' ? -1 : dir === 'right' ? 1 : 0;
  const uy = dir === 'up' ? -1 : dir === 'down' ? 1 : 0;
  let best = fromId;
  let bestScore = Infinity;
  for (const p of points) {
    if (p.id === fromId) continue;
    const dx = p.x - from.x;
    const dy = p.y - from.y;
    const ahead = dx * ux + dy * uy;
    const side = Math.abs(dx * uy - dy * ux);
    if (ahead <= 0 || side > ahead * Math.sqrt(3)) continue;
    const score = ahead + 2 * side;
    if (score < bestScore) [best, bestScore] = [p.id, score];
  }
  return best;
}

/** Per area, how many documents rate it strong / can be strengthened / have it planned. */
export interface AreaCount {
  readonly area: ResolvedArea;
  readonly strong: number;
  readonly improve: number;
  readonly planned: number;
  /** Titles of the documents that rate the area strong: whom to ask. */
  readonly strongAt: readonly string[];
}

export function aggregate(docs: readonly ModelDocument[], untitled = ''): AreaCount[] {
  const areas = new Map<number, ResolvedArea>();
  for (const doc of docs) {
    for (const area of geometryFor(doc).areas) if (!areas.has(area.id)) areas.set(area.id, area);
  }
  const maps = docs.map(entryMap);
  return [...areas.values()]
    .sort((a, b) => a.id - b.id)
    .map((area) => {
      let strong = 0;
      let improve = 0;
      let planned = 0;
      const strongAt: string[] = [];
      maps.forEach((map, i) => {
        const entry = map.get(area.id);
        if (entry?.status === 'strong') {
          strong++;
          strongAt.push(displayTitle(docs[i]!.title, untitled));
        }
        if (entry?.status === 'improve') improve++;
        if (entry?.planned === true) planned++;
      });
      return { area, strong, improve, planned, strongAt };
    });
}

/** A document with one area entry replaced (or added); everything else is kept as it is. */
export function withEntry(
  doc: ModelDocument,
  id: number,
  patch: Partial<Omit<ModelAreaEntry, 'id'>>,
): ModelDocument {
  const areas = [...(doc.areas ?? [])];
  const index = areas.findIndex((entry) => entry.id === id);
  const next: ModelAreaEntry = { id, ...(areas[index] ?? {}), ...patch };
  if (next.note === '') delete next.note;
  if (index >= 0) areas[index] = next;
  else areas.push(next);
  return { ...doc, areas };
}

// The marker drawing of the diagram (and so of the SVG export): status by fill, outline dash
// and a badge.

/** Round to 2 decimals for compact path data. */
export const n = (value: number): string => String(Math.round(value * 100) / 100);

export const badgePath: (status: 'strong' | 'improve', r: number) => string = memo(
  (status, r) => `${status}${r}`,
  (status, r) => {
    const s = r * 0.32;
    const bx = r * 0.78;
    const by = r * 0.78;
    return status === 'strong'
      ? `M${n(bx - s * 0.6)} ${n(by)}l${n(s * 0.45)} ${n(s * 0.5)}l${n(s * 0.8)} ${n(-s * 1)}`
      : `M${n(bx)} ${n(by - s * 0.8)}l${n(s * 0.7)} ${n(s * 1.2)}h${n(-s * 1.4)}z`;
  },
);

/** Font size of a marker's number: smaller for three digits, so it stays inside the circle. */
export const numberSize = (id: number, r: number): number =>
  String(id).length > 2 ? r * 0.8 : r * 1.05;

/** The disc behind a status badge, at the marker's lower right. */
export const badgeDisc = (r: number): { cx: number; cy: number; r: number } => ({
  cx: r * 0.78,
  cy: r * 0.78,
  r: r * 0.42,
});

export const plannedPath: (r: number) => string = memo(
  (r) => String(r),
  (r) => {
    const cx = r * 0.78;
    const cy = -r * 0.78;
    const s = r * 0.38;
    return `M${n(cx)} ${n(cy - s)}L${n(cx + s)} ${n(cy)}L${n(cx)} ${n(cy + s)}L${n(cx - s)} ${n(cy)}Z`;
  },
);

export const DASH: Readonly<Record<'strong' | 'improve' | 'unknown', string>> = {
  strong: '',
  improve: '5 2.5',
  unknown: '1.5 2.5',
};
