// Where a key moves the focus in a list or a grid (the APG keys), as pure functions: the
// roving-focus controller applies them, widgets with their own geometry override the arrows.

/** A cell of a grid: row and column index. */
export interface GridPosition {
  readonly row: number;
  readonly column: number;
}

/** The keys a roving focus answers. */
export type RovingKey =
  'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight' | 'Home' | 'End' | 'PageUp' | 'PageDown';

const KEYS: ReadonlySet<string> = new Set([
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
  'Home',
  'End',
  'PageUp',
  'PageDown',
]);

export function isRovingKey(key: string): key is RovingKey {
  return KEYS.has(key);
}

const clamp = (value: number, max: number): number => Math.max(0, Math.min(value, max));

/**
 * The index a key moves to in a list of `count` items, or undefined when it does not move
 * (a list does not wrap: the ends are where the user expects them). Both arrow pairs move, so a
 * list laid out in a row or a column answers the arrows a user tries first.
 */
export function nextInList(
  index: number,
  count: number,
  key: RovingKey,
  pageSize = 10,
): number | undefined {
  if (count === 0) return undefined;
  const last = count - 1;
  const next = {
    ArrowUp: index - 1,
    ArrowLeft: index - 1,
    ArrowDown: index + 1,
    ArrowRight: index + 1,
    Home: 0,
    End: last,
    PageUp: index - pageSize,
    PageDown: index + pageSize,
  }[key];
  const at = clamp(next, last);
  return at === index ? undefined : at;
}

/**
 * The cell a key moves to in a grid whose rows have `widths[row]` cells: arrows by one cell,
 * Home/End to the row's ends, with `ctrl` to the grid's first and last cell, PageUp/PageDown by
 * `pageSize` rows. A shorter row keeps the column as near as it has. Undefined when it does not
 * move.
 */
export function nextInGrid(
  from: GridPosition,
  widths: readonly number[],
  key: RovingKey,
  { ctrl = false, pageSize = 10 }: { ctrl?: boolean; pageSize?: number } = {},
): GridPosition | undefined {
  const rows = widths.length;
  if (rows === 0) return undefined;
  const lastRow = rows - 1;
  const width = (row: number) => widths[row] ?? 0;
  let { row, column } = from;
  switch (key) {
    case 'ArrowLeft':
      column -= 1;
      break;
    case 'ArrowRight':
      column += 1;
      break;
    case 'ArrowUp':
      row -= 1;
      break;
    case 'ArrowDown':
      row += 1;
      break;
    case 'PageUp':
      row -= pageSize;
      break;
    case 'PageDown':
      row += pageSize;
      break;
    case 'Home':
      if (ctrl) row = 0;
      column = 0;
      break;
    case 'End':
      if (ctrl) row = lastRow;
      column = Infinity;
      break;
  }
  row = clamp(row, lastRow);
  column = clamp(column, width(row) - 1);
  if (width(row) === 0) return undefined;
  return row === from.row && column === from.column ? undefined : { row, column };
}
