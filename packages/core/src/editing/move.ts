// Moving an item within its container or into another one: the pure half of the editing kit's
// move menu (and of drag and drop), so every board, list and table moves items the same way.

/** Where an item goes: a container (column, quadrant, section) and an index inside it. */
export interface MoveTarget {
  readonly container: string;
  readonly index: number;
}

/** One entry of a move menu. `kind` picks the label; `container` is set for moves elsewhere. */
export interface Move {
  readonly kind: 'up' | 'down' | 'first' | 'last' | 'to';
  readonly target: MoveTarget;
}

/**
 * The moves that make sense for the item at `index` of `container`, in menu order: up, down,
 * first, last (only those that change something), then to the end of each other container.
 * `sizes` gives the number of items in every container, in display order.
 */
export function availableMoves(
  sizes: ReadonlyMap<string, number>,
  container: string,
  index: number,
): Move[] {
  const size = sizes.get(container);
  if (size === undefined || index < 0 || index >= size) return [];
  const here = (kind: Move['kind'], at: number): Move => ({
    kind,
    target: { container, index: at },
  });
  const moves: Move[] = [];
  if (index > 0) moves.push(here('up', index - 1));
  if (index < size - 1) moves.push(here('down', index + 1));
  if (index > 1) moves.push(here('first', 0));
  if (index < size - 2) moves.push(here('last', size - 1));
  for (const [other, count] of sizes) {
    if (other !== container) moves.push({ kind: 'to', target: { container: other, index: count } });
  }
  return moves;
}

/**
 * Moves the item at `from` to `to` and returns new arrays for the containers that changed
 * (the others are the same objects). `to.index` is the item's index after the move, clamped to
 * the target's length; within one container that is its new position.
 * Returns `undefined` when `from` does not name an item or a container is unknown.
 */
export function moveItem<T>(
  containers: Readonly<Record<string, readonly T[]>>,
  from: MoveTarget,
  to: MoveTarget,
): Record<string, T[]> | undefined {
  const source = containers[from.container];
  const target = containers[to.container];
  if (!source || !target || from.index < 0 || from.index >= source.length) return undefined;
  const result: Record<string, T[]> = {};
  for (const [key, items] of Object.entries(containers)) result[key] = items as T[];
  const remaining = source.filter((_, i) => i !== from.index);
  const item = source[from.index] as T;
  const into = from.container === to.container ? remaining : [...target];
  const at = Math.max(0, Math.min(Math.trunc(to.index), into.length));
  into.splice(at, 0, item);
  result[from.container] = from.container === to.container ? into : remaining;
  result[to.container] = into;
  return result;
}
