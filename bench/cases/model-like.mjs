// What the two hand-made cases that show the widget's whole content share (`plain-dom` and
// `venn.js + legend`): the marker glyphs (status as fill, outline dash and badge, the plan mark),
// the legend's grouping and wording, and the one style sheet. The formulas are those of
// packages/elements/src/model/model-view.ts, the rules a short version of model.styles.ts.
import { regionKey } from './shared.mjs';

const n = (value) => String(Math.round(value * 100) / 100);

/** Outline dash of a marker by status. */
export const DASH = { strong: '', improve: '5 2.5', unknown: '1.5 2.5' };

/** The badge at a marker's lower right: a tick (strong) or a triangle (improve). */
export function badgePath(status, r) {
  const s = r * 0.32;
  const b = r * 0.78;
  return status === 'strong'
    ? `M${n(b - s * 0.6)} ${n(b)}l${n(s * 0.45)} ${n(s * 0.5)}l${n(s * 0.8)} ${n(-s)}`
    : `M${n(b)} ${n(b - s * 0.8)}l${n(s * 0.7)} ${n(s * 1.2)}h${n(-s * 1.4)}z`;
}

/** The disc behind the badge. */
export const badgeDisc = (r) => ({ cx: n(r * 0.78), cy: n(r * 0.78), r: n(r * 0.42) });

/** The diamond at a marker's upper right: the area is in the development plan. */
export function plannedPath(r) {
  const c = r * 0.78;
  const s = r * 0.38;
  return `M${n(c)} ${n(-c - s)}L${n(c + s)} ${n(-c)}L${n(c)} ${n(-c + s)}L${n(c - s)} ${n(-c)}Z`;
}

/** «4 Felles forståelse av oppdrag – kan styrkes, i utviklingsplanen». */
export function accessibleName(area, status, planned, texts) {
  return (planned ? texts.areaNamePlanned : texts.areaName)
    .replace('{number}', String(area.id))
    .replace('{name}', area.name)
    .replace('{status}', texts.statusPhrase[status]);
}

/** The status line of a legend item: «Kan styrkes · I utviklingsplanen». */
export const statusLine = (status, planned, texts) =>
  planned ? `${texts.status[status]} · ${texts.planned}` : texts.status[status];

/** The key's entries: the three statuses, then the plan mark. */
export const KEY = [
  { status: 'strong', planned: false },
  { status: 'improve', planned: false },
  { status: 'unknown', planned: false },
  { status: 'unknown', planned: true },
];

/** Legend groups in the widget's order (centre, single levels, overlaps), areas by number. */
export function legendGroups(areas, levels, texts) {
  const order = levels.map((level) => level.id);
  return Object.entries(texts.regions)
    .map(([key, title]) => ({
      key,
      title,
      areas: areas.filter((a) => regionKey(a.levels, order) === key).sort((a, b) => a.id - b.id),
    }))
    .filter((group) => group.areas.length > 0);
}

/** The one style sheet: diagram, markers, level buttons, status key and legend. */
export const CSS = `
.model{line-height:1.5;color:#1a2230}
.figure{margin:0;max-width:40rem}
svg.diagram{display:block;width:100%;height:auto;overflow:visible}
.circle{stroke-width:2}
.c-eier{fill:#2c5ea824;stroke:#2c5ea8}
.c-kontor{fill:#0d737724;stroke:#0d7377}
.c-tjeneste{fill:#8a4a9e24;stroke:#8a4a9e}
.circle.active{stroke-width:5}
.dim{opacity:.35}
.level-label{font-size:13.33px;font-weight:700}
.t-eier{fill:#1f4a8a}.t-kontor{fill:#095457}.t-tjeneste{fill:#6b3580}
.centre-label{font-size:8.67px;font-weight:700;fill:#1a2230}
.area{cursor:pointer;outline:none}
.area .mark{stroke-width:2}
.area .num{font-weight:700;fill:#1a2230;pointer-events:none}
.strong .mark{fill:#dff3e4;stroke:#2e8540;stroke-width:3}
.improve .mark{fill:#fff3c4;stroke:#a37800}
.unknown .mark{fill:#fff;stroke:#6b7480}
.badge-bg{fill:#fff;stroke-width:1.2}
.badge{fill:none;stroke-width:2;stroke-linecap:round;stroke-linejoin:round}
.strong .badge,.strong .badge-bg{stroke:#2e8540}
.improve .badge,.improve .badge-bg{stroke:#a37800}
.improve .badge{fill:#a37800}
.planned-mark{fill:#e4ebfb;stroke:#3b5fc0;stroke-width:1.5}
.area:focus-visible .mark{stroke:#1b4fbd;stroke-width:4}
.levels{display:flex;flex-wrap:wrap;gap:.375rem;margin-bottom:.75rem}
.levels button{font:inherit;min-height:2.75rem;padding:.375rem .75rem;border:1px solid #6b7480;border-radius:.375rem;background:#fff;color:#1a2230;cursor:pointer}
.levels button[aria-pressed=true]{border-width:2px;font-weight:700;box-shadow:inset 0 -3px 0 currentColor}
.legend-title{margin:0 0 .375rem;font-size:inherit}
.key{display:flex;flex-wrap:wrap;gap:.25rem 1rem;margin:0 0 .75rem;padding:0;list-style:none}
.key li{display:flex;align-items:center;gap:.375rem}
.key-symbol{width:1.75rem;height:1.75rem;flex:none}
.group{margin-bottom:.5rem;padding-left:.5rem;border-left:4px solid transparent}
.group.hit{border-left-color:#1a2230}
.group-title{margin:0;font-size:inherit;font-weight:700}
.items{margin:0;padding-left:2.25rem}
.items li{padding:.0625rem .25rem}
.item-status{display:block;color:#4b5563}
`;
