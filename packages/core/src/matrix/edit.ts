// The edits of the editable matrix, as pure functions on the document: each returns a new
// document and never changes its input; nothing to change returns the input itself, so a
// widget can skip the undo step. Unknown fields of the document, its rows, columns and cells
// are kept. Rows and columns a preset gives are written out as `{ id }` on the first edit of
// their list, so they keep the preset's texts in every language.
import { moveItem } from '../editing/move.js';
import { givenText } from '../schema/util.js';
import { derivedCellValue, setDerivedCell } from './derived-cells.js';
import { freeId, slugId } from './ids.js';
import { presetOf } from './presets.js';
import type { MatrixCell, MatrixColumn, MatrixDocument, MatrixRow } from './types.js';

type Axis = 'rows' | 'columns';
type AxisItem = MatrixRow | MatrixColumn;

const CELL_KEY = { rows: 'row', columns: 'column' } as const;

/** The scale of a network derived from model documents (the network-status preset's). */
const DERIVED_SCALE: readonly string[] = ['strong', 'improve'];

// A network derived from model documents has its rows and columns from them: the edits of rows,
// columns, stars and «no answer» leave it as it is (the offices edit their own models).
function itemsOf(doc: MatrixDocument, axis: Axis): AxisItem[] {
  if (doc.models) return [];
  return doc[axis] ?? (presetOf(doc.preset)?.[axis] ?? []).map((item) => ({ id: item.id }));
}

const presetHas = (doc: MatrixDocument, axis: Axis, id: string): boolean =>
  presetOf(doc.preset)?.[axis].some((item) => item.id === id) ?? false;

const scaleIds = (doc: MatrixDocument): string[] =>
  (doc.scale ?? presetOf(doc.preset)?.scale ?? []).map((item) => item.id);

const has = (doc: MatrixDocument, axis: Axis, id: string): boolean =>
  itemsOf(doc, axis).some((item) => item.id === id);

/** A cell with nothing but its place is no cell. */
const isBare = (cell: MatrixCell): boolean =>
  Object.keys(cell).every((key) => key === 'row' || key === 'column');

function without<T extends object>(item: T, ...keys: string[]): T {
  const copy = { ...item } as Record<string, unknown>;
  for (const key of keys) delete copy[key];
  return copy as T;
}

/** Replace, add or drop the cell at (row, column); `change` returns the cell it should be. */
function updateCell(
  doc: MatrixDocument,
  row: string,
  column: string,
  change: (cell: MatrixCell | undefined) => MatrixCell | undefined,
): MatrixDocument {
  if (!has(doc, 'rows', row) || !has(doc, 'columns', column)) return doc;
  const cells = doc.cells ?? [];
  const at = cells.findIndex((c) => c.row === row && c.column === column);
  const before = at < 0 ? undefined : cells[at];
  const after = change(before);
  if (after === before) return doc;
  const next = [...cells];
  if (after && !isBare(after)) {
    if (at < 0) next.push(after);
    else next[at] = after;
  } else if (at >= 0) next.splice(at, 1);
  else return doc;
  return { ...doc, cells: next };
}

/** The document with `row` no longer marked «no answer» (it answers now). */
function answering(doc: MatrixDocument, row: string): MatrixDocument {
  if (!doc.noAnswer?.includes(row)) return doc;
  const noAnswer = doc.noAnswer.filter((id) => id !== row);
  return noAnswer.length > 0 ? { ...doc, noAnswer } : without(doc, 'noAnswer');
}

/**
 * Set a cell's value (a scale id); undefined takes the value away (the star and note stay: see
 * clearMatrixCell). A value on a «no answer» row makes it answer. An unknown row, column or
 * value changes nothing.
 */
export function setMatrixCell(
  doc: MatrixDocument,
  row: string,
  column: string,
  value: string | undefined,
): MatrixDocument {
  if (doc.models) {
    const models = setDerivedCell(doc.models, row, column, value);
    return models === doc.models ? doc : { ...doc, models };
  }
  if (value === undefined) {
    return updateCell(doc, row, column, (cell) =>
      cell?.value === undefined ? cell : without(cell, 'value'),
    );
  }
  if (!scaleIds(doc).includes(value)) return doc;
  const next = updateCell(doc, row, column, (cell) =>
    cell?.value === value ? cell : { ...(cell ?? { row, column }), value },
  );
  return next === doc ? doc : answering(next, row);
}

/**
 * The next value along the scale: empty → the first value → … → the last → empty, so cycling
 * scale length + 1 times gives the cell back as it was (Space/Enter in the grid).
 */
export function cycleMatrixCell(doc: MatrixDocument, row: string, column: string): MatrixDocument {
  const ids = doc.models ? DERIVED_SCALE : scaleIds(doc);
  const current = doc.models
    ? derivedCellValue(doc.models, row, column)
    : doc.cells?.find((c) => c.row === row && c.column === column)?.value;
  const next = ids[current === undefined ? 0 : ids.indexOf(current) + 1];
  return setMatrixCell(doc, row, column, next);
}

/** Clear a cell's value and star (Delete in the grid); its note and own fields stay. */
export function clearMatrixCell(doc: MatrixDocument, row: string, column: string): MatrixDocument {
  if (doc.models) return setMatrixCell(doc, row, column, undefined);
  return updateCell(doc, row, column, (cell) =>
    cell && (cell.value !== undefined || cell.main !== undefined)
      ? without(cell, 'value', 'main')
      : cell,
  );
}

/** Star a cell as its row's main area, taking the star from the row's other cells; or unstar it. */
export function toggleMatrixMain(doc: MatrixDocument, row: string, column: string): MatrixDocument {
  if (doc.models) return doc;
  const cell = doc.cells?.find((c) => c.row === row && c.column === column);
  if (cell?.main === true) return updateCell(doc, row, column, (c) => c && without(c, 'main'));
  const starred = updateCell(doc, row, column, (c) => ({ ...(c ?? { row, column }), main: true }));
  if (starred === doc) return doc;
  const cells = (starred.cells ?? []).flatMap((c) => {
    if (c.row !== row || c.column === column || c.main === undefined) return [c];
    const rest = without(c, 'main');
    return isBare(rest) ? [] : [rest];
  });
  return answering({ ...starred, cells }, row);
}

/**
 * Mark a row as «no answer» (its values and stars are cleared, notes stay) or as answering.
 */
export function setMatrixNoAnswer(
  doc: MatrixDocument,
  row: string,
  noAnswer: boolean,
): MatrixDocument {
  if (!has(doc, 'rows', row)) return doc;
  if (!noAnswer) return answering(doc, row);
  if (doc.noAnswer?.includes(row)) return doc;
  const cells = doc.cells?.flatMap((c) => {
    if (c.row !== row) return [c];
    const rest = without(c, 'value', 'main');
    return isBare(rest) ? [] : [rest];
  });
  return {
    ...doc,
    ...(cells ? { cells } : {}),
    noAnswer: [...(doc.noAnswer ?? []), row],
  };
}

/** A new item of a list: an id of its own (made from the label if not given) and a label. */
export interface NewMatrixItem {
  readonly id?: string;
  readonly label?: string;
  readonly group?: string;
}

function addItem(
  doc: MatrixDocument,
  axis: Axis,
  item: NewMatrixItem,
  index: number | undefined,
): MatrixDocument {
  if (doc.models) return doc;
  const items = itemsOf(doc, axis);
  const taken = new Set(items.map((i) => i.id));
  const label = givenText(item.label) ? item.label : undefined;
  let id: string;
  if (item.id !== undefined) {
    // A given id must be free, and without a label must bring the preset's.
    if (!givenText(item.id) || taken.has(item.id)) return doc;
    if (label === undefined && !presetHas(doc, axis, item.id)) return doc;
    id = item.id;
  } else {
    if (label === undefined) return doc;
    id = freeId(slugId(label) || (axis === 'rows' ? 'row' : 'column'), taken);
  }
  const entry: AxisItem = {
    id,
    ...(label !== undefined ? { label } : {}),
    ...(givenText(item.group) ? { group: item.group } : {}),
  };
  const at = Math.max(0, Math.min(Math.trunc(index ?? items.length), items.length));
  return { ...doc, [axis]: [...items.slice(0, at), entry, ...items.slice(at)] };
}

function renameItem(doc: MatrixDocument, axis: Axis, id: string, label: string): MatrixDocument {
  const items = itemsOf(doc, axis);
  const at = items.findIndex((i) => i.id === id);
  const item = items[at];
  if (!item) return doc;
  let renamed: AxisItem;
  if (givenText(label)) renamed = item.label === label ? item : { ...item, label };
  // A blank name gives a preset item its preset text back; others keep theirs.
  else
    renamed = presetHas(doc, axis, id) && item.label !== undefined ? without(item, 'label') : item;
  if (renamed === item) return doc;
  return { ...doc, [axis]: items.map((i, n) => (n === at ? renamed : i)) };
}

function removeItem(doc: MatrixDocument, axis: Axis, id: string): MatrixDocument {
  const items = itemsOf(doc, axis);
  if (!items.some((i) => i.id === id)) return doc;
  const key = CELL_KEY[axis];
  const next: MatrixDocument = { ...doc, [axis]: items.filter((i) => i.id !== id) };
  if (doc.cells) next.cells = doc.cells.filter((c) => c[key] !== id);
  return axis === 'rows' ? answering(next, id) : next;
}

function moveAxisItem(doc: MatrixDocument, axis: Axis, from: number, to: number): MatrixDocument {
  const items = itemsOf(doc, axis);
  const moved = moveItem(
    { [axis]: items },
    { container: axis, index: from },
    { container: axis, index: to },
  );
  const list = moved?.[axis];
  if (!list || list.every((item, i) => item === items[i])) return doc;
  return { ...doc, [axis]: list };
}

/** Add a row at `index` (default: last). Without an id, one is made from the label. */
export const addMatrixRow = (
  doc: MatrixDocument,
  row: NewMatrixItem,
  index?: number,
): MatrixDocument => addItem(doc, 'rows', row, index);
/** Add a column at `index` (default: last). Without an id, one is made from the label. */
export const addMatrixColumn = (
  doc: MatrixDocument,
  column: NewMatrixItem,
  index?: number,
): MatrixDocument => addItem(doc, 'columns', column, index);

/** Rename a row; a blank label gives a preset row its preset text back. */
export const renameMatrixRow = (doc: MatrixDocument, id: string, label: string): MatrixDocument =>
  renameItem(doc, 'rows', id, label);
/** Rename a column; a blank label gives a preset column its preset text back. */
export const renameMatrixColumn = (
  doc: MatrixDocument,
  id: string,
  label: string,
): MatrixDocument => renameItem(doc, 'columns', id, label);

/** Remove a row with its cells and its «no answer» mark. */
export const removeMatrixRow = (doc: MatrixDocument, id: string): MatrixDocument =>
  removeItem(doc, 'rows', id);
/** Remove a column with its cells. */
export const removeMatrixColumn = (doc: MatrixDocument, id: string): MatrixDocument =>
  removeItem(doc, 'columns', id);

/** Move the row at index `from` to index `to` (clamped), as the move menu does. */
export const moveMatrixRow = (doc: MatrixDocument, from: number, to: number): MatrixDocument =>
  moveAxisItem(doc, 'rows', from, to);
/** Move the column at index `from` to index `to` (clamped). */
export const moveMatrixColumn = (doc: MatrixDocument, from: number, to: number): MatrixDocument =>
  moveAxisItem(doc, 'columns', from, to);
