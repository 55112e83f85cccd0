// Makes the React wrapper of one widget with @lit/react's createComponent, which sets
// properties and adds event listeners in an effect, so they work after hydrateRoot too (React
// 19 alone never sets `.data` or listens on a hydrated custom element). Two things on top:
// `data` is compared by content, and on the server the primitive inputs become attributes.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { isServer } from 'lit';
import { sameContent } from './same-content.js';
import type { AnyWidget, WidgetComponent, WidgetEventName } from './types.js';

/** The event of each event prop. */
const EVENT_TYPES: Readonly<Record<WidgetEventName, string>> = {
  onChange: 'mulighetsrom-change',
  onSelect: 'mulighetsrom-select',
  onError: 'mulighetsrom-error',
};

/** The attributes every widget has, by property. */
const BASE_ATTRIBUTES: Readonly<Record<string, string>> = {
  editable: 'editable',
  lang: 'lang',
  storageKey: 'storage-key',
  src: 'src',
};

export interface WidgetComponentOptions<E extends AnyWidget, K extends keyof E> {
  readonly tagName: string;
  readonly elementClass: new () => E;
  readonly displayName: string;
  /** The event props the widget has (from the events it documents). */
  readonly events: readonly WidgetEventName[];
  /** The widget's own properties that have an attribute: property → attribute. */
  readonly attributes: Readonly<Partial<Record<K, string>>>;
}

/** What text that is not JSON reads as: equal to nothing, so the widget gets it and says why. */
const NOT_JSON = Symbol('not JSON');

/** The content of an input: JSON text parsed, anything else as it is. */
function contentOf(data: unknown): unknown {
  if (typeof data !== 'string') return data;
  try {
    return JSON.parse(data) as unknown;
  } catch {
    return NOT_JSON;
  }
}

/** The same input as before: the same object or text, or equal content. */
function sameInput(before: unknown, data: unknown): boolean {
  if (Object.is(before, data)) return true;
  const [a, b] = [contentOf(before), contentOf(data)];
  return a !== NOT_JSON && b !== NOT_JSON && sameContent(a, b);
}

/** The widget shows this data already (e.g. the `onChange` value passed back as `data`). */
function shows(element: AnyWidget, data: unknown): boolean {
  const shown = element.value as unknown;
  const content = contentOf(data);
  return shown !== undefined && content !== NOT_JSON && sameContent(shown, content);
}

/** A primitive input as the attribute value React renders (boolean attributes: '' or none). */
function attributeValue(value: unknown): string | undefined {
  if (value === true) return '';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return undefined;
}

/**
 * The props of the server-rendered tag: the primitive inputs as attributes (so the widget
 * upgrades in its language and mode before hydration), JSON text `data` as the `data`
 * attribute, React's own props (class, id, aria-*, children) as they are; no listeners.
 */
function serverProps(
  props: Record<string, unknown>,
  attributes: Readonly<Record<string, string>>,
  events: ReadonlySet<string>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    if (events.has(key) || key === 'ref') continue;
    const attribute = key === 'data' ? 'data' : attributes[key];
    if (attribute) {
      const text = key === 'data' && typeof value !== 'string' ? undefined : attributeValue(value);
      if (text !== undefined) out[attribute] = text;
    } else if (key === 'className') out['class'] = value;
    else if (typeof value !== 'function') out[key] = value;
  }
  return out;
}

/** The React component of one widget; the generated modules in this folder call it. */
export function widgetComponent<E extends AnyWidget, K extends keyof E, V extends WidgetEventName>(
  options: WidgetComponentOptions<E, K>,
): WidgetComponent<E, K, V> {
  const { tagName, elementClass, displayName } = options;
  const events = Object.fromEntries(
    options.events.map((name) => [name, EVENT_TYPES[name] as EventName]),
  );
  const eventProps = new Set<string>(options.events);
  const attributes: Readonly<Record<string, string>> = {
    ...BASE_ATTRIBUTES,
    ...(options.attributes as Record<string, string>),
  };
  // The cast: @lit/react may see another copy of React's types than this module (both 19).
  const react = React as unknown as Parameters<typeof createComponent>[0]['react'];
  const Inner = createComponent({ react, tagName, elementClass, events, displayName });

  const Wrapper = React.forwardRef<E, Record<string, unknown>>((props, ref) => {
    const element = React.useRef<E | null>(null);
    const last = React.useRef<{ value: unknown } | undefined>(undefined);
    const setRef = React.useCallback(
      (node: E | null) => {
        element.current = node;
        if (typeof ref === 'function') ref(node);
        else if (ref) ref.current = node;
      },
      [ref],
    );
    const { data, ...rest } = props;
    // Data is set only when its content changed: an inline literal made anew on each render
    // would otherwise re-read the data and drop the user's edits; nor when the widget shows it
    // already (its own onChange value passed back), which would clear the undo history. This
    // effect runs after createComponent's (a child's effects run first): the other inputs are
    // in place when the data is read.
    React.useLayoutEffect(() => {
      const node = element.current;
      if (!node || data === undefined) return;
      if (last.current && sameInput(last.current.value, data)) return;
      last.current = { value: data };
      if (!shows(node, data)) node.data = data;
    });
    if (isServer) return React.createElement(tagName, serverProps(props, attributes, eventProps));
    return React.createElement(Inner as React.ElementType, { ...rest, ref: setRef });
  });
  Wrapper.displayName = displayName;
  return Wrapper as unknown as WidgetComponent<E, K, V>;
}
