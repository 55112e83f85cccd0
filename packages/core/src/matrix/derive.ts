// The network view from the partnerships' own models: offices × the 20 areas, cells from each
// model document's statuses, so a facilitator sees the network without typing it twice
// (issue 10 «Presets»; the same data `<mulighetsrom-model>` compares).
import { AREA_BASICS } from '../catalog/areas.js';
import { isBuiltInAreaId } from '../catalog/ids.js';
import { LEVELS } from '../catalog/level-texts.js';
import { format } from '../i18n/format.js';
import { matrixMessages } from '../i18n/matrix.js';
import { regionMessages } from '../i18n/regions.js';
import { givenText, isPlainObject } from '../schema/util.js';
import type { Lang, LevelId, ModelDocument } from '../types.js';
import { levelMask } from '../venn/frame.js';
import { areaColumnId, officeRowIds } from './derived-cells.js';
import type { MatrixCell, MatrixColumn, MatrixDocument, MatrixRow } from './types.js';

/**
 * The column group of an area: its level, or the overlap of levels it sits in (the model's
 * legend groups; elements' model-view.ts regionName() names them from the same catalog).
 */
function regionName(levels: readonly LevelId[], lang: Lang): string {
  const [only] = levels;
  if (levels.length === 1 && only) return LEVELS.find((level) => level.id === only)!.name[lang];
  return regionMessages[lang][`region${levelMask(levels)}` as `region${3 | 5 | 6 | 7}`];
}

/**
 * A network-status matrix from model documents (parsed with parseModelData): one row per
 * document (its title; its `id` field, if it has one, as the row id), one column per built-in
 * area in the model's order, grouped by level region. A cell holds the area's status (strong,
 * improve; «unknown» is an empty cell), the area's note, and `planned: true` for an area in the
 * development plan (a field of its own, kept). A document with no strong or improve status at
 * all is a «no answer» row. Labels are written in `lang`.
 */
export function deriveNetworkStatus(
  documents: readonly ModelDocument[],
  lang: Lang,
): MatrixDocument {
  const m = matrixMessages[lang];
  const rows: MatrixRow[] = [];
  const cells: MatrixCell[] = [];
  const noAnswer: string[] = [];
  const columns: MatrixColumn[] = AREA_BASICS.map((area) => ({
    id: areaColumnId(area.id),
    label: area.name[lang],
    group: regionName(area.levels, lang),
    area: area.id,
  }));
  const ids = officeRowIds(documents);
  documents.forEach((doc, i) => {
    const id = ids[i]!;
    rows.push({
      id,
      label: givenText(doc.title) ? doc.title : format(m.untitledOffice, { number: i + 1 }),
    });
    let answered = false;
    const seen = new Set<number>();
    for (const entry of doc.areas ?? []) {
      if (!isPlainObject(entry) || !isBuiltInAreaId(entry.id) || seen.has(entry.id)) continue;
      seen.add(entry.id);
      const value =
        entry.status === 'strong' || entry.status === 'improve' ? entry.status : undefined;
      answered ||= value !== undefined;
      const cell: MatrixCell = {
        row: id,
        column: areaColumnId(entry.id),
        ...(value ? { value } : {}),
        ...(givenText(entry.note) ? { note: entry.note } : {}),
        ...(entry.planned === true ? { planned: true } : {}),
      };
      if (Object.keys(cell).length > 2) cells.push(cell);
    }
    if (!answered) noAnswer.push(id);
  });
  return {
    title: m.titleNetworkStatus,
    preset: 'network-status',
    rows,
    columns,
    cells,
    ...(noAnswer.length > 0 ? { noAnswer } : {}),
  };
}

/**
 * The matrix document a widget resolves: `doc` itself, or for a network of model documents
 * (`models`) the matrix derived from them in `lang`, under the document's title if it has one.
 * resolveMatrix() takes what this returns.
 */
export function networkOfModels(doc: MatrixDocument, lang: Lang): MatrixDocument {
  if (!doc.models) return doc;
  const derived = deriveNetworkStatus(doc.models, lang);
  return givenText(doc.title) ? { ...derived, title: doc.title } : derived;
}
