import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isRovingKey, nextInGrid, nextInList, type RovingKey } from './roving-keys.js';

/** The arrow keys, which a widget's own geometry may answer. */
export type ArrowKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight';

export interface RovingFocusOptions<K> {
  /**
   * The items in reading order: a list (one row) or the rows of a grid. Keys identify items
   * across renders (an area number, a note id), so the Tab stop stays on the same item.
   */
  readonly rows: () => readonly (readonly K[])[];
  /** The element of an item, to focus it. */
  readonly element: (key: K) => HTMLElement | SVGElement | null | undefined;
  /** 'list' moves through all items with either arrow pair; 'grid' by rows and columns. */
  readonly layout: 'list' | 'grid';
  /** Where an arrow goes instead of the list order (a diagram's spatial order). */
  readonly arrow?: (
    from: K,
    key: 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight',
  ) => K | undefined;
  /** Rows (grid) or items (list) PageUp/PageDown moves by. */
  readonly pageSize?: number;
  /**
   * Quick answers for the Tab stop: whether an item is there, and the first one. Without them
   * every update lists all items (`rows()`), which a large grid (1,000 rows × 7) feels; with
   * them `rows()` runs only when a key is pressed.
   */
  readonly lookup?: { readonly has: (key: K) => boolean; readonly first: () => K | undefined };
}

/**
 * One Tab stop for a group of items: the active item has tabindex 0, the others -1, and the
 * arrows, Home/End, Ctrl+Home/End and PageUp/PageDown move focus among them (APG's roving
 * tabindex). The widget renders `tabIndex(key)` on each item and calls `onKeydown(event, key)`
 * from the item's keydown; focusing an item by pointer should call `activate(key)`.
 */
export class RovingFocusController<K> implements ReactiveController {
  private activeKey: K | undefined;
  private resolved?: { readonly key: K | undefined };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: RovingFocusOptions<K>,
  ) {
    host.addController(this);
  }

  /** The item holding the Tab stop: the one set last if it is still there, else the first. */
  get active(): K | undefined {
    // Asked once per item in a render: worked out once per update (hostUpdate() forgets it).
    if (!this.resolved) {
      const key = this.activeKey;
      const { lookup } = this.options;
      if (lookup)
        this.resolved = { key: key !== undefined && lookup.has(key) ? key : lookup.first() };
      else {
        const rows = this.options.rows();
        const kept = key !== undefined && rows.some((row) => row.includes(key));
        this.resolved = { key: kept ? key : rows.find((row) => row.length > 0)?.[0] };
      }
    }
    return this.resolved.key;
  }

  tabIndex(key: K): 0 | -1 {
    return key === this.active ? 0 : -1;
  }

  /** Makes `key` the Tab stop without moving focus (it was focused by pointer, or selected). */
  activate(key: K): void {
    if (this.activeKey === key) return;
    this.activeKey = key;
    this.resolved = undefined;
    this.host.requestUpdate();
  }

  /** Makes `key` the Tab stop and focuses it once rendered. */
  async focus(key: K): Promise<void> {
    this.activate(key);
    await this.host.updateComplete;
    this.options.element(key)?.focus();
  }

  /**
   * Handles a navigation key on item `key`; answers the item it moved to (undefined when the key
   * is not one of ours or the focus stays). Calls preventDefault() for every key it handles, so
   * arrows do not scroll the page.
   */
  onKeydown(event: KeyboardEvent, key: K): K | undefined {
    if (!isRovingKey(event.key) || event.altKey || event.metaKey) return undefined;
    const next = this.next(key, event.key, event.ctrlKey);
    event.preventDefault();
    if (next !== undefined && next !== key) void this.focus(next);
    return next;
  }

  private next(key: K, pressed: RovingKey, ctrl: boolean): K | undefined {
    const { arrow, pageSize } = this.options;
    if (arrow && pressed.startsWith('Arrow')) return arrow(key, pressed as ArrowKey);
    const rows = this.options.rows();
    if (this.options.layout === 'list') {
      const items = rows.flat();
      const index = items.indexOf(key);
      if (index < 0) return undefined;
      const at = nextInList(index, items.length, pressed, pageSize);
      return at === undefined ? undefined : items[at];
    }
    const row = rows.findIndex((cells) => cells.includes(key));
    if (row < 0) return undefined;
    const to = nextInGrid(
      { row, column: rows[row]!.indexOf(key) },
      rows.map((cells) => cells.length),
      pressed,
      { ctrl, pageSize },
    );
    return to === undefined ? undefined : rows[to.row]![to.column];
  }

  hostConnected(): void {}

  /** The items may have changed with this update. */
  hostUpdate(): void {
    this.resolved = undefined;
  }
}
