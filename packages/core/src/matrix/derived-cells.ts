// The cells of a network derived from model documents (a matrix document with `models`): which
// office model and area a cell is, its value, and an edit written into that model. Small and
// free of texts: the editable grid's edits need it; the labels are derive.ts's.
import { isBuiltInAreaId } from '../catalog/ids.js';
import { givenText, isPlainObject } from '../schema/util.js';
import type { AreaStatus, ModelDocument } from '../types.js';
import { freeId, slugId } from './ids.js';

/** The id of an area's column in a derived matrix. @internal */
export const areaColumnId = (areaId: number): string => `area-${areaId}`;

const officeId = (doc: ModelDocument, index: number): string => {
  const own = doc.id;
  if (givenText(own)) return own;
  return (givenText(doc.title) && slugId(doc.title)) || `office-${index + 1}`;
};

/** The row id of each document, in order: its `id`, else its title as a slug, unique. @internal */
export function officeRowIds(documents: readonly ModelDocument[]): string[] {
  const taken = new Set<string>();
  return documents.map((doc, i) => {
    const id = freeId(officeId(doc, i), taken);
    taken.add(id);
    return id;
  });
}

/** The model and area of a derived matrix's cell, or undefined for a cell that is none. */
function derivedPlace(
  models: readonly ModelDocument[],
  row: string,
  column: string,
): { readonly index: number; readonly area: number } | undefined {
  const index = officeRowIds(models).indexOf(row);
  const area = Number(column.slice('area-'.length));
  if (index < 0 || areaColumnId(area) !== column || !isBuiltInAreaId(area)) return undefined;
  return { index, area };
}

/**
 * The value of a cell of a network derived from `models` (strong or improve), or undefined.
 * @internal
 */
export function derivedCellValue(
  models: readonly ModelDocument[],
  row: string,
  column: string,
): string | undefined {
  const place = derivedPlace(models, row, column);
  if (!place) return undefined;
  const entry = models[place.index]!.areas?.find((a) => isPlainObject(a) && a.id === place.area);
  return entry?.status === 'strong' || entry?.status === 'improve' ? entry.status : undefined;
}

/**
 * A cell edit of a derived network, written where the data lives: the area's status in the
 * office's model document (undefined → «unknown»; the area's note and plan mark stay). Returns
 * `models` itself when nothing changes or the cell is none.
 * @internal
 */
export function setDerivedCell(
  models: readonly ModelDocument[],
  row: string,
  column: string,
  value: string | undefined,
): ModelDocument[] {
  const place = derivedPlace(models, row, column);
  const same = models as ModelDocument[];
  if (!place || (value !== undefined && value !== 'strong' && value !== 'improve')) return same;
  const doc = models[place.index]!;
  const areas = doc.areas ?? [];
  const at = areas.findIndex((a) => isPlainObject(a) && a.id === place.area);
  const status: AreaStatus = value ?? 'unknown';
  const before = at < 0 ? undefined : areas[at]!;
  if ((before?.status ?? 'unknown') === status) return same;
  const nextAreas =
    at < 0
      ? [...areas, { id: place.area, status }]
      : areas.map((a, i) => (i === at ? { ...a, status } : a));
  return models.map((m, i) => (i === place.index ? { ...m, areas: nextAreas } : m));
}
