// The types of the React wrappers and of the raw tags in JSX, worked out from a widget's class:
// `data` and `detail.value` are the widget's data type, `detail` of a select its select detail.
import type * as React from 'react';
import type { DataError, Lang } from '@mulighetsrom/core';
import type { SelectDetail } from '../internal/events.js';
import type { MulighetsromElement } from '../internal/mulighetsrom-element.js';
import type { widgetTypes } from '../internal/widget-types.js';

/** Any widget class instance. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyWidget = MulighetsromElement<any, any>;

/** The data type of widget `E` (what `.value` holds and `data` takes). */
export type WidgetData<E extends AnyWidget> = Exclude<E['value'], undefined>;

/** The `mulighetsrom-select` detail of widget `E`. */
export type WidgetSelectDetail<E extends AnyWidget> =
  NonNullable<E[typeof widgetTypes]> extends { readonly select: infer S } ? S : SelectDetail;

/** A widget event as a listener gets it: `currentTarget` the widget, `detail` typed. */
export type WidgetEvent<E extends AnyWidget, D> = CustomEvent<D> & { readonly currentTarget: E };

/** `mulighetsrom-change`: `detail.value` is the new data (a copy). */
export type WidgetChangeEvent<E extends AnyWidget> = WidgetEvent<
  E,
  { readonly value: WidgetData<E> | undefined }
>;
/** `mulighetsrom-select`: the selected item, or `id: null` when cleared. */
export type WidgetSelectEvent<E extends AnyWidget> = WidgetEvent<E, WidgetSelectDetail<E>>;
/** `mulighetsrom-error`: every problem of the rejected input. */
export type WidgetErrorEvent<E extends AnyWidget> = WidgetEvent<
  E,
  { readonly errors: readonly DataError[] }
>;

/** The inputs every widget has, as properties. */
export interface WidgetBaseProps<E extends AnyWidget> {
  /**
   * The widget's data, or JSON text read like the `data` attribute. The wrappers compare it by
   * content: a new object equal to the last one (an inline literal) changes nothing.
   */
  data?: WidgetData<E> | string;
  /** Lets the user edit the data. */
  editable?: boolean;
  /** Bokmål (`nb`, the default), Nynorsk (`nn`) or English (`en`); else the closest ancestor's. */
  lang?: Lang;
  /** Autosaves edits in localStorage under this key and restores them on load. */
  storageKey?: string;
  /** URL to fetch the data (JSON) from. */
  src?: string;
}

/** The event props of the wrappers, by name. */
export interface WidgetEventProps<E extends AnyWidget> {
  /** The user edited the data (also undo and redo): `event.detail.value` is the new data. */
  onChange?: (event: WidgetChangeEvent<E>) => void;
  /** An item was selected (`event.detail.id`), or the selection cleared (`id: null`). */
  onSelect?: (event: WidgetSelectEvent<E>) => void;
  /** Input data was rejected (`event.detail.errors`); the widget keeps its last good data. */
  onError?: (event: WidgetErrorEvent<E>) => void;
}
export type WidgetEventName = keyof WidgetEventProps<AnyWidget>;

/**
 * Props of a React wrapper of widget `E`: the common inputs, the widget's own properties `K`,
 * its events `V`, and what React gives every element (className, style, aria-*, ref …).
 */
export type WidgetProps<
  E extends AnyWidget,
  K extends keyof E = never,
  V extends WidgetEventName = WidgetEventName,
> = Omit<React.HTMLAttributes<E>, keyof WidgetBaseProps<E> | WidgetEventName | K> &
  WidgetBaseProps<E> &
  Partial<Pick<E, K>> &
  Pick<WidgetEventProps<E>, V> &
  React.RefAttributes<E>;

/** A React wrapper of widget `E`. */
export type WidgetComponent<
  E extends AnyWidget,
  K extends keyof E = never,
  V extends WidgetEventName = WidgetEventName,
> = React.ForwardRefExoticComponent<Omit<WidgetProps<E, K, V>, 'ref'> & React.RefAttributes<E>>;

/** The raw tag's event props (React 19 listens to `on<event-type>` on custom elements). */
interface RawEventProps<E extends AnyWidget> {
  'onmulighetsrom-change'?: (event: WidgetChangeEvent<E>) => void;
  'onmulighetsrom-select'?: (event: WidgetSelectEvent<E>) => void;
  'onmulighetsrom-error'?: (event: WidgetErrorEvent<E>) => void;
}

/**
 * Props of the raw tag `<mulighetsrom-…>` in JSX (React 19 sets a prop as a property when the
 * element has one, else as an attribute): the wrapper's inputs, the widget's own properties
 * `K`, their attribute names `A` (attribute → property, for server-rendered HTML), the events.
 */
export type RawWidgetProps<
  E extends AnyWidget,
  K extends keyof E = never,
  A extends Record<string, K> = Record<never, K>,
  V extends keyof RawEventProps<E> = keyof RawEventProps<E>,
> = Omit<
  React.DetailedHTMLProps<React.HTMLAttributes<E>, E>,
  keyof WidgetBaseProps<E> | K | keyof A
> &
  WidgetBaseProps<E> &
  Partial<Pick<E, K>> & { [P in keyof A]?: E[A[P]] } & { 'storage-key'?: string } & Pick<
    RawEventProps<E>,
    V
  >;
