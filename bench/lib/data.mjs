// The one data set every case draws: the 20 built-in areas of @mulighetsrom/core with statuses.
// Built in Node and handed to the page at run time, so no case bundle carries the catalog.
import { AREAS, commonMessages, LEVELS, levelMask, modelMessages } from '@mulighetsrom/core';

const STATUSES = ['strong', 'improve', 'unknown'];

/** A deterministic status for area `id`, shifted by `step` (the status-change variants). */
export function statusOf(id, step = 0) {
  return STATUSES[(id + step) % STATUSES.length];
}

function documentWith(areas, title) {
  return { title, areas: areas.map(({ id, status, planned }) => ({ id, status, planned })) };
}

/**
 * The words <mulighetsrom-model> shows (nb), for the cases that draw the same content by hand
 * (`plain-dom`, `venn.js + legend`): taken from core's catalogs here, handed over like the data.
 * `regions` is keyed by region key ("eier,kontor"), in the widget's legend order (centre first,
 * then the single levels, then the overlaps); `areaName` (and `areaNamePlanned`) have {number}, {name}, {status}.
 */
export function benchTexts() {
  const m = modelMessages.nb;
  const c = commonMessages.nb;
  const levelLong = {
    eier: c.levelEierLong,
    kontor: c.levelKontorLong,
    tjeneste: c.levelTjenesteLong,
  };
  const ids = LEVELS.map((level) => level.id);
  const regions = {};
  for (const mask of [7, 1, 2, 4, 3, 5, 6]) {
    const levels = ids.filter((id) => (levelMask([id]) & mask) !== 0);
    regions[levels.join(',')] = levels.length === 1 ? levelLong[levels[0]] : m[`region${mask}`];
  }
  return {
    diagramLabel: m.diagramLabel,
    centre: [m.centreLine1, m.centreLine2],
    levels: levelLong,
    allLevels: m.allLevels,
    levelFocus: m.levelFocus,
    legendStatus: m.legendStatus,
    legendAreas: m.legendAreas,
    areaName: m.areaName,
    areaNamePlanned: m.areaNamePlanned,
    status: { strong: c.statusStrong, improve: c.statusImprove, unknown: c.statusUnknown },
    statusPhrase: { strong: m.statusStrong, improve: m.statusImprove, unknown: m.statusUnknown },
    planned: c.statusPlanned,
    regions,
  };
}

/**
 * @param {number} updates how many status-change variants to prepare
 * @returns {{ levels: {id: string, name: string}[], areas: {id: number, name: string, levels: string[], status: string, planned: boolean}[], texts: ReturnType<typeof benchTexts>, doc: object, variants: object[] }}
 */
export function benchData(updates = 20) {
  const levels = LEVELS.map((level) => ({ id: level.id, name: level.name.nb }));
  const areas = AREAS.map((area) => ({
    id: area.id,
    name: area.name.nb,
    levels: [...area.levels],
    status: statusOf(area.id),
    planned: area.prioritisedInPilot,
  }));
  const title = 'NAV Benchby';
  // Variant i changes exactly one area's status (area i mod 20), relative to the previous one.
  const variants = [];
  let current = areas;
  for (let i = 0; i < updates; i += 1) {
    const target = areas[i % areas.length].id;
    current = current.map((area) =>
      area.id === target
        ? { ...area, status: STATUSES[(STATUSES.indexOf(area.status) + 1) % STATUSES.length] }
        : area,
    );
    variants.push(documentWith(current, title));
  }
  return { levels, areas, texts: benchTexts(), doc: documentWith(areas, title), variants };
}
