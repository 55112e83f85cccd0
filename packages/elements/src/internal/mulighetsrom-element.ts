import { html, LitElement, nothing, type CSSResultGroup, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { commonMessages, type DataError, type Lang, type ParseResult } from '@mulighetsrom/core';
import { baseStyles } from './base.styles.js';
import {
  errorsPart,
  fetchJson,
  findInlineScript,
  parseInlineJson,
  readJson,
  type MaybeLater,
} from './data-source.js';
import type { MulighetsromEventMap } from './events.js';
import { LangController } from './lang.js';
import { SchemeController } from './scheme.js';
import { clearSaved, readSaved, writeSaved } from './storage.js';
import { VERSION } from './version.js';

/** Where the current data came from; decides what may replace it. */
type Source = 'none' | 'storage' | 'property' | 'attribute' | 'inline' | 'src' | 'edit';

/** Inputs the page itself gives, in their order of precedence on first load. */
const PAGE_SOURCES = ['property', 'attribute', 'inline', 'src'] as const;
type PageSource = (typeof PAGE_SOURCES)[number];

function isPageSource(source: Source): source is PageSource {
  return (PAGE_SOURCES as readonly Source[]).includes(source);
}

/** Sources an inline script may replace when it appears or changes after the first load. */
const INLINE_MAY_REPLACE: ReadonlySet<Source> = new Set<Source>(['none', 'inline', 'src']);

/** The one shape of every widget event: bubbling, composed (crosses shadow roots), cancelable. */
function widgetEvent<K extends keyof MulighetsromEventMap>(
  type: K,
  detail: MulighetsromEventMap[K],
): CustomEvent<MulighetsromEventMap[K]> {
  return new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: true });
}

function attachInternalsOf(element: HTMLElement): ElementInternals | undefined {
  try {
    return element.attachInternals();
  } catch {
    return undefined;
  }
}

/** A deep copy for JSON-like data; values structuredClone cannot copy are passed through. */
function copy<V>(value: V): V {
  try {
    return structuredClone(value);
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
 * Base of every Mulighetsrom widget. Subclasses implement `parseData()` and `render()`.
 *
 * Data in, in order of precedence on first load: saved work under `storage-key` > the `.data`
 * property > the `data` attribute (JSON) > a child `<script type="application/json">` > `src`.
 * After that, whatever is set last wins. Invalid input never throws: it sets `errors`, shows a
 * localized `role="alert"` box (`renderNotices()`), dispatches `mulighetsrom-error` and keeps
 * the last good data.
 *
 * Light DOM children (the inline script, and the stray `<p>`/`<br>` a CMS inserts) are never
 * rendered: widgets have no default slot.
 *
 * Subclasses that override `connectedCallback`, `disconnectedCallback`, `willUpdate`, `update`
 * or `updated` must call `super`: loading, language and error events live there.
 *
 * @event mulighetsrom-change - The user edited the data, or `clearSavedWork()` went back to the
 * page's data. `detail.value` is a copy of the new data (undefined when there is none).
 * @event mulighetsrom-error - Input data was rejected. `detail.errors` lists every problem.
 * @csspart errors - The box listing data errors.
 */
export abstract class MulighetsromElement<T> extends LitElement {
  /** The library version, named by `define()` when two copies meet on one page. */
  static readonly version: string = VERSION;

  /**
   * Shared styles (tokens on :host, focus ring, visually-hidden, error box, reduced motion,
   * forced colors). Subclasses: `static styles = [MulighetsromElement.styles, css`…`]`.
   */
  static override styles: CSSResultGroup = baseStyles;

  /** Data as a JS value (same shape as the JSON inputs). Setting it parses it. */
  @property({ attribute: false }) data: unknown;

  /**
   * The `data` attribute: JSON text. The safest input for CMS editors, who cannot break it by
   * reformatting the page. Kept apart from `.data` so the property keeps its precedence.
   */
  @property({ attribute: 'data' }) protected dataJson: string | null = null;

  /** URL to fetch the data (JSON) from. */
  @property({ reflect: true }) src?: string;

  /** Lets the user edit the data. */
  @property({ type: Boolean, reflect: true }) editable = false;

  /**
   * Autosaves edits in localStorage under this key and restores them on load, and when the key
   * is set or changed later. Without it nothing is saved.
   */
  @property({ attribute: 'storage-key' }) storageKey?: string;

  /** The last good data (never replaced by invalid input). */
  @state() protected current: T | undefined;

  /** Errors of the last rejected input, shown by renderErrors(). */
  @state() protected errors: readonly DataError[] = [];

  private readonly langController = new LangController(this);

  /**
   * The element's ElementInternals (attachInternals() may be called once only: subclasses use
   * this one). Undefined where the browser has none.
   */
  protected readonly internals: ElementInternals | undefined = attachInternalsOf(this);

  /** Mirrors an ancestor's `data-color-scheme` into custom states the token sheet reads. */
  protected readonly colorScheme = new SchemeController(this, this.internals?.states);
  private source: Source = 'none';
  /** The source of the last input tried, good or bad. */
  private attempt: Source = 'none';
  private loaded = false;
  private fetchAbort?: AbortController;
  /** A `src` fetch on its way: updateComplete waits for it, and renderNotices() says so. */
  @state() private pendingFetch?: Promise<void>;
  /** Lazy parts (dynamic imports) still loading; updateComplete waits for them. */
  private readonly pendingParts = new Map<Promise<unknown>, Promise<void>>();
  private lightObserver?: MutationObserver;
  private lastInlineText?: string;
  private unannouncedErrors?: readonly DataError[];
  /** The page input that last gave good data: what clearSavedWork() goes back to. */
  private pageSource?: PageSource;
  /** Set by clearSavedWork(): announce the page's data with mulighetsrom-change once it is read. */
  private announceRestore = false;
  /** Counts inputs; a result that arrives late is used only if no newer input came since. */
  private attemptSeq = 0;

  /** Current data (a deep copy, JSON-serializable, unknown fields preserved), or undefined. */
  get value(): T | undefined {
    return this.current === undefined ? undefined : copy(this.current);
  }

  /** Same as setting `.data`. */
  set value(next: T) {
    this.data = next;
  }

  /** The resolved language: own `lang`, else the closest ancestor's (across shadow roots), else 'nb'. */
  protected get language(): Lang {
    return this.langController.lang;
  }

  /**
   * Validate raw input. Must never throw for user data. May answer with a promise (e.g. to load
   * the code that explains bad data only when there is some); a late answer is dropped when
   * newer input came in meanwhile, and `updateComplete` waits for it. Saved work (storage-key)
   * is restored only when it validates without a promise.
   */
  protected abstract parseData(input: unknown): MaybeLater<ParseResult<T>>;

  /**
   * Set to true in a subclass whose parseData() returns a deep copy of every array and plain
   * object of its input (the parsers of `@mulighetsrom/core` do). `.data` that is JSON-like
   * (see isPlainTree) is then handed to parseData() as it is, not deep-copied first.
   */
  protected static readonly parseCopiesInput: boolean = false;

  /** `.data` as parseData() gets it: never shared with the caller once parsed. */
  private dataInput(): unknown {
    const ctor = this.constructor as unknown as { parseCopiesInput: boolean };
    let plain = false;
    try {
      plain = ctor.parseCopiesInput && isPlainTree(this.data);
    } catch {
      // A throwing getter: leave it to copy() and parseData(), which report it as before.
    }
    return plain ? this.data : copy(this.data);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    try {
      // An inline script may be parsed after the element is upgraded (streaming HTML) or be
      // replaced later: watch the light DOM and read it again.
      this.lightObserver ??= new MutationObserver(() => this.inlineChanged());
      this.lightObserver.observe(this, { childList: true, subtree: true, characterData: true });
    } catch (error) {
      console.error('[mulighetsrom] could not watch inline data', error);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.lightObserver?.disconnect();
  }

  /** Resolves after rendering and after any pending `src` fetch has been applied. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.pendingFetch || this.pendingParts.size > 0) {
      await Promise.all([this.pendingFetch, ...this.pendingParts.values()]);
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /**
   * Wait for a lazily loaded part of the widget (a dynamic `import()`): re-render when it is
   * there, and hold `updateComplete` until then. A failed load is logged, never thrown.
   */
  protected whenLoaded(part: Promise<unknown>): void {
    if (this.pendingParts.has(part)) return;
    const task = part.then(
      () => {
        this.pendingParts.delete(part);
        this.requestUpdate();
      },
      (error: unknown) => {
        this.pendingParts.delete(part);
        console.error('mulighetsrom: a part of the widget failed to load', error);
      },
    );
    this.pendingParts.set(part, task);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    try {
      const firstLoad = !this.loaded;
      if (firstLoad) {
        this.loaded = true;
        this.loadInitial();
      } else if (changed.has('data') && this.data !== undefined) {
        this.accept(this.dataInput(), 'property');
      } else if (changed.has('dataJson') && this.dataJson !== null) {
        this.acceptResult(readJson(this.dataJson), 'attribute');
      } else if (changed.has('src') && this.src) {
        this.fetchSrc(this.src);
      }
      // A key set or changed later: its saved work beats the page's data, as on first load.
      if (!firstLoad && changed.has('storageKey')) this.restoreSaved();
    } catch (error) {
      this.rejectUnexpected(error);
    }
  }

  /**
   * A failing update (render, a controller, updated()) must not break the page: log it and keep
   * the last rendered DOM. Lit has already ended the failed cycle without calling updated(), so
   * the next change updates the element as usual. The property changes of the failed cycle are
   * gone by then: the next cycle sees only its own, so a render must not depend on seeing a
   * change once (ours read current state, not `changed`, to draw).
   */
  protected override performUpdate(): void {
    try {
      super.performUpdate();
    } catch (error) {
      console.error(`[mulighetsrom] <${this.localName}> failed to render`, error);
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Announce rejected input once the alert is in the DOM, so listeners can see it.
    const errors = this.unannouncedErrors;
    // Once the alert is really there: the error part may still have been loading.
    if (errors && errorsPart.get()) {
      this.unannouncedErrors = undefined;
      this.emit('mulighetsrom-error', { errors });
    }
  }

  /** Commit a user edit: sets current, autosaves (storage-key), emits mulighetsrom-change {value}. */
  protected commitEdit(next: T): void {
    this.current = next;
    this.errors = [];
    this.source = this.attempt = 'edit';
    this.attemptSeq++;
    this.announceRestore = false;
    if (this.storageKey) writeSaved(this.storageKey, next);
    this.emit('mulighetsrom-change', { value: copy(next) });
  }

  /**
   * Discard the work saved under `storage-key` and go back to the page's data: the input the page
   * set last (`.data`, the `data` attribute, the inline script or `src`) is read again as on
   * first load, and `mulighetsrom-change` is dispatched with the resulting value (undefined when
   * the page gave no data; for `src`, once it has been fetched). Without `storage-key` it only
   * goes back to the page's data. Never throws: when storage is unavailable, nothing is removed.
   *
   * Returns the data shown before (a copy, undefined if none), so an app can offer to undo a
   * mistaken reset with `restoreWork()`.
   */
  clearSavedWork(): T | undefined {
    const discarded = this.value;
    if (this.storageKey) clearSaved(this.storageKey);
    // Before the first load, loading will find nothing saved and read the page's data anyway.
    if (!this.loaded) return discarded;
    try {
      this.current = undefined;
      this.errors = [];
      this.source = this.attempt = 'none';
      this.unannouncedErrors = undefined;
      this.attemptSeq++; // a late answer to older input must not replace the page's data
      this.announceRestore = true;
      if (!this.loadPageData()) this.announceRestored();
    } catch (error) {
      this.rejectUnexpected(error);
    }
    return discarded;
  }

  /**
   * Take `value` as the user's own work, as if they had made it: it is checked like `.data`;
   * good data replaces the current data, is saved under `storage-key` and dispatches
   * `mulighetsrom-change`; bad data shows the error box and changes nothing. For undoing
   * `clearSavedWork()` (pass what it returned) or opening work the user saved elsewhere.
   */
  restoreWork(value: T): void {
    // Before the first load this wins over saved work and the page's data.
    this.loaded = true;
    this.attempt = 'edit';
    this.settle(++this.attemptSeq, this.parseSafely(copy(value)), (result) =>
      result.ok ? this.commitEdit(result.value) : this.reject(result.errors),
    );
  }

  /**
   * Dispatch a bubbling, composed, cancelable CustomEvent with detail. Returns false when a
   * listener called preventDefault().
   */
  protected emit<K extends keyof MulighetsromEventMap>(
    type: K,
    detail: MulighetsromEventMap[K],
  ): boolean {
    return this.dispatchEvent(widgetEvent(type, detail));
  }

  /**
   * What every widget says about its data; put it first in render(). The localized
   * role="alert" error box, and a polite live region that says «Laster …» while `src` is being
   * fetched (empty otherwise: it stays in the DOM so screen readers hear the text arrive).
   */
  protected renderNotices(): unknown {
    const loading = this.pendingFetch ? commonMessages[this.language].loading : nothing;
    return html`${this.renderErrors()}
      <p class="mulighetsrom-loading" role="status">${loading}</p>`;
  }

  /** The localized role="alert" error box (nothing when there are no errors); in renderNotices(). */
  protected renderErrors(): unknown {
    if (this.errors.length === 0) return nothing;
    const part = errorsPart.get();
    if (!part) {
      this.whenLoaded(errorsPart.load());
      return nothing;
    }
    return part.renderErrorBox(this.errors, this.language, this.current !== undefined);
  }

  private loadInitial(): void {
    if (!this.restoreSaved()) this.loadPageData();
  }

  /**
   * Restores the work saved under `storage-key` if it validates without a promise (saved work
   * that no longer validates is ignored: the page's data stays). Returns whether it did.
   */
  private restoreSaved(): boolean {
    if (!this.storageKey) return false;
    const saved = readSaved(this.storageKey);
    if (saved === undefined) return false;
    const result = this.parseSafely(saved);
    if (result instanceof Promise || !result.ok) return false;
    this.attempt = 'storage';
    this.attemptSeq++; // a late answer to older input must not replace it
    this.announceRestore = false;
    this.setGood(result.value, 'storage');
    return true;
  }

  /**
   * Reads the page's data: the input that last gave good data, else the first one present in
   * first-load order. Returns false when the page gives no data.
   */
  private loadPageData(): boolean {
    const order = this.pageSource ? [this.pageSource, ...PAGE_SOURCES] : PAGE_SOURCES;
    return order.some((source) => this.readPageSource(source));
  }

  /** Reads one page input if it is present. Returns whether it was. */
  private readPageSource(source: PageSource): boolean {
    switch (source) {
      case 'property':
        if (this.data === undefined) return false;
        this.accept(this.dataInput(), 'property');
        return true;
      case 'attribute':
        if (this.dataJson === null) return false;
        this.acceptResult(readJson(this.dataJson), 'attribute');
        return true;
      case 'inline':
        return this.readInline();
      case 'src':
        if (!this.src) return false;
        this.fetchSrc(this.src);
        return true;
    }
  }

  /** After clearSavedWork(): tells listeners what the widget shows now. */
  private announceRestored(): void {
    if (!this.announceRestore) return;
    this.announceRestore = false;
    this.emit('mulighetsrom-change', { value: this.value });
  }

  /** Reads the inline script if there is one. Returns whether there was. */
  private readInline(): boolean {
    const script = findInlineScript(this);
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
      const text = findInlineScript(this)?.textContent;
      if (text == null || text === this.lastInlineText) return;
      this.readInline();
    } catch (error) {
      this.rejectUnexpected(error);
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
      .catch((error: unknown) => this.rejectUnexpected(error))
      .finally(() => {
        if (this.pendingFetch === task) this.pendingFetch = undefined;
      });
    this.pendingFetch = task;
  }

  private acceptResult(result: MaybeLater<ParseResult<unknown>>, source: Source): void {
    this.attempt = source;
    this.settle(++this.attemptSeq, result, (read) =>
      read.ok ? this.accept(read.value, source) : this.reject(read.errors),
    );
  }

  private accept(input: unknown, source: Source): void {
    this.attempt = source;
    this.settle(++this.attemptSeq, this.parseSafely(input), (result) =>
      result.ok ? this.setGood(result.value, source) : this.reject(result.errors),
    );
  }

  /** Applies a result now, or when it arrives if attempt `seq` is still the newest. */
  private settle<R>(seq: number, result: MaybeLater<R>, apply: (result: R) => void): void {
    if (!(result instanceof Promise)) {
      apply(result);
      return;
    }
    this.whenLoaded(
      result.then(
        (late) => {
          if (seq === this.attemptSeq) apply(late);
        },
        (error: unknown) => {
          if (seq === this.attemptSeq) this.rejectUnexpected(error);
        },
      ),
    );
  }

  private setGood(value: T, source: Source): void {
    // Data given directly supersedes a fetch still on its way.
    if (source !== 'src') {
      this.fetchAbort?.abort();
      this.pendingFetch = undefined;
    }
    this.current = value;
    this.errors = [];
    this.source = source;
    this.unannouncedErrors = undefined;
    if (isPageSource(source)) this.pageSource = source;
    this.announceRestored();
  }

  private reject(errors: readonly DataError[]): void {
    this.errors = errors;
    this.unannouncedErrors = errors;
    this.requestUpdate();
    this.announceRestored();
  }

  private rejectUnexpected(error: unknown): void {
    console.error(`[mulighetsrom] <${this.localName}> could not read its data`, error);
    this.settle(this.attemptSeq, errorsPart.load(), (part) => this.reject(part.unexpectedErrors()));
  }

  private parseSafely(input: unknown): MaybeLater<ParseResult<T>> {
    try {
      return this.parseData(input);
    } catch (error) {
      console.error(`[mulighetsrom] <${this.localName}> parseData threw`, error);
      return errorsPart.load().then((part) => ({ ok: false, errors: part.unexpectedErrors() }));
    }
  }
}
