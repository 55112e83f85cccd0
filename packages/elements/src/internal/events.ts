import type { DataError } from '@mulighetsrom/core';

/** Every event a Mulighetsrom widget dispatches, by type, with its `detail`. */
export interface MulighetsromEventMap {
  /** The user changed the data, or clearSavedWork() went back to the page's data; `value` is a
   *  deep copy of the new data (undefined when there is none). */
  'mulighetsrom-change': { value: unknown };
  /** The user selected (or cleared, `id: null`) an item. */
  'mulighetsrom-select': { id: number | string | null; [key: string]: unknown };
  /** Input data was rejected; the widget keeps its last good state. */
  'mulighetsrom-error': { errors: readonly DataError[] };
}

export type MulighetsromEventType = keyof MulighetsromEventMap;

/** A widget event: a bubbling, composed CustomEvent. */
export type MulighetsromEvent<K extends MulighetsromEventType> = CustomEvent<
  MulighetsromEventMap[K]
>;

declare global {
  interface GlobalEventHandlersEventMap {
    'mulighetsrom-change': MulighetsromEvent<'mulighetsrom-change'>;
    'mulighetsrom-select': MulighetsromEvent<'mulighetsrom-select'>;
    'mulighetsrom-error': MulighetsromEvent<'mulighetsrom-error'>;
  }
}
