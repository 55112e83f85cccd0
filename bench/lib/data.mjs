// The one data set every case draws: the 20 built-in areas of @mulighetsrom/core with statuses.
// Built in Node and handed to the page at run time, so no case bundle carries the catalog.
import { AREAS, LEVELS } from '@mulighetsrom/core';

const STATUSES = ['strong', 'improve', 'unknown'];

/** A deterministic status for area `id`, shifted by `step` (the status-change variants). */
export function statusOf(id, step = 0) {
  return STATUSES[(id + step) % STATUSES.length];
}

function documentWith(areas, title) {
  return { title, areas: areas.map(({ id, status, planned }) => ({ id, status, planned })) };
}

/**
 * @param {number} updates how many status-change variants to prepare
 * @returns {{ levels: {id: string, name: string}[], areas: {id: number, levels: string[], status: string, planned: boolean}[], doc: object, variants: object[] }}
 */
export function benchData(updates = 20) {
  const levels = LEVELS.map((level) => ({ id: level.id, name: level.name.nb }));
  const areas = AREAS.map((area) => ({
    id: area.id,
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
  return { levels, areas, doc: documentWith(areas, title), variants };
}
