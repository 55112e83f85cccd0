import {
  isServer,
  type PropertyValues,
  type ReactiveController,
  type ReactiveControllerHost,
} from 'lit';
import type { DataError, ParseResult } from '@mulighetsrom/core';
import { deepCopy } from '@mulighetsrom/core/copy.js';
import {
  errorsPart,
  fetchJson,
  findInlineScript,
  parseInlineJson,
  readJson,
  type MaybeLater,
} from './data-source.js';
import type { LoadingController } from './loading.js';

/** Where the current data came from; decides what may replace it. */
export type Source = 'none' | 'storage' | 'property' | 'attribute' | 'inline' | 'src' | 'edit';

/** Inputs the page itself gives, in their order of precedence on first load. */
const PAGE_SOURCES = ['property', 'attribute', 'inline', 'src'] as const;
export type PageSource = (typeof PAGE_SOURCES)[number];

/** Sources an inline script may replace when it appears or changes after the first load. */
const INLINE_MAY_REPLACE: ReadonlySet<Source> = new Set<Source>(['none', 'inline', 'src']);

/** The element side of the page inputs. */
export interface DataSourceHost extends ReactiveControllerHost, HTMLElement {
  data: unknown;
  dataJson: string | null;
  src?: string;
}

export interface DataSourceOptions<T> {
  /** The widget's parser; must not throw (the base wraps it). */
  readonly parse: (input: unknown) => MaybeLater<ParseResult<T>>;
  /** The parser deep-copies plain arrays and objects, so `.data` need not be copied first. */
  readonly copiesInput: boolean;
  /** Good data from a page input. */
  readonly accepted: (value: T, source: PageSource) => void;
  /** Input rejected: the last good data stays. */
  readonly rejected: (errors: readonly DataError[]) => void;
}

/** Core's deep copy of JSON-like data; a value with a cycle is passed through (the parser reports it). */
export function copy<V>(value: V): V {
  try {
    return deepCopy(value) as V;
  } catch {
    return value;
  }
}

/**
 * True when every object in `value` is an array or a plain object of this realm (JSON-like), so
 * a parser's deep copy of arrays and plain objects shares nothing with it. Class instances,
 * Dates, objects of another realm or nesting deeper than `depth` (cycles) answer false.
 */
function isPlainTree(value: unknown, depth = 32): boolean {
  if (typeof value !== 'object' || value === null) return true;
  if (depth === 0) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  if (Array.isArray(value)) {
    if (proto !== Array.prototype) return false;
    for (const item of value) if (!isPlainTree(item, depth - 1)) return false;
    return true;
  }
  if (proto !== Object.prototype && proto !== null) return false;
  for (const key in value) {
    if (!isPlainTree((value as Record<string, unknown>)[key], depth - 1)) return false;
  }
  return true;
}

/**
 * The page's data inputs: the `.data` property, the `data` attribute (JSON), a child
 * `<script type="application/json">` (watched: streaming HTML and CMS editors change it late)
 * and `src` (fetched, the old fetch aborted). On first load the first present in that order
 * wins; after that, whatever is set last. Results may come late (the error part, a fetch): a
 * late result is used only if no newer input came meanwhile.
 */
export class DataSourceController<T> implements ReactiveController {
  /** Where the data shown came from. */
  source: Source = 'none';
  /** The source of the last input tried, good or bad. */
  private attempt: Source = 'none';
  private started = false;
  private seq = 0;
  private fetchAbort?: AbortController;
  private fetching?: Promise<void>;
  private observer?: MutationObserver;
  private lastInlineText?: string;
  /** The page input that last gave good data: what readPage() goes back to. */
  private pageSource?: PageSource;

  constructor(
    private readonly host: DataSourceHost,
    private readonly loading: LoadingController,
    private readonly options: DataSourceOptions<T>,
  ) {
    host.addController(this);
  }

  /** True from the first update on (inputs are read then, not before). */
  get hasStarted(): boolean {
    return this.started;
  }

  /** A `src` fetch is on its way. */
  get fetchingSrc(): boolean {
    return this.fetching !== undefined;
  }

  hostConnected(): void {
    if (isServer) return; // Lit SSR, asked to call connectedCallback: no DOM to watch
    try {
      this.observer ??= new MutationObserver(() => this.inlineChanged());
      this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
    } catch (error) {
      console.error('[mulighetsrom] could not watch inline data', error);
    }
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  /**
   * Call from willUpdate(). The first call answers 'first' (the host restores saved work, or
   * calls readPage()); later calls read the input that changed.
   */
  update(changed: PropertyValues): 'first' | 'later' {
    if (!this.started) {
      this.started = true;
      return 'first';
    }
    const host = this.host;
    if (changed.has('data') && host.data !== undefined) this.acceptProperty();
    else if (changed.has('dataJson') && host.dataJson !== null)
      this.acceptResult(readJson(host.dataJson), 'attribute');
    else if (changed.has('src') && host.src) this.fetchSrc(host.src);
    return 'later';
  }

  /**
   * Reads the page's data: the input that last gave good data, else the first one present in
   * first-load order. Returns false when the page gives no data.
   */
  readPage(): boolean {
    this.started = true;
    const order = this.pageSource ? [this.pageSource, ...PAGE_SOURCES] : PAGE_SOURCES;
    return order.some((source) => this.readPageSource(source));
  }

  /**
   * Data that did not come from the page (saved work, a user edit) is shown now: older input
   * still on its way must not replace it.
   */
  supersede(source: 'storage' | 'edit' | 'none'): void {
    this.started = true;
    this.source = this.attempt = source;
    this.seq++;
    if (source !== 'none') this.stopFetch();
  }

  /** Parses `input` as user work (restoreWork()); `apply` gets the result unless newer input came. */
  check(input: unknown, apply: (result: ParseResult<T>) => void): void {
    this.started = true;
    this.attempt = 'edit';
    this.settle(++this.seq, this.options.parse(input), apply);
  }

  /** Something failed that is not the data's fault: log it, show the generic error. */
  unexpected(error: unknown): void {
    console.error(`[mulighetsrom] <${this.host.localName}> could not read its data`, error);
    this.settle(this.seq, errorsPart.load(), (part) =>
      this.options.rejected(part.unexpectedErrors()),
    );
  }

  /**
   * Reads `.data`: a string is JSON text, read exactly like the `data` attribute (for data passed
   * as a string, e.g. through a React server component), anything else is the data itself.
   */
  private acceptProperty(): void {
    const data = this.host.data;
    if (typeof data === 'string') this.acceptResult(readJson(data), 'property');
    else this.accept(this.dataInput(), 'property');
  }

  /** `.data` as parseData() gets it: never shared with the caller once parsed. */
  private dataInput(): unknown {
    const data = this.host.data;
    let plain = false;
    try {
      plain = this.options.copiesInput && isPlainTree(data);
    } catch {
      // A throwing getter: leave it to copy() and the parser, which report it.
    }
    return plain ? data : copy(data);
  }

  private readPageSource(source: PageSource): boolean {
    const host = this.host;
    switch (source) {
      case 'property':
        if (host.data === undefined) return false;
        this.acceptProperty();
        return true;
      case 'attribute':
        if (host.dataJson === null) return false;
        this.acceptResult(readJson(host.dataJson), 'attribute');
        return true;
      case 'inline':
        return this.readInline();
      case 'src':
        if (!host.src) return false;
        this.fetchSrc(host.src);
        return true;
    }
  }

  private readInline(): boolean {
    const script = findInlineScript(this.host);
    if (!script) return false;
    const text = script.textContent ?? '';
    this.lastInlineText = text;
    this.acceptResult(parseInlineJson(text), 'inline');
    return true;
  }

  private inlineChanged(): void {
    try {
      // Only when nothing of higher precedence (or a user edit) is in place or was tried.
      if (!INLINE_MAY_REPLACE.has(this.source) || !INLINE_MAY_REPLACE.has(this.attempt)) return;
      const text = findInlineScript(this.host)?.textContent;
      if (text == null || text === this.lastInlineText) return;
      this.readInline();
    } catch (error) {
      this.unexpected(error);
    }
  }

  private fetchSrc(url: string): void {
    this.fetchAbort?.abort();
    const abort = new AbortController();
    this.fetchAbort = abort;
    const task = fetchJson(url, abort.signal)
      .then((result) => {
        if (!abort.signal.aborted) this.acceptResult(result, 'src');
      })
      .catch((error: unknown) => this.unexpected(error))
      .finally(() => {
        if (this.fetching === task) this.fetching = undefined;
      });
    this.fetching = task;
    this.loading.track(task, { visible: true });
  }

  private stopFetch(): void {
    this.fetchAbort?.abort();
    this.fetching = undefined;
  }

  private acceptResult(result: MaybeLater<ParseResult<unknown>>, source: PageSource): void {
    this.attempt = source;
    this.settle(++this.seq, result, (read) =>
      read.ok ? this.accept(read.value, source) : this.options.rejected(read.errors),
    );
  }

  private accept(input: unknown, source: PageSource): void {
    this.attempt = source;
    this.settle(++this.seq, this.options.parse(input), (result) => {
      if (!result.ok) {
        this.options.rejected(result.errors);
        return;
      }
      // Data given directly supersedes a fetch still on its way.
      if (source !== 'src') this.stopFetch();
      this.source = source;
      this.pageSource = source;
      this.options.accepted(result.value, source);
    });
  }

  /** Applies a result now, or when it arrives if attempt `seq` is still the newest. */
  private settle<R>(seq: number, result: MaybeLater<R>, apply: (result: R) => void): void {
    if (!(result instanceof Promise)) {
      apply(result);
      return;
    }
    this.loading.track(
      result.then(
        (late) => {
          if (seq === this.seq) apply(late);
        },
        (error: unknown) => {
          if (seq === this.seq) this.unexpected(error);
        },
      ),
    );
  }
}
