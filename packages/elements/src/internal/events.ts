import type { DataError } from '@mulighetsrom/core';

/** What `mulighetsrom-select` says by default: the selected item, or `id: null` when cleared. */
export interface SelectDetail {
  readonly id: number | string | null;
}

/**
 * Every event a Mulighetsrom widget dispatches, by type, with its `detail`: `T` is the widget's
 * data, `S` its select detail. A widget's `addEventListener` is typed with its own map.
 */
export interface MulighetsromEventMap<T = unknown, S extends SelectDetail = SelectDetail> {
  /** The user changed the data (an edit, undo, redo), or clearSavedWork() went back to the
   *  page's data; `value` is a deep copy of the new data (undefined when there is none). */
  'mulighetsrom-change': { readonly value: T | undefined };
  /** The user selected (or cleared, `id: null`) an item. */
  'mulighetsrom-select': S;
  /** Input data was rejected; the widget keeps its last good state. */
  'mulighetsrom-error': { readonly errors: readonly DataError[] };
}

export type MulighetsromEventType = keyof MulighetsromEventMap;

/** A widget event: a bubbling, composed CustomEvent. */
export type MulighetsromEvent<
  K extends MulighetsromEventType,
  T = unknown,
  S extends SelectDetail = SelectDetail,
> = CustomEvent<MulighetsromEventMap<T, S>[K]>;

/** The events of a widget with data `T` and select detail `S`, as DOM event objects. */
export type WidgetEvents<T, S extends SelectDetail = SelectDetail> = {
  [K in MulighetsromEventType]: MulighetsromEvent<K, T, S>;
};

/**
 * Dispatches a widget event from `target`: bubbling and composed (it crosses shadow roots), not
 * cancelable, since no widget honours a cancel.
 */
export function emit<K extends MulighetsromEventType, T, S extends SelectDetail>(
  target: EventTarget,
  type: K,
  detail: MulighetsromEventMap<T, S>[K],
): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mulighetsrom-change': MulighetsromEvent<'mulighetsrom-change'>;
    'mulighetsrom-select': MulighetsromEvent<'mulighetsrom-select'>;
    'mulighetsrom-error': MulighetsromEvent<'mulighetsrom-error'>;
  }
}
